// Runs in: renderer.
//
// The reminder on Overzicht when the last backup is older than a week (placeholder).
export function BackupReminder() {
  return null;
}
