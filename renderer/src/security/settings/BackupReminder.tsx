// Runs in: renderer.
//
// The reminder on Overzicht when there is no backup yet or the last one is older than a week
// (the vault decides: session.backupStatus()). Its button leads to the backup block in
// Instellingen (#/instellingen/backup), which scrolls into view and takes focus. Renders
// nothing when no reminder is due.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useHashRoute } from '../../app/router';
import { useSession } from '../VaultProvider';
import { BACKUP_ANCHOR, readBackupStatus } from './backupStatus';

export function BackupReminder() {
  const { t } = useTranslation();
  const session = useSession();
  const [, navigate] = useHashRoute();
  // Read once per mount: the status only changes by making a backup, which happens elsewhere.
  const [status] = useState(() => readBackupStatus(session));
  if (status === null || !status.reminderDue) return null;
  return (
    // A status, not an alert: it shows on every visit to Overzicht and must not interrupt.
    <Alert
      severity="warning"
      role="status"
      data-testid="backup-reminder"
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => navigate({ area: 'instellingen', path: [BACKUP_ANCHOR] })}
        >
          {t('vault.backup.goToSettings')}
        </Button>
      }
    >
      {status.lastBackupAt === null ? t('vault.backup.reminderNever') : t('vault.backup.reminder')}
    </Alert>
  );
}
