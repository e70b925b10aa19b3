// Runs in: renderer.
//
// "Weet u het zeker?" before something is removed or a step cannot be taken back: says in
// plain words what will happen, runs the action only on an explicit confirm (through the one
// save path), keeps the dialog open with a message when the action fails and closes it when
// it succeeded. Esc and Annuleren keep everything as it was.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Typography from '@mui/material/Typography';
import { FormDialog } from './FormDialog';
import { useSaveAttempt } from './useSaveAttempt';

export interface ConfirmDialogProps {
  readonly open?: boolean;
  readonly title: string;
  readonly text: ReactNode;
  /** Says what happens, e.g. "Verwijderen" (the default) or "Vaststellen". */
  readonly confirmLabel?: string;
  /** Shown when the action throws; "Verwijderen is niet gelukt…" when left out. */
  readonly failedMessage?: string;
  /** The button that keeps everything as it was; "Annuleren" when left out. */
  readonly cancelLabel?: string;
  readonly onClose: () => void;
  /** The action; the dialog closes when it resolves and shows failedMessage when it throws. */
  readonly onConfirm: () => Promise<void>;
}

export function ConfirmDialog({
  open = true,
  title,
  text,
  confirmLabel,
  failedMessage,
  cancelLabel,
  onClose,
  onConfirm,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const { busy, failed, attempt, reset } = useSaveAttempt();
  const close = (): void => {
    reset();
    onClose();
  };
  const confirm = async (): Promise<void> => {
    await attempt(async () => {
      await onConfirm();
      close();
    });
  };
  return (
    <FormDialog
      open={open}
      title={title}
      submitLabel={confirmLabel ?? t('form.delete')}
      dirty={false}
      busy={busy}
      error={failed ? (failedMessage ?? t('form.deleteFailed')) : null}
      destructive
      maxWidth="xs"
      cancelLabel={cancelLabel}
      onClose={close}
      onSubmit={() => void confirm()}
    >
      <Typography>{text}</Typography>
    </FormDialog>
  );
}
