// Runs in: renderer.
//
// Dutch (or English) text for a form field's error code, so every form says the same thing
// for the same mistake and tells the user what to do.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrorCode } from '../../../shared/domain/directoryForm';

export interface FieldError {
  readonly code: FieldErrorCode;
  readonly token?: string;
}

/** Returns a function that turns a field error into its message ('' for none). */
export function useFieldErrorText(): (error: FieldError | undefined) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: FieldError | undefined) =>
      error === undefined
        ? ''
        : t(`directory.fieldErrors.${error.code}`, { token: error.token ?? '' }),
    [t],
  );
}
