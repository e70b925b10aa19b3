// Runs in: renderer.
//
// Choosing a passphrase: the new one, its repetition, and a strength meter that explains in
// plain Dutch what to improve. Used at first run, after a recovery-code unlock and when
// changing the passphrase. The parent learns through onValidity whether it may submit.
import { useEffect } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PassphraseField } from './PassphraseField';
import { usePassphraseEvaluation } from './usePassphraseEvaluation';

export interface NewPassphraseValue {
  readonly passphrase: string;
  readonly repeat: string;
}

export interface NewPassphraseFieldsProps {
  readonly value: NewPassphraseValue;
  readonly onChange: (value: NewPassphraseValue) => void;
  /** True when the passphrase is acceptable and repeated correctly. */
  readonly onValidity: (valid: boolean) => void;
  /** Words the passphrase must not contain (school name, user name). */
  readonly userInputs: readonly string[];
  /** Show the mismatch message (after a submit attempt or when the repeat field is complete). */
  readonly showErrors: boolean;
  readonly disabled?: boolean;
  readonly autoFocus?: boolean;
}

const METER_COLOURS = ['error', 'error', 'warning', 'success', 'success'] as const;

export function NewPassphraseFields({
  value,
  onChange,
  onValidity,
  userInputs,
  showErrors,
  disabled = false,
  autoFocus = false,
}: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const evaluation = usePassphraseEvaluation(value.passphrase, userInputs);
  const matches = value.passphrase === value.repeat;
  const valid = evaluation !== null && evaluation.acceptable && matches;
  useEffect(() => onValidity(valid), [valid, onValidity]);

  const mismatch =
    (showErrors || value.repeat.length >= value.passphrase.length) &&
    value.repeat !== '' &&
    !matches;
  const problem = evaluation?.problems[0];
  return (
    <Stack spacing={2}>
      <PassphraseField
        id="new-passphrase"
        label={t('vault.passphrase.newLabel')}
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
        autoComplete="new-password"
        autoFocus={autoFocus}
        disabled={disabled}
        error={
          showErrors && evaluation !== null && !evaluation.acceptable
            ? t(`vault.passphrase.problems.${problem ?? 'too-weak'}`)
            : undefined
        }
      />
      {value.passphrase !== '' && (
        <Box aria-live="polite">
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between' }}>
            <Typography variant="body2" id="passphrase-strength-label">
              {t('vault.passphrase.strengthLabel')}
            </Typography>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {evaluation === null
                ? t('vault.passphrase.checking')
                : t(`vault.passphrase.score.${evaluation.score}`)}
            </Typography>
          </Stack>
          <LinearProgress
            variant="determinate"
            value={evaluation === null ? 0 : ((evaluation.score + 1) / 5) * 100}
            color={evaluation === null ? 'inherit' : METER_COLOURS[evaluation.score]}
            aria-labelledby="passphrase-strength-label"
            sx={{ height: 8, borderRadius: 4, mt: 0.5 }}
          />
          {evaluation !== null && (
            <Typography
              variant="body2"
              color={evaluation.acceptable ? 'success.main' : 'text.secondary'}
              sx={{ mt: 0.5 }}
            >
              {evaluation.acceptable
                ? t('vault.passphrase.acceptable')
                : t(`vault.passphrase.problems.${problem ?? 'too-weak'}`)}
            </Typography>
          )}
        </Box>
      )}
      <PassphraseField
        id="repeat-passphrase"
        label={t('vault.passphrase.confirmLabel')}
        value={value.repeat}
        onChange={(repeat) => onChange({ ...value, repeat })}
        autoComplete="new-password"
        disabled={disabled}
        error={mismatch ? t('vault.passphrase.mismatch') : undefined}
      />
    </Stack>
  );
}
