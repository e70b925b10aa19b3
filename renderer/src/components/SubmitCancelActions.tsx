// Runs in: renderer.
//
// The bottom row of a form dialog: "Annuleren" and the submit button, both held while the
// dialog is busy so a second click cannot start the same work twice.
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';

export interface SubmitCancelActionsProps {
  readonly busy: boolean;
  readonly onCancel: () => void;
  readonly cancelLabel: string;
  readonly submitLabel: string;
}

export function SubmitCancelActions({
  busy,
  onCancel,
  cancelLabel,
  submitLabel,
}: SubmitCancelActionsProps) {
  return (
    <DialogActions>
      <Button onClick={onCancel} disabled={busy}>
        {cancelLabel}
      </Button>
      <Button type="submit" variant="contained" disabled={busy}>
        {submitLabel}
      </Button>
    </DialogActions>
  );
}
