// Runs in: renderer.
//
// Wachtwoordzin wijzigen: the current passphrase, then a new one with the strength meter.
// Only the passphrase key slot is rewrapped (no record is re-encrypted), so it takes the
// time of two Argon2id runs; the dialog shows that it is working and cannot be closed then.
import { useCallback, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { BusyStatus } from '../../components/BusyStatus';
import { SubmitCancelActions } from '../../components/SubmitCancelActions';
import { useTranslation } from 'react-i18next';
import { isVaultError } from '../../vault';
import { NewPassphraseFields, type NewPassphraseValue } from '../NewPassphraseFields';
import { useSession } from '../VaultProvider';
import { CurrentPassphraseField } from './CurrentPassphraseField';
import { mayCloseDialog, type DialogCloseReason } from './dialogClose';

export interface ChangePassphraseDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Called after the passphrase was changed. */
  readonly onChanged: () => void;
}

type Problem = 'wrong' | 'required' | 'invalid' | 'tooWeak' | 'unexpected';

const EMPTY: NewPassphraseValue = { passphrase: '', repeat: '' };

export function ChangePassphraseDialog({ open, onClose, onChanged }: ChangePassphraseDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassphraseValue>(EMPTY);
  const [valid, setValid] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const onValidity = useCallback((v: boolean) => setValid(v), []);
  const dirty = current !== '' || next.passphrase !== '' || next.repeat !== '';

  const reset = () => {
    setCurrent('');
    setNext(EMPTY);
    setTried(false);
    setProblem(null);
  };
  const close = (reason: DialogCloseReason | 'button') => {
    if (!mayCloseDialog(reason, { busy, dirty })) return;
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    if (current === '') return setProblem('required');
    if (!valid) return setProblem('invalid');
    setProblem(null);
    setBusy(true);
    try {
      await session.changePassphrase(current, next.passphrase);
      reset();
      onChanged();
    } catch (error) {
      if (isVaultError(error, 'passphrase.wrong')) setProblem('wrong');
      else if (isVaultError(error, 'passphrase.too-weak')) setProblem('tooWeak');
      else setProblem('unexpected');
    } finally {
      setBusy(false);
    }
  };

  const profile = session.profile;
  const currentError =
    problem === 'wrong'
      ? t('security.common.passphraseWrong')
      : problem === 'required'
        ? t('security.common.passphraseRequired')
        : undefined;
  const formError =
    problem === 'invalid'
      ? t('security.passphrase.invalid')
      : problem === 'tooWeak'
        ? t('security.passphrase.tooWeak')
        : problem === 'unexpected'
          ? t('security.common.unexpected')
          : null;
  return (
    <Dialog
      open={open}
      onClose={(_event, reason) => close(reason)}
      fullWidth
      maxWidth="sm"
      aria-labelledby="change-passphrase-title"
    >
      <DialogTitle id="change-passphrase-title">{t('security.passphrase.dialogTitle')}</DialogTitle>
      <Stack component="form" onSubmit={(e) => void submit(e)} noValidate>
        <DialogContent>
          <Stack spacing={2.5}>
            <Typography>{t('security.passphrase.dialogIntro')}</Typography>
            <CurrentPassphraseField
              value={current}
              onChange={setCurrent}
              error={currentError}
              disabled={busy}
              autoFocus
            />
            <NewPassphraseFields
              value={next}
              onChange={setNext}
              onValidity={onValidity}
              userInputs={[profile.schoolName, profile.userName]}
              showErrors={tried}
              disabled={busy}
            />
            {formError !== null && (
              <Alert severity="error" role="alert">
                {formError}
              </Alert>
            )}
            {busy && <BusyStatus label={t('security.passphrase.busy')} />}
          </Stack>
        </DialogContent>
        <SubmitCancelActions
          busy={busy}
          onCancel={() => close('button')}
          cancelLabel={t('security.common.cancel')}
          submitLabel={t('security.passphrase.submit')}
        />
      </Stack>
    </Dialog>
  );
}
