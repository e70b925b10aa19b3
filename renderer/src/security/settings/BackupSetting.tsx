// Runs in: renderer.
//
// Back-up: make an encrypted backup file (the vault appends its own 'backup.export' audit
// entry), save it through the host, and only then record it as the last backup, because
// the user may cancel the save dialog. Restoring opens the shared RestoreDialog. The block
// has id="backup" so the reminder on Overzicht can lead the user straight here.
import { useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Backup from '@mui/icons-material/Backup';
import Restore from '@mui/icons-material/Restore';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/domain/dates';
import { useHashRoute } from '../../app/router';
import { useHost } from '../../host/HostContext';
import { formatDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { isVaultError } from '../../vault';
import { BACKUP_EXTENSION, RestoreDialog } from '../RestoreDialog';
import { useSession, useVault } from '../VaultProvider';
import { BACKUP_ANCHOR, readBackupStatus } from './backupStatus';
import { SecurityBlock } from './SecurityBlock';

type State =
  | { readonly kind: 'idle' | 'busy' | 'failed' | 'refused' }
  | { readonly kind: 'saved'; readonly name: string };

export function BackupSetting() {
  const { t } = useTranslation();
  const session = useSession();
  const host = useHost();
  const { refresh } = useVault();
  const { language } = useLanguage();
  const [route] = useHashRoute();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [status, setStatus] = useState(() => readBackupStatus(session));
  const [restoring, setRestoring] = useState(false);
  const block = useRef<HTMLDivElement>(null);

  // Arriving from the reminder (#/instellingen/backup): show and focus this block. Deferred,
  // because the frame moves focus to the page heading after an area switch.
  const wanted = route.path[0] === BACKUP_ANCHOR;
  useEffect(() => {
    if (!wanted) return undefined;
    const timer = window.setTimeout(() => {
      block.current?.scrollIntoView({ block: 'start' });
      block.current?.focus({ preventScroll: true });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [wanted]);

  const make = async () => {
    setState({ kind: 'busy' });
    try {
      const bytes = await session.exportBackup();
      const outcome = await host.saveFile({
        suggestedName: t('vault.backup.fileName', { date: todayIso() }),
        bytes,
        filters: [{ name: t('vault.backup.fileType'), extensions: [BACKUP_EXTENSION] }],
      });
      if (!outcome.saved) {
        setState({ kind: 'idle' });
        return;
      }
      await session.markBackupSaved();
      setStatus(readBackupStatus(session));
      setState({ kind: 'saved', name: outcome.name });
    } catch (error) {
      // Records the vault cannot vouch for: no file is offered; the integrity warning opens
      // with the ways out (it listens to the report the refused export published).
      setState({ kind: isVaultError(error, 'backup.integrity') ? 'refused' : 'failed' });
    }
  };

  return (
    <SecurityBlock
      ref={block}
      anchorId={BACKUP_ANCHOR}
      title={t('vault.backup.title')}
      description={t('vault.backup.intro')}
    >
      <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <Typography data-testid="last-backup">
          {status === null || status.lastBackupAt === null
            ? t('vault.backup.never')
            : t('vault.backup.last', {
                date: formatDate(new Date(status.lastBackupAt), language),
              })}{' '}
          {t('security.backup.description')}
        </Typography>
        {status !== null && status.reminderDue && state.kind !== 'saved' && (
          <Alert severity="warning" role="status" sx={{ alignSelf: 'stretch' }}>
            {status.lastBackupAt === null
              ? t('vault.backup.reminderNever')
              : t('vault.backup.reminder')}
          </Alert>
        )}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <Button
            variant="contained"
            onClick={() => void make()}
            disabled={state.kind === 'busy'}
            startIcon={
              state.kind === 'busy' ? <CircularProgress size={18} color="inherit" /> : <Backup />
            }
          >
            {state.kind === 'busy' ? t('vault.backup.making') : t('vault.backup.make')}
          </Button>
          <Button variant="outlined" startIcon={<Restore />} onClick={() => setRestoring(true)}>
            {t('vault.restore.button')}
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {t('security.backup.restoreHelp')}
        </Typography>
        {state.kind === 'saved' && (
          <Alert severity="success" role="status" sx={{ alignSelf: 'stretch' }}>
            {t('vault.backup.saved', { name: state.name })}
          </Alert>
        )}
        {state.kind === 'refused' && (
          <Alert severity="error" role="alert" sx={{ alignSelf: 'stretch' }}>
            {t('integrity.backupRefused')}
          </Alert>
        )}
        {state.kind === 'failed' && (
          <Alert severity="error" role="alert" sx={{ alignSelf: 'stretch' }}>
            {t('vault.backup.failed')}
          </Alert>
        )}
      </Stack>
      <RestoreDialog
        open={restoring}
        onClose={() => setRestoring(false)}
        onRestored={() => void refresh()}
      />
    </SecurityBlock>
  );
}
