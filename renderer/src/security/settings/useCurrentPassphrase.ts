// Runs in: renderer.
//
// The "Huidige wachtwoordzin" step of a security dialog that does one vault call with it (a new
// recovery code, remembering this computer): the field's value, its message (empty on submit,
// or refused by the vault as wrong), and the one save path for the call itself.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveAttempt } from '../../components/useSaveAttempt';
import { isVaultError } from '../../vault';
import type { CurrentPassphraseFieldProps } from './CurrentPassphraseField';

export interface CurrentPassphraseStep {
  /** Props for CurrentPassphraseField. */
  readonly field: CurrentPassphraseFieldProps;
  readonly busy: boolean;
  /** The call failed for another reason than a wrong passphrase: the dialog says so. */
  readonly otherFailure: boolean;
  /** Refuses an empty field, else runs `work` with the passphrase and empties the field after it. */
  readonly submit: (work: (current: string) => Promise<void>) => void;
  /** Forgets what was typed and any message, e.g. when the dialog closes. */
  readonly reset: () => void;
}

export function useCurrentPassphrase(): CurrentPassphraseStep {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [required, setRequired] = useState(false);
  const save = useSaveAttempt();
  const wrong = save.failed && isVaultError(save.error, 'passphrase.wrong');
  const submit = (work: (current: string) => Promise<void>): void => {
    setRequired(current === '');
    if (current === '') {
      save.reset();
      return;
    }
    void save.attempt(async () => {
      await work(current);
      setCurrent('');
    });
  };
  const reset = (): void => {
    setCurrent('');
    setRequired(false);
    save.reset();
  };
  return {
    field: {
      value: current,
      onChange: setCurrent,
      error: wrong
        ? t('security.common.passphraseWrong')
        : required
          ? t('security.common.passphraseRequired')
          : undefined,
      disabled: save.busy,
      autoFocus: true,
    },
    busy: save.busy,
    otherFailure: save.failed && !wrong,
    submit,
    reset,
  };
}
