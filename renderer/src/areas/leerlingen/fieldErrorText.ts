// Runs in: renderer.
//
// Dutch (and English) text for the form error codes of the pupil and case forms: one place
// that says, per field, what the user should do.
import type { TFunction } from 'i18next';
import type { FieldErrorCode } from '../../../../shared/domain/pupilForm';

/** Which "required" message a field gets. */
export type RequiredKind =
  'firstName' | 'lastName' | 'dateOfBirth' | 'guardianName' | 'raisedBy' | 'signalDate';

export function fieldErrorText(
  t: TFunction,
  code: FieldErrorCode | undefined,
  required: RequiredKind | undefined = undefined,
): string | undefined {
  if (code === undefined) return undefined;
  switch (code) {
    case 'required':
      switch (required) {
        case 'firstName':
          return t('pupils.errors.firstNameRequired');
        case 'lastName':
          return t('pupils.errors.lastNameRequired');
        case 'dateOfBirth':
          return t('pupils.errors.dateOfBirthRequired');
        case 'guardianName':
          return t('pupils.errors.guardianNameRequired');
        case 'raisedBy':
          return t('pupils.errors.raisedByRequired');
        case 'signalDate':
          return t('pupils.errors.signalDateRequired');
        case undefined:
          return t('pupils.form.summary');
        default: {
          const _never: never = required;
          return _never;
        }
      }
    case 'too-long':
      return t('pupils.errors.tooLong');
    case 'date-invalid':
      return t('pupils.errors.dateInvalid');
    case 'date-in-future':
      return t('pupils.errors.dateInFuture');
    case 'postcode-invalid':
      return t('pupils.errors.postcodeInvalid');
    case 'phone-invalid':
      return t('pupils.errors.phoneInvalid');
    case 'email-invalid':
      return t('pupils.errors.emailInvalid');
    default: {
      const _never: never = code;
      return _never;
    }
  }
}
