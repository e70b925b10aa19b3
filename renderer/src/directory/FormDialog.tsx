// Runs in: renderer.
//
// The dialog every directory, betrokkenen and toestemming form uses: a real <form> (Enter
// submits, Esc closes), a title the dialog is named by, one error line for what went wrong
// on saving, and no accidental loss: a click next to a dialog with changes does not close it.
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';

export interface FormDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly submitLabel: string;
  /** True once the user changed something: a backdrop click then does not close the dialog. */
  readonly dirty: boolean;
  readonly busy?: boolean;
  /** Shown above the buttons, e.g. why saving failed. */
  readonly error?: string | null;
  readonly destructive?: boolean;
  readonly maxWidth?: 'xs' | 'sm' | 'md';
  readonly onClose: () => void;
  readonly onSubmit: () => void;
  readonly children: ReactNode;
  /** Extra buttons left of Cancel. */
  readonly extraActions?: ReactNode;
  readonly cancelLabel?: string;
}

export function FormDialog({ open, title, submitLabel, dirty, busy = false, error, destructive = false, maxWidth = 'sm', onClose, onSubmit, children, extraActions, cancelLabel }: FormDialogProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Dialog
      open={open}
      fullWidth
      maxWidth={maxWidth}
      onClose={(_event, reason) => {
        if (busy || (reason === 'backdropClick' && dirty)) return;
        onClose();
      }}
    >
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {children}
          </Stack>
        </DialogContent>
        {error !== undefined && error !== null ? (
          <Box sx={{ px: 3, pb: 1 }}>
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          </Box>
        ) : null}
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          {extraActions}
          <Button onClick={onClose} disabled={busy}>
            {cancelLabel ?? t('directory.common.cancel')}
          </Button>
          <Button type="submit" variant="contained" color={destructive ? 'error' : 'primary'} disabled={busy}>
            {submitLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
