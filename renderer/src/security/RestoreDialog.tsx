// Runs in: renderer.
//
// Restoring a backup, from the first-run screen (empty vault) or from Beveiliging (replace
// the current vault). The vault service verifies the whole file (authenticity, every record,
// the audit chain) before it changes anything; this dialog's job is to say clearly what will
// happen, ask for the right secret, and explain any refusal in plain Dutch.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { BusyStatus } from '../components/BusyStatus';
import { useTranslation } from 'react-i18next';
import type { BackupSecret } from '../vault';
import type { BackupInfo } from '../vault/VaultService';
import { HostError } from '../host/Host';
import { useHost } from '../host/HostContext';
import { formatDate } from '../i18n/dates';
import { useLanguage } from '../i18n/useLanguage';
import { PassphraseField } from './PassphraseField';
import { forgetKeystoreSecret } from './keystoreSecret';
import { useVault } from './VaultProvider';

export const BACKUP_EXTENSION = 'ztbackup';

const RESTORE_ERROR_KEYS = [
  'backup.not-a-backup',
  'backup.unsupported-version',
  'backup.from-newer-app',
  'backup.truncated',
  'backup.tampered',
  'backup.wrong-secret',
  'backup.invalid-content',
  'backup.audit-invalid',
  'restore.current-secret-needed',
  'restore.current-secret-wrong',
  'recovery.invalid-format',
  'recovery.checksum',
  'file.too-large',
  'file.wrong-type',
] as const;
type RestoreErrorKey = (typeof RESTORE_ERROR_KEYS)[number] | 'unexpected';

function errorKey(code: string): RestoreErrorKey {
  return RESTORE_ERROR_KEYS.find((k) => k === code) ?? 'unexpected';
}

export interface RestoreDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Called after a successful restore (the caller refreshes the vault state). */
  readonly onRestored: () => void;
}

type Phase =
  | { readonly kind: 'choose' }
  | { readonly kind: 'ready'; readonly bytes: Uint8Array; readonly info: BackupInfo }
  | { readonly kind: 'restoring'; readonly bytes: Uint8Array; readonly info: BackupInfo }
  | { readonly kind: 'done'; readonly records: number };

export function RestoreDialog({ open, onClose, onRestored }: RestoreDialogProps) {
  const { t } = useTranslation();
  const host = useHost();
  const { language } = useLanguage();
  const { service, phase: vaultPhase } = useVault();
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [useRecovery, setUseRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [current, setCurrent] = useState('');
  const [error, setError] = useState<RestoreErrorKey | null>(null);
  const vaultExists = vaultPhase.kind !== 'setup';
  // From the unlock screen nobody has proven they may replace this vault: its own passphrase
  // or recovery code is needed too (the service enforces it; this is where it is asked for).
  const needsCurrent = vaultExists && vaultPhase.kind !== 'unlocked';

  const reset = () => {
    setPhase({ kind: 'choose' });
    setSecret('');
    setConfirmation('');
    setCurrent('');
    setError(null);
    setUseRecovery(false);
  };
  const close = () => {
    if (phase.kind === 'restoring') return;
    reset();
    onClose();
  };

  const choose = async () => {
    setError(null);
    try {
      const outcome = await host.openFile({
        filters: [{ name: t('vault.backup.fileType'), extensions: [BACKUP_EXTENSION] }],
        maxBytes: 512 * 1024 * 1024,
      });
      if (!outcome.opened) return;
      const info = await service.readBackupInfo(outcome.file.bytes);
      if (!info.ok) setError(errorKey(info.error.code));
      else setPhase({ kind: 'ready', bytes: outcome.file.bytes, info: info.value });
    } catch (caught) {
      setError(caught instanceof HostError ? errorKey(caught.code) : 'unexpected');
    }
  };

  const confirmWord = t('vault.restore.confirmWord');
  const confirmed = !vaultExists || confirmation.trim().toUpperCase() === confirmWord;

  const restore = async (event: FormEvent) => {
    event.preventDefault();
    if (phase.kind !== 'ready' || secret === '' || !confirmed || (needsCurrent && current === ''))
      return;
    setError(null);
    setPhase({ kind: 'restoring', bytes: phase.bytes, info: phase.info });
    const backupSecret: BackupSecret = useRecovery
      ? { recoveryCode: secret }
      : { passphrase: secret };
    try {
      const result = await service.restoreBackup(
        phase.bytes,
        backupSecret,
        needsCurrent ? current : undefined,
      );
      if (result.ok) {
        // The OS-keystore slot never travels in a backup: a remembered secret is now useless.
        forgetKeystoreSecret();
        setSecret('');
        setCurrent('');
        setPhase({ kind: 'done', records: result.value.records });
        onRestored();
      } else {
        setError(errorKey(result.error.code));
        setPhase({ kind: 'ready', bytes: phase.bytes, info: phase.info });
      }
    } catch {
      setError('unexpected');
      setPhase({ kind: 'ready', bytes: phase.bytes, info: phase.info });
    }
  };

  const busy = phase.kind === 'restoring';
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="restore-title">
      <DialogTitle id="restore-title">{t('vault.restore.title')}</DialogTitle>
      <Stack component="form" onSubmit={(e) => void restore(e)} noValidate>
        <DialogContent>
          <Stack spacing={2}>
            {phase.kind === 'done' ? (
              <Alert severity="success">{t('vault.restore.done', { count: phase.records })}</Alert>
            ) : (
              <>
                <Typography>{t('vault.restore.intro')}</Typography>
                {phase.kind === 'choose' && (
                  <Button
                    variant="outlined"
                    onClick={() => void choose()}
                    sx={{ alignSelf: 'flex-start' }}
                  >
                    {t('vault.restore.choose')}
                  </Button>
                )}
                {(phase.kind === 'ready' || phase.kind === 'restoring') && (
                  <>
                    <Alert severity="info">
                      {t('vault.restore.fileInfo', {
                        date: formatDate(new Date(phase.info.createdAt), language),
                        version: phase.info.appVersion,
                      })}
                    </Alert>
                    {vaultExists && (
                      <Alert severity="warning">
                        {phase.info.sameVault
                          ? t('vault.restore.sameVault')
                          : t('vault.restore.otherVault')}
                      </Alert>
                    )}
                    {useRecovery ? (
                      <TextField
                        id="restore-recovery-code"
                        label={t('vault.unlock.recoveryLabel')}
                        helperText={t('vault.unlock.recoveryHelp')}
                        value={secret}
                        onChange={(e) => setSecret(e.target.value)}
                        disabled={busy}
                        autoFocus
                        slotProps={{
                          htmlInput: { autoComplete: 'off', spellCheck: false, maxLength: 80 },
                        }}
                      />
                    ) : (
                      <PassphraseField
                        id="restore-passphrase"
                        label={t('vault.restore.passphraseLabel')}
                        helperText={t('vault.restore.passphraseHelp')}
                        value={secret}
                        onChange={setSecret}
                        autoComplete="current-password"
                        disabled={busy}
                        autoFocus
                      />
                    )}
                    {phase.info.hasRecoverySlot && (
                      <Link
                        component="button"
                        type="button"
                        onClick={() => {
                          setUseRecovery((v) => !v);
                          setSecret('');
                        }}
                        sx={{ alignSelf: 'flex-start' }}
                        disabled={busy}
                      >
                        {useRecovery
                          ? t('vault.restore.usePassphrase')
                          : t('vault.restore.useRecovery')}
                      </Link>
                    )}
                    {needsCurrent && (
                      <PassphraseField
                        id="restore-current"
                        label={t('vault.restore.currentLabel')}
                        helperText={t('vault.restore.currentHelp')}
                        value={current}
                        onChange={setCurrent}
                        autoComplete="current-password"
                        disabled={busy}
                      />
                    )}
                    {vaultExists && (
                      <TextField
                        id="restore-confirm"
                        label={t('vault.restore.confirmLabel')}
                        value={confirmation}
                        onChange={(e) => setConfirmation(e.target.value)}
                        disabled={busy}
                        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
                      />
                    )}
                  </>
                )}
                {busy && <BusyStatus label={t('vault.restore.busy')} />}
                {error !== null && (
                  <Alert severity="error" role="alert">
                    {t(`vault.restore.errors.${error}`)} {t('vault.restore.unchanged')}
                  </Alert>
                )}
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          {phase.kind === 'done' ? (
            <Button onClick={close} variant="contained">
              {t('vault.restore.close')}
            </Button>
          ) : (
            <>
              <Button onClick={close} disabled={busy}>
                {t('vault.restore.cancel')}
              </Button>
              <Button
                type="submit"
                variant="contained"
                color={vaultExists ? 'warning' : 'primary'}
                disabled={
                  phase.kind !== 'ready' ||
                  secret === '' ||
                  !confirmed ||
                  (needsCurrent && current === '')
                }
              >
                {t('vault.restore.submit')}
              </Button>
            </>
          )}
        </DialogActions>
      </Stack>
    </Dialog>
  );
}
