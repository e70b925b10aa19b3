// Runs in: renderer.
//
// A passphrase input with a show/hide button. Browsers must not remember or suggest
// passphrases on a shared school computer, hence autocomplete is off for new ones.
import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useTranslation } from 'react-i18next';

export interface PassphraseFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly helperText?: string | undefined;
  readonly autoFocus?: boolean;
  readonly disabled?: boolean;
  /**
   * Kept for the caller's intent, but never passed on: browsers must not offer to save or
   * fill a vault passphrase on a shared school computer, so the input always says 'off'.
   */
  readonly autoComplete: 'current-password' | 'new-password';
}

export function PassphraseField({
  id,
  label,
  value,
  onChange,
  error,
  helperText,
  autoFocus = false,
  disabled = false,
  autoComplete,
}: PassphraseFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      id={id}
      label={label}
      type={visible ? 'text' : 'password'}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== undefined}
      helperText={error ?? helperText}
      autoFocus={autoFocus}
      disabled={disabled}
      fullWidth
      slotProps={{
        htmlInput: {
          autoComplete: 'off',
          'data-intent': autoComplete,
          spellCheck: false,
          autoCapitalize: 'off',
          maxLength: 1024,
        },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                onClick={() => setVisible((v) => !v)}
                aria-label={visible ? t('vault.passphrase.hide') : t('vault.passphrase.show')}
                edge="end"
              >
                {visible ? <VisibilityOff /> : <Visibility />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
