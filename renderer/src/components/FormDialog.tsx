// Runs in: renderer.
//
// The one frame for every dialog that asks for input or a confirmation (docs/architecture.md,
// "How to add a dialog"): a real <form> (Enter submits, Esc and Annuleren close), a title the
// dialog is labelled by, one error line for what went wrong, a submit button that is held and
// says so while saving, and two rules that protect the user:
// - a stray click beside a dialog with changes does not throw them away, and nothing closes
//   while saving;
// - when a submit is refused, the focus goes to the first field marked invalid, so a keyboard
//   or screen-reader user lands on what to fix.
// The busy flag and the save error come from useSaveAttempt, the one save path.
import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { mayCloseDialog } from './dialogClose';

export interface FormDialogProps {
  /** False keeps the dialog mounted but hidden; most callers mount it only when open. */
  readonly open?: boolean;
  readonly title: string;
  /** The submit button's text; "Opslaan" when left out. */
  readonly submitLabel?: string;
  /** The submit button's text while busy; "Bezig…" when left out. */
  readonly busyLabel?: string;
  /** True once the user changed something: a backdrop click then does not close the dialog. */
  readonly dirty: boolean;
  readonly busy?: boolean;
  /** Shown above the buttons, e.g. why saving failed; nothing when undefined or null. */
  readonly error?: string | null | undefined;
  /** A red submit button, for deleting and other steps that cannot be taken back. */
  readonly destructive?: boolean;
  readonly maxWidth?: 'xs' | 'sm' | 'md';
  readonly onClose: () => void;
  /** Validates and saves (through useSaveAttempt); marks refused fields aria-invalid. */
  readonly onSubmit: () => void;
  readonly children: ReactNode;
  /** Extra buttons left of Annuleren. */
  readonly extraActions?: ReactNode;
  readonly cancelLabel?: string;
}

/** The first field marked invalid that can take the focus (MUI's hidden select inputs cannot). */
export function firstInvalidField(root: ParentNode): HTMLElement | null {
  for (const element of root.querySelectorAll<HTMLElement>('[aria-invalid="true"]')) {
    if (element.tabIndex >= 0 && !element.hasAttribute('disabled')) return element;
  }
  return null;
}

export function FormDialog({
  open = true,
  title,
  submitLabel,
  busyLabel,
  dirty,
  busy = false,
  error,
  destructive = false,
  maxWidth = 'sm',
  onClose,
  onSubmit,
  children,
  extraActions,
  cancelLabel,
}: FormDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const form = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (busy) return;
    onSubmit();
    // After React has marked the refused fields (the next frame), take the user to the first.
    requestAnimationFrame(() => {
      if (form.current !== null) firstInvalidField(form.current)?.focus();
    });
  };
  return (
    <Dialog
      open={open}
      fullWidth
      maxWidth={maxWidth}
      aria-labelledby={titleId}
      onClose={(_event, reason) => {
        if (mayCloseDialog(reason, { busy, dirty })) onClose();
      }}
    >
      <form ref={form} noValidate onSubmit={submit}>
        <DialogTitle id={titleId} component="h2">
          {title}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {children}
            {error !== undefined && error !== null ? (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          {extraActions}
          <Button onClick={onClose} disabled={busy}>
            {cancelLabel ?? t('form.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            color={destructive ? 'error' : 'primary'}
            disabled={busy}
          >
            {busy ? (busyLabel ?? t('form.busy')) : (submitLabel ?? t('form.save'))}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
