// Runs in: renderer.
//
// Wachtwoordzin wijzigen: the current passphrase, then a new one with the strength meter.
// Only the passphrase key slot is rewrapped (no record is re-encrypted), so it takes the
// time of two Argon2id runs; the dialog shows that it is working and cannot be closed then.
import { useCallback, useState } from 'react';
import Typography from '@mui/material/Typography';
import { BusyStatus } from '../../components/BusyStatus';
import { FormDialog } from '../../components/FormDialog';
import { useSaveAttempt } from '../../components/useSaveAttempt';
import { useTranslation } from 'react-i18next';
import { isVaultError } from '../../vault';
import { NewPassphraseFields, type NewPassphraseValue } from '../NewPassphraseFields';
import { useSession } from '../VaultProvider';
import { CurrentPassphraseField } from './CurrentPassphraseField';

export interface ChangePassphraseDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Called after the passphrase was changed. */
  readonly onChanged: () => void;
}

/** Why the form was refused before the vault was asked. */
type Refusal = 'required' | 'invalid';

const EMPTY: NewPassphraseValue = { passphrase: '', repeat: '' };

export function ChangePassphraseDialog({ open, onClose, onChanged }: ChangePassphraseDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassphraseValue>(EMPTY);
  const [valid, setValid] = useState(false);
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const save = useSaveAttempt();
  const onValidity = useCallback((v: boolean) => setValid(v), []);
  const dirty = current !== '' || next.passphrase !== '' || next.repeat !== '';

  const reset = () => {
    setCurrent('');
    setNext(EMPTY);
    setTried(false);
    setRefusal(null);
    save.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const submit = () => {
    setTried(true);
    const refused: Refusal | null = current === '' ? 'required' : !valid ? 'invalid' : null;
    setRefusal(refused);
    if (refused !== null) {
      save.reset();
      return;
    }
    void save.attempt(async () => {
      await session.changePassphrase(current, next.passphrase);
      reset();
      onChanged();
    });
  };

  const problem =
    refusal ??
    (!save.failed
      ? null
      : isVaultError(save.error, 'passphrase.wrong')
        ? 'wrong'
        : isVaultError(save.error, 'passphrase.too-weak')
          ? 'tooWeak'
          : 'unexpected');
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
    <FormDialog
      open={open}
      title={t('security.passphrase.dialogTitle')}
      submitLabel={t('security.passphrase.submit')}
      cancelLabel={t('security.common.cancel')}
      dirty={dirty}
      busy={save.busy}
      error={formError}
      onClose={close}
      onSubmit={submit}
    >
      <Typography>{t('security.passphrase.dialogIntro')}</Typography>
      <CurrentPassphraseField
        value={current}
        onChange={setCurrent}
        error={currentError}
        disabled={save.busy}
        autoFocus
      />
      <NewPassphraseFields
        value={next}
        onChange={setNext}
        onValidity={onValidity}
        userInputs={[profile.schoolName, profile.userName]}
        showErrors={tried}
        disabled={save.busy}
      />
      {save.busy && <BusyStatus label={t('security.passphrase.busy')} />}
    </FormDialog>
  );
}
