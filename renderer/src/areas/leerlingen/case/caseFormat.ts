// Runs in: renderer.
//
// Shows the case's calendar dates in the UI language ("7 maart 2026"), and turns a field
// error code into its message, so every part of the case screen writes them the same way.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../../shared/domain/dates';
import { formatIsoDate } from '../../../i18n/dates';
import { useLanguage } from '../../../i18n/useLanguage';
import type { FieldError } from '../../../../../shared/domain/caseDialogChecks';

export function useFormatIsoDate(): (date: IsoDate) => string {
  const { language } = useLanguage();
  return useCallback((date: IsoDate) => formatIsoDate(date, language), [language]);
}

/** The message for a field error, or undefined (for TextField's helperText fallback). */
export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return useCallback((error: FieldError | undefined) => (error === undefined ? undefined : t(`cases.errors.${error}`)), [t]);
}
