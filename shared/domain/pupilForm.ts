// Runs in: any environment.
//
// The add/edit pupil form as data: the draft the dialog edits (all strings, as typed), its
// validation into Dutch-translatable field error codes, and turning a valid draft into a
// pupil record that passes the domain schema. Pure, so every rule is unit-tested.
import { compareIsoDates, isValidIsoDate, type IsoDate } from './dates';
import { emailSchema, phoneSchema } from './fields';
import { normalizePostcode } from './postcode';
import { pupilSchema, type Guardian, type GuardianRelation, type Pupil } from './pupil';
import { nameAndBirthKey } from '../import/csv/duplicates';

export interface GuardianDraft {
  /** Stable key for React and for error lookup; the stored guardian id when editing. */
  readonly key: string;
  readonly name: string;
  readonly relation: GuardianRelation;
  readonly hasGezag: boolean;
  readonly phone: string;
  readonly email: string;
}

export interface PupilDraft {
  readonly firstName: string;
  readonly tussenvoegsel: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
  readonly group: string;
  readonly homeMunicipality: string;
  readonly homePostcode: string;
  readonly guardians: readonly GuardianDraft[];
}

export type PupilTextField = Exclude<keyof PupilDraft, 'guardians'>;
export type GuardianTextField = 'name' | 'phone' | 'email';

export type FieldErrorCode =
  | 'required'
  | 'too-long'
  | 'date-invalid'
  | 'date-in-future'
  | 'postcode-invalid'
  | 'phone-invalid'
  | 'email-invalid';

export interface DraftErrors {
  readonly fields: Partial<Record<PupilTextField, FieldErrorCode>>;
  /** By guardian key. */
  readonly guardians: Readonly<Record<string, Partial<Record<GuardianTextField, FieldErrorCode>>>>;
}

export const MAX_GUARDIANS = 8;

export const EMPTY_PUPIL_DRAFT: PupilDraft = {
  firstName: '',
  tussenvoegsel: '',
  lastName: '',
  dateOfBirth: '',
  group: '',
  homeMunicipality: '',
  homePostcode: '',
  guardians: [],
};

export function emptyGuardianDraft(key: string): GuardianDraft {
  return { key, name: '', relation: 'moeder', hasGezag: true, phone: '', email: '' };
}

/** The draft for editing a stored pupil. */
export function draftFromPupil(pupil: Pupil): PupilDraft {
  return {
    firstName: pupil.firstName,
    tussenvoegsel: pupil.tussenvoegsel ?? '',
    lastName: pupil.lastName,
    dateOfBirth: pupil.dateOfBirth,
    group: pupil.group ?? '',
    homeMunicipality: pupil.homeMunicipality ?? '',
    homePostcode: pupil.homePostcode ?? '',
    guardians: pupil.guardians.map((g) => ({
      key: g.id,
      name: g.name,
      relation: g.relation,
      hasGezag: g.hasGezag,
      phone: g.phone ?? '',
      email: g.email ?? '',
    })),
  };
}

const MAX_LENGTH: Readonly<
  Record<Exclude<PupilTextField, 'dateOfBirth' | 'homePostcode'>, number>
> = {
  firstName: 100,
  tussenvoegsel: 40,
  lastName: 100,
  group: 40,
  homeMunicipality: 100,
};

function textError(value: string, max: number, required: boolean): FieldErrorCode | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return required ? 'required' : undefined;
  return trimmed.length > max ? 'too-long' : undefined;
}

/** Checks the draft; an empty result (no fields, no guardians) means it can be saved. */
export function validatePupilDraft(draft: PupilDraft, today: IsoDate): DraftErrors {
  const fields: Partial<Record<PupilTextField, FieldErrorCode>> = {};
  const set = (field: PupilTextField, code: FieldErrorCode | undefined): void => {
    if (code !== undefined) fields[field] = code;
  };
  set('firstName', textError(draft.firstName, MAX_LENGTH.firstName, true));
  set('tussenvoegsel', textError(draft.tussenvoegsel, MAX_LENGTH.tussenvoegsel, false));
  set('lastName', textError(draft.lastName, MAX_LENGTH.lastName, true));
  set('group', textError(draft.group, MAX_LENGTH.group, false));
  set('homeMunicipality', textError(draft.homeMunicipality, MAX_LENGTH.homeMunicipality, false));
  const dob = draft.dateOfBirth.trim();
  if (dob === '') set('dateOfBirth', 'required');
  else if (!isValidIsoDate(dob)) set('dateOfBirth', 'date-invalid');
  else if (compareIsoDates(dob, today) > 0) set('dateOfBirth', 'date-in-future');
  if (draft.homePostcode.trim() !== '' && normalizePostcode(draft.homePostcode) === undefined)
    set('homePostcode', 'postcode-invalid');

  const guardians: Record<string, Partial<Record<GuardianTextField, FieldErrorCode>>> = {};
  for (const g of draft.guardians) {
    const errors: Partial<Record<GuardianTextField, FieldErrorCode>> = {};
    const nameError = textError(g.name, 200, true);
    if (nameError !== undefined) errors.name = nameError;
    if (g.phone.trim() !== '' && !phoneSchema.safeParse(g.phone).success)
      errors.phone = 'phone-invalid';
    if (g.email.trim() !== '' && !emailSchema.safeParse(g.email).success)
      errors.email = 'email-invalid';
    if (Object.keys(errors).length > 0) guardians[g.key] = errors;
  }
  return { fields, guardians };
}

export function hasErrors(errors: DraftErrors): boolean {
  return Object.keys(errors.fields).length > 0 || Object.keys(errors.guardians).length > 0;
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Builds the pupil record from a valid draft. When editing, `existing` keeps its id, creation
 * time and leerlingnummer; guardians keep their ids (consents refer to them), new ones get
 * fresh ids. Returns undefined if the domain schema still refuses the result.
 */
export function pupilFromDraft(
  draft: PupilDraft,
  context: { readonly existing?: Pupil; readonly newId: () => string; readonly now: string },
): Pupil | undefined {
  const keptIds = new Set(context.existing?.guardians.map((g) => g.id) ?? []);
  const guardians: Guardian[] = draft.guardians.map((g) => {
    const phone = optional(g.phone);
    const email = optional(g.email);
    return {
      id: keptIds.has(g.key) ? g.key : context.newId(),
      name: g.name.trim(),
      relation: g.relation,
      hasGezag: g.hasGezag,
      ...(phone === undefined ? {} : { phone }),
      ...(email === undefined ? {} : { email }),
    };
  });
  const tussenvoegsel = optional(draft.tussenvoegsel);
  const group = optional(draft.group);
  const homeMunicipality = optional(draft.homeMunicipality);
  const homePostcode = normalizePostcode(draft.homePostcode);
  const candidate = {
    id: context.existing?.id ?? context.newId(),
    firstName: draft.firstName.trim(),
    ...(tussenvoegsel === undefined ? {} : { tussenvoegsel }),
    lastName: draft.lastName.trim(),
    dateOfBirth: draft.dateOfBirth.trim(),
    ...(group === undefined ? {} : { group }),
    ...(homeMunicipality === undefined ? {} : { homeMunicipality }),
    ...(homePostcode === undefined ? {} : { homePostcode }),
    guardians,
    ...(context.existing?.externalId === undefined
      ? {}
      : { externalId: context.existing.externalId }),
    createdAt: context.existing?.createdAt ?? context.now,
    updatedAt: context.now,
  };
  const parsed = pupilSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Another pupil with the same full name and date of birth (compared without case, accents or
 * punctuation), the same rule the import uses. `excludeId` leaves the pupil being edited out.
 */
export function findDuplicatePupil(
  pupils: readonly Pupil[],
  draft: PupilDraft,
  excludeId?: string,
): Pupil | undefined {
  if (
    draft.firstName.trim() === '' ||
    draft.lastName.trim() === '' ||
    !isValidIsoDate(draft.dateOfBirth.trim())
  )
    return undefined;
  const tussenvoegsel = optional(draft.tussenvoegsel);
  const key = nameAndBirthKey({
    firstName: draft.firstName,
    lastName: draft.lastName,
    dateOfBirth: draft.dateOfBirth.trim(),
    ...(tussenvoegsel === undefined ? {} : { tussenvoegsel }),
  });
  return pupils.find((p) => p.id !== excludeId && nameAndBirthKey(p) === key);
}

/** True when the draft differs from where it started (the dialog then guards against closing). */
export function isDraftDirty(draft: PupilDraft, initial: PupilDraft): boolean {
  return JSON.stringify(draft) !== JSON.stringify(initial);
}
