// Runs in: renderer.
//
// The locked state: passphrase (or, when forgotten, the recovery code), an optional
// one-click unlock with the OS keystore ("remember on this computer"), and a restore path.
// Wrong attempts get a clear message and, after a few, a countdown that the vault enforces
// (the delay is stored with the vault, so reloading does not skip it).
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Computer from '@mui/icons-material/Computer';
import { useTranslation } from 'react-i18next';
import { useHost } from '../host/HostContext';
import type { LockReason, UnlockError, VaultSession } from '../vault';
import type { AppRecordMap } from '../../../shared/records/catalog';
import type { Result } from '../../../shared/result';
import { usePendingFocus } from '../components/usePendingFocus';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { AuthLayout } from './AuthLayout';
import { forgetKeystoreSecret, readKeystoreSecret } from './keystoreSecret';
import { PassphraseField } from './PassphraseField';
import { RestoreDialog } from './RestoreDialog';
import { useVault } from './VaultProvider';

type Mode = 'passphrase' | 'recovery';
const PASSPHRASE_FIELD_ID = 'unlock-passphrase';
const RECOVERY_FIELD_ID = 'unlock-recovery-code';
type Problem =
  | { readonly kind: 'message'; readonly key: UnlockMessageKey }
  | { readonly kind: 'wait'; readonly until: number; readonly key: UnlockMessageKey };

type UnlockMessageKey =
  | 'wrong'
  | 'wrongRecovery'
  | 'recoveryTypo'
  | 'recoveryFormat'
  | 'damaged'
  | 'newerFormat'
  | 'notFound'
  | 'keystoreFailed'
  | 'failed';

function messageFor(error: UnlockError, mode: Mode | 'keystore'): UnlockMessageKey {
  switch (error.code) {
    case 'unlock.wrong-secret':
    case 'unlock.throttled':
      if (mode === 'keystore') return 'keystoreFailed';
      return mode === 'recovery' ? 'wrongRecovery' : 'wrong';
    case 'unlock.no-keystore-slot':
      return 'keystoreFailed';
    case 'recovery.checksum':
      return 'recoveryTypo';
    case 'recovery.invalid-format':
      return 'recoveryFormat';
    case 'vault.damaged':
      return 'damaged';
    case 'vault.newer-format':
      return 'newerFormat';
    case 'vault.not-found':
      return 'notFound';
    default: {
      const never: never = error.code;
      return never;
    }
  }
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, [active]);
  return now;
}

export function UnlockScreen({ reason }: { readonly reason: LockReason | null }) {
  const { t } = useTranslation();
  const host = useHost();
  const { service, opened, refresh, claim, openElsewhere } = useVault();
  const [takingOver, setTakingOver] = useState(false);
  // An unlock refused because another tab holds the vault (before the provider has noticed).
  const [refused, setRefused] = useState(false);
  const [mode, setMode] = useState<Mode>('passphrase');
  const [secret, setSecret] = useState('');
  const { busy, attempt } = useSaveAttempt();
  // After a refused attempt the field (disabled while busy) takes the focus back, so the user
  // can correct what they typed at once (issue #21 point 8).
  const focusWhenReady = usePendingFocus();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [keystoreReady, setKeystoreReady] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const now = useNow(problem?.kind === 'wait');
  const waitingMs = problem?.kind === 'wait' ? Math.max(0, problem.until - now) : 0;

  // Before anything is typed: is a delay still running, and can the OS keystore unlock?
  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const status = await service.unlockStatus();
        if (!current) return;
        if (status.retryAfterMs > 0)
          setProblem({ kind: 'wait', until: Date.now() + status.retryAfterMs, key: 'wrong' });
        const keystore = await host.keystoreStatus();
        if (current)
          setKeystoreReady(
            status.hasKeystoreSlot && keystore.available && readKeystoreSecret() !== null,
          );
      } catch {
        if (current) setProblem({ kind: 'message', key: 'damaged' });
      }
    })();
    return () => {
      current = false;
    };
  }, [service, host]);

  const finish = useCallback(
    (result: Result<VaultSession<AppRecordMap>, UnlockError>, used: Mode | 'keystore') => {
      if (result.ok) {
        setSecret('');
        opened(result.value);
        return;
      }
      // Not opened: another tab may have the vault now.
      claim.release();
      const key = messageFor(result.error, used);
      if (result.error.code === 'vault.not-found') void refresh();
      setProblem(
        result.error.retryAfterMs > 0
          ? { kind: 'wait', until: Date.now() + result.error.retryAfterMs, key }
          : { kind: 'message', key },
      );
    },
    [opened, refresh, claim],
  );

  /** Takes this window's claim on the vault; false (with the notice) when another tab has it. */
  const claimVault = async (): Promise<boolean> => {
    if (await claim.tryClaim()) return true;
    setRefused(true);
    return false;
  };

  // A restore replaces the database under any open session: not while another tab works in it.
  const startRestore = async () => {
    if (await claimVault()) setRestoring(true);
  };
  const endRestore = () => {
    setRestoring(false);
    claim.release();
  };

  const takeOver = async () => {
    setTakingOver(true);
    try {
      await claim.takeOver();
      setRefused(false);
    } finally {
      setTakingOver(false);
    }
  };

  /** Runs one unlock attempt; a thrown error releases the claim and shows `failedKey`. */
  const tryUnlock = async (work: () => Promise<void>, failedKey: UnlockMessageKey) => {
    setProblem(null);
    const outcome = await attempt(work);
    if (outcome === 'ignored') return;
    if (outcome === 'failed') {
      claim.release();
      setProblem({ kind: 'message', key: failedKey });
    }
    // When the vault opened this screen is gone and the request finds no field.
    focusWhenReady(mode === 'passphrase' ? PASSPHRASE_FIELD_ID : RECOVERY_FIELD_ID);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (secret === '' || waitingMs > 0) return;
    await tryUnlock(async () => {
      if (!(await claimVault())) return;
      finish(
        mode === 'passphrase'
          ? await service.unlockWithPassphrase(secret)
          : await service.unlockWithRecoveryCode(secret),
        mode,
      );
    }, 'failed');
  };

  const unlockWithKeystore = async () => {
    const stored = readKeystoreSecret();
    if (stored === null) return;
    await tryUnlock(async () => {
      if (!(await claimVault())) return;
      const plain = await host.keystoreDecrypt(stored);
      const result = await service.unlockWithKeystoreSecret(plain);
      plain.fill(0);
      if (!result.ok) {
        // The remembered secret no longer fits (slot removed or vault restored): forget it.
        forgetKeystoreSecret();
        setKeystoreReady(false);
      }
      finish(result, 'keystore');
    }, 'keystoreFailed');
  };

  const switchMode = () => {
    setMode((m) => (m === 'passphrase' ? 'recovery' : 'passphrase'));
    setSecret('');
    if (problem?.kind === 'message') setProblem(null);
  };

  return (
    <AuthLayout
      title={mode === 'passphrase' ? t('vault.unlock.title') : t('vault.unlock.recoveryTitle')}
      intro={mode === 'passphrase' ? t('vault.unlock.intro') : t('vault.unlock.recoveryIntro')}
    >
      {reason !== null && mode === 'passphrase' && (
        <Alert severity="info">{t(`vault.unlock.lockedBecause.${reason}`)}</Alert>
      )}
      {(openElsewhere || refused) && !claim.holding && (
        <Alert
          severity="warning"
          role="status"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => void takeOver()}
              disabled={takingOver || busy}
            >
              {t('sessionClaim.takeOver')}
            </Button>
          }
        >
          {takingOver ? t('sessionClaim.takingOver') : t('sessionClaim.elsewhere')}
        </Alert>
      )}
      <Stack component="form" spacing={2} onSubmit={(e) => void submit(e)} noValidate>
        {mode === 'passphrase' ? (
          <PassphraseField
            id={PASSPHRASE_FIELD_ID}
            label={t('vault.passphrase.label')}
            value={secret}
            onChange={setSecret}
            autoComplete="current-password"
            autoFocus
            disabled={busy}
          />
        ) : (
          <TextField
            id={RECOVERY_FIELD_ID}
            label={t('vault.unlock.recoveryLabel')}
            helperText={t('vault.unlock.recoveryHelp')}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            autoFocus
            disabled={busy}
            slotProps={{
              htmlInput: {
                autoComplete: 'off',
                spellCheck: false,
                autoCapitalize: 'characters',
                maxLength: 80,
              },
            }}
          />
        )}
        {problem !== null && (
          <Alert severity="error" role="alert">
            {t(`vault.unlock.${problem.key}`)}
            {problem.kind === 'wait' && waitingMs > 0 && (
              <> {t('vault.unlock.throttled', { seconds: Math.ceil(waitingMs / 1000) })}</>
            )}
          </Alert>
        )}
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={busy || secret === '' || waitingMs > 0}
          startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
        >
          {busy ? t('vault.unlock.busy') : t('vault.unlock.submit')}
        </Button>
        {keystoreReady && mode === 'passphrase' && (
          <Button
            variant="outlined"
            startIcon={<Computer />}
            onClick={() => void unlockWithKeystore()}
            disabled={busy}
          >
            {t('vault.unlock.keystore')}
          </Button>
        )}
      </Stack>
      <Divider />
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Link component="button" type="button" onClick={switchMode}>
          {mode === 'passphrase' ? t('vault.unlock.useRecovery') : t('vault.unlock.usePassphrase')}
        </Link>
        <Link component="button" type="button" onClick={() => void startRestore()}>
          <Typography component="span" variant="body2">
            {t('vault.unlock.restore')}
          </Typography>
        </Link>
      </Stack>
      <RestoreDialog
        open={restoring}
        onClose={endRestore}
        onRestored={() => {
          claim.release();
          void refresh();
        }}
      />
    </AuthLayout>
  );
}
