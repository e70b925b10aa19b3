// Runs in: renderer.
//
// The frame every dialog of the case screen shares: a form (Enter submits), a title the
// dialog is labelled by, Annuleren and a save button, a save error, and the rule that a
// stray click beside a dialog with typed text never throws that text away (Esc and
// Annuleren still close it; nothing closes while saving).
import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';

export interface CaseDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly dirty: boolean;
  readonly busy: boolean;
  /** A message shown above the buttons when saving failed. */
  readonly error?: string | undefined;
  readonly onClose: () => void;
  readonly onSubmit: () => void;
  readonly submitLabel?: string;
  /** 'error' for destructive confirmations. */
  readonly submitColor?: 'primary' | 'error';
  readonly children: ReactNode;
}

export function CaseDialog({ open, title, dirty, busy, error, onClose, onSubmit, submitLabel, submitColor = 'primary', children }: CaseDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const form = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    onSubmit();
    // When a field was refused, take the user to it (after React has marked it invalid).
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };
  return (
    <Dialog
      open={open}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
      onClose={(_event, reason) => {
        if (busy) return;
        if (reason === 'backdropClick' && dirty) return;
        onClose();
      }}
    >
      <form ref={form} noValidate onSubmit={submit}>
        <DialogTitle id={titleId} component="h2">
          {title}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {children}
            {error !== undefined ? (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={onClose} disabled={busy}>
            {t('cases.common.cancel')}
          </Button>
          <Button type="submit" variant="contained" color={submitColor} disabled={busy}>
            {busy ? t('cases.common.saving') : (submitLabel ?? t('cases.common.save'))}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
