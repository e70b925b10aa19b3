// Runs in: renderer.
//
// "Are you sure?" before anything is removed: says what will happen in plain words and
// runs the action only on an explicit confirm, showing a Dutch error if it fails.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Typography from '@mui/material/Typography';
import { FormDialog } from '../components/FormDialog';

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly body: ReactNode;
  readonly confirmLabel: string;
  readonly onClose: () => void;
  /** The action; the dialog closes when it resolves and shows an error when it throws. */
  readonly onConfirm: () => Promise<void>;
  readonly failedMessage?: string;
}

export function ConfirmDialog({ open, title, body, confirmLabel, onClose, onConfirm, failedMessage }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = (): void => {
    setError(null);
    onClose();
  };
  const confirm = (): void => {
    setBusy(true);
    setError(null);
    onConfirm().then(
      () => {
        setBusy(false);
        onClose();
      },
      () => {
        setBusy(false);
        setError(failedMessage ?? t('directory.common.deleteFailed'));
      },
    );
  };
  return (
    <FormDialog open={open} title={title} submitLabel={confirmLabel} dirty={false} busy={busy} error={error} destructive maxWidth="xs" onClose={close} onSubmit={confirm}>
      <Typography>{body}</Typography>
    </FormDialog>
  );
}
