// Runs in: renderer.
//
// Turns a case dialog's field error code into its message, so every part of the case screen
// writes them the same way. Dates are written with i18n/useFormatIsoDate.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../../shared/domain/caseDialogChecks';

/** The message for a field error, or undefined (for TextField's helperText fallback). */
export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return useCallback(
    (error: FieldError | undefined) =>
      error === undefined ? undefined : t(`cases.errors.${error}`),
    [t],
  );
}
