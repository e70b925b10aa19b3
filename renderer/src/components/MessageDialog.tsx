// Runs in: renderer.
//
// The one dialog that only tells something: what a sent file holds (and, for a passphrase, what
// to read out on the phone), what a received file is, why it was refused. One button closes it
// and takes the focus, so Enter or Esc ends it. Dialogs that ask for input use FormDialog.
// `mayClose: false` holds that button (and Esc) until the user has done what the message asks,
// e.g. confirmed that a recovery code that is shown only once has been stored.
import { useId, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';

export function MessageDialog({
  title,
  closeLabel,
  mayClose = true,
  onClose,
  children,
}: {
  readonly title: string;
  readonly closeLabel: string;
  readonly mayClose?: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Dialog
      open
      fullWidth
      maxWidth="sm"
      onClose={() => (mayClose ? onClose() : undefined)}
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>{children}</Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} disabled={!mayClose} autoFocus>
          {closeLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
