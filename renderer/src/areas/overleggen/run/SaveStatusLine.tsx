// Runs in: renderer.
//
// Whether everything typed is stored: "Alles opgeslagen", "Opslaan…", or what went wrong and
// what to do (the queue keeps retrying; the button retries at once). A polite live region,
// so a screen reader hears a failure without being interrupted by every save.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { SaveStatus } from '../../../app/autosave/saveQueue';

/** The status of several queues together: the worst one counts. */
export function combineStatus(statuses: readonly SaveStatus[]): SaveStatus {
  if (statuses.includes('failed')) return 'failed';
  if (statuses.includes('saving')) return 'saving';
  if (statuses.includes('pending')) return 'pending';
  return 'saved';
}

export function SaveStatusLine({
  status,
  onRetry,
}: {
  readonly status: SaveStatus;
  readonly onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Box
      role="status"
      aria-live="polite"
      data-testid="save-status"
      sx={{
        position: 'sticky',
        top: 64,
        zIndex: 2,
        bgcolor: 'background.default',
        minHeight: 28,
        py: 0.5,
        mb: 2,
      }}
    >
      {status === 'failed' ? (
        <Alert
          severity="error"
          role="none"
          action={
            <Button color="inherit" size="small" onClick={onRetry}>
              {t('meetingRun.save.retry')}
            </Button>
          }
        >
          {t('meetingRun.save.failed')}
        </Alert>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {status === 'saved' ? t('meetingRun.save.saved') : t('meetingRun.save.saving')}
        </Typography>
      )}
    </Box>
  );
}
