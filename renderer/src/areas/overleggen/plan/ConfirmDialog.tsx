// Runs in: renderer.
//
// "Weet u het zeker?" before taking something off the agenda or the attendee list: the
// confirm button says what happens, Esc and "Annuleren" keep everything as it was.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useSaveAttempt } from '../../../components/useSaveAttempt';

export interface ConfirmDialogProps {
  readonly title: string;
  readonly text: string;
  readonly confirmLabel: string;
  readonly onCancel: () => void;
  /** Does the work; the caller closes the dialog. A thrown error is shown. */
  readonly onConfirm: () => Promise<void>;
}

export function ConfirmDialog({ title, text, confirmLabel, onCancel, onConfirm }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { busy, failed, attempt } = useSaveAttempt();
  const confirm = (): Promise<void> => attempt(onConfirm);
  return (
    <Dialog open onClose={() => (busy ? undefined : onCancel())} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Typography>{text}</Typography>
        {failed ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {t('meetings.saveFailed')}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          {t('meetings.cancel')}
        </Button>
        <Button variant="contained" color="error" onClick={() => void confirm()} disabled={busy}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
