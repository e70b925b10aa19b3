// Runs in: renderer.
//
// Deleting a pupil, only after confirmation and only while the pupil has no case files: a
// case file must never lose its pupil. With case files the dialog explains why not and what
// to do instead (close the case; retention deletes it later).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { displayName, type Pupil } from '../../../../shared/domain/pupil';
import { useSession } from '../../security/VaultProvider';
import { useSaveAttempt } from '../../components/useSaveAttempt';

export interface DeletePupilDialogProps {
  readonly pupil: Pupil;
  readonly caseCount: number;
  readonly onClose: () => void;
  readonly onDeleted: () => void;
}

export function DeletePupilDialog({
  pupil,
  caseCount,
  onClose,
  onDeleted,
}: DeletePupilDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const titleId = useId();
  const textId = useId();
  const { busy, failed, attempt } = useSaveAttempt();
  const name = displayName(pupil);
  const blocked = caseCount > 0;

  const remove = async (): Promise<void> => {
    // Checked again at the moment of deleting: a case may have been added meanwhile.
    if (session.records.list('case').some((c) => c.pupilId === pupil.id)) return;
    await attempt(async () => {
      await session.records.delete('pupil', pupil.id);
      onDeleted();
    });
  };

  return (
    <Dialog
      open
      onClose={() => (busy ? undefined : onClose())}
      aria-labelledby={titleId}
      aria-describedby={textId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>
        {blocked ? t('pupils.delete.blockedTitle') : t('pupils.delete.title')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          {blocked
            ? t('pupils.delete.blocked', { name, count: caseCount })
            : t('pupils.delete.body', { name })}
        </DialogContentText>
        {failed ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {t('pupils.delete.failed')}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {blocked ? (
          <Button variant="contained" onClick={onClose} autoFocus>
            {t('pupils.delete.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={busy} autoFocus>
              {t('pupils.delete.cancel')}
            </Button>
            <Button variant="contained" color="error" onClick={() => void remove()} disabled={busy}>
              {t('pupils.delete.confirm')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
