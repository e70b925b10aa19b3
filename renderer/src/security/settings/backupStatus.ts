// Runs in: renderer.
//
// Reads the backup status without letting a locked session crash a screen: between the
// moment a session locks and the moment the app unmounts, a render may still run.
import type { BackupStatus } from '../../vault';
import type { AppSession } from '../VaultProvider';

export function readBackupStatus(session: AppSession): BackupStatus | null {
  try {
    return session.backupStatus();
  } catch {
    return null;
  }
}

/** The route segment that sends Instellingen to the backup block (see BackupReminder). */
export const BACKUP_ANCHOR = 'backup';
