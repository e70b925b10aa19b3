// Runs in: renderer.
//
// "Huidige wachtwoordzin": the field every security change starts with (changing the
// passphrase, a new recovery code, remembering this computer), so that someone who finds an
// unlocked session cannot change how the vault is opened.
import { useTranslation } from 'react-i18next';
import { PassphraseField } from '../PassphraseField';

export interface CurrentPassphraseFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly disabled?: boolean;
  readonly autoFocus?: boolean;
}

export function CurrentPassphraseField({
  value,
  onChange,
  error,
  disabled = false,
  autoFocus = false,
}: CurrentPassphraseFieldProps) {
  const { t } = useTranslation();
  return (
    <PassphraseField
      id="current-passphrase"
      label={t('vault.passphrase.currentLabel')}
      value={value}
      onChange={onChange}
      error={error}
      autoComplete="current-password"
      disabled={disabled}
      autoFocus={autoFocus}
    />
  );
}
