// Runs in: renderer.
//
// Asks before something is deleted, says what will go, and keeps the dialog open with a
// message when deleting fails.
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveAttempt } from '../../../components/useSaveAttempt';

export interface ConfirmDeleteDialogProps {
  readonly title: string;
  readonly text: string;
  readonly onCancel: () => void;
  /** Deletes; the dialog closes when it resolves and shows an error when it throws. */
  readonly onConfirm: () => Promise<void>;
}

export function ConfirmDeleteDialog({ title, text, onCancel, onConfirm }: ConfirmDeleteDialogProps) {
  const { t } = useTranslation();
  const { busy, failed, attempt } = useSaveAttempt();
  const confirm = (): Promise<void> => attempt(onConfirm);
  return (
    <FormDialog
      open
      title={title}
      dirty={false}
      busy={busy}
      error={failed ? t('cases.common.deleteFailed') : undefined}
      onClose={onCancel}
      onSubmit={() => void confirm()}
      submitLabel={t('cases.common.delete')}
      destructive
    >
      <Typography>{text}</Typography>
    </FormDialog>
  );
}
