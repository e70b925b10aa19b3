// Runs in: renderer.
//
// Nieuwe herstelcode: explains that the old code stops working, asks the current passphrase,
// then shows the new code once with its printable sheet. The dialog only closes after the
// user confirms they stored it: the code cannot be shown again.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { BusyStatus } from '../../components/BusyStatus';
import { SubmitCancelActions } from '../../components/SubmitCancelActions';
import { useTranslation } from 'react-i18next';
import { isVaultError } from '../../vault';
import { RecoveryCodePanel } from '../RecoveryCodePanel';
import { useSession } from '../VaultProvider';
import { CurrentPassphraseField } from './CurrentPassphraseField';
import { mayCloseDialog, type DialogCloseReason } from './dialogClose';

export interface NewRecoveryCodeDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Called when the user closes the dialog after a new code was made. */
  readonly onMade: () => void;
}

type Problem = 'wrong' | 'required' | 'unexpected';

export function NewRecoveryCodeDialog({ open, onClose, onMade }: NewRecoveryCodeDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const [stored, setStored] = useState(false);

  const finish = () => {
    const made = code !== null;
    setCurrent('');
    setProblem(null);
    setCode(null);
    setStored(false);
    if (made) onMade();
    else onClose();
  };
  const close = (reason: DialogCloseReason | 'button') => {
    // Once the code is shown, closing means "I stored it".
    if (code !== null && !stored) return;
    if (!mayCloseDialog(reason, { busy, dirty: current !== '' || code !== null })) return;
    finish();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || code !== null) return;
    if (current === '') return setProblem('required');
    setProblem(null);
    setBusy(true);
    try {
      const fresh = await session.regenerateRecoveryCode(current);
      setCurrent('');
      setCode(fresh);
    } catch (error) {
      setProblem(isVaultError(error, 'passphrase.wrong') ? 'wrong' : 'unexpected');
    } finally {
      setBusy(false);
    }
  };

  const currentError =
    problem === 'wrong'
      ? t('security.common.passphraseWrong')
      : problem === 'required'
        ? t('security.common.passphraseRequired')
        : undefined;
  return (
    <Dialog
      open={open}
      onClose={(_event, reason) => close(reason)}
      fullWidth
      maxWidth="sm"
      aria-labelledby="new-recovery-title"
    >
      <DialogTitle id="new-recovery-title">{t('security.recovery.dialogTitle')}</DialogTitle>
      {code === null ? (
        <Stack component="form" onSubmit={(e) => void submit(e)} noValidate>
          <DialogContent>
            <Stack spacing={2.5}>
              <Alert severity="warning">{t('security.recovery.dialogIntro')}</Alert>
              <CurrentPassphraseField
                value={current}
                onChange={setCurrent}
                error={currentError}
                disabled={busy}
                autoFocus
              />
              {problem === 'unexpected' && (
                <Alert severity="error" role="alert">
                  {t('security.common.unexpected')}
                </Alert>
              )}
              {busy && <BusyStatus label={t('security.recovery.busy')} />}
            </Stack>
          </DialogContent>
          <SubmitCancelActions
            busy={busy}
            onCancel={() => close('button')}
            cancelLabel={t('security.common.cancel')}
            submitLabel={t('security.recovery.submit')}
          />
        </Stack>
      ) : (
        <>
          <DialogContent>
            <Stack spacing={2.5}>
              <Typography role="status">{t('security.recovery.shownOnce')}</Typography>
              <RecoveryCodePanel code={code} session={session} />
              <FormControlLabel
                control={
                  <Checkbox checked={stored} onChange={(e) => setStored(e.target.checked)} />
                }
                label={t('security.recovery.confirmStored')}
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={() => close('button')} disabled={!stored}>
              {t('security.recovery.done')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
