// Runs in: any environment.
//
// The leerling (pupil) record: only what care work needs (brief §9, "share the minimum"):
// the name, date of birth, group, where the family lives (for routing to the right team),
// and the parents/guardians with whether they hold parental authority (gezag), because gezag
// decides whose consent is needed.
import { z } from 'zod';
import { defineRecordType } from '../records/registry';
import { ageOnDate, isoDateSchema, timestampSchema, type IsoDate } from './dates';
import { emailSchema, phoneSchema, recordIdSchema, requiredText } from './fields';
import { postcodeSchema } from './postcode';

export const GUARDIAN_RELATIONS = ['moeder', 'vader', 'verzorger', 'voogd', 'other'] as const;
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];

export const guardianSchema = z
  .object({
    /** Stable within the pupil; consents refer to it ("givenBy.guardianId"). */
    id: recordIdSchema,
    name: requiredText(200),
    relation: z.enum(GUARDIAN_RELATIONS),
    /** Holds parental authority (ouderlijk gezag or voogdij): their consent is needed under 16. */
    hasGezag: z.boolean(),
    phone: phoneSchema.optional(),
    email: emailSchema.optional(),
  })
  .strict();
export type Guardian = z.infer<typeof guardianSchema>;

export const pupilSchema = z
  .object({
    id: recordIdSchema,
    /** Roepnaam: the name the child is called by. */
    firstName: requiredText(100),
    /** "van", "de", "van der", … kept apart so names sort by the surname proper. */
    tussenvoegsel: requiredText(40).optional(),
    lastName: requiredText(100),
    dateOfBirth: isoDateSchema,
    /** Groep or klas as the school names it ("5B", "Groep 7", "H2c"). */
    group: requiredText(40).optional(),
    homeMunicipality: requiredText(100).optional(),
    /** Normalised "1234 AB". */
    homePostcode: postcodeSchema.optional(),
    guardians: z
      .array(guardianSchema)
      .max(8)
      .refine((list) => new Set(list.map((g) => g.id)).size === list.length, {
        message: 'guardian ids must be unique',
      }),
    /** Leerlingnummer in the school administration system, for matching re-imports. */
    externalId: requiredText(40).optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type Pupil = z.infer<typeof pupilSchema>;

/** A guardian before it is stored: the id is given when the pupil is created. */
export type GuardianInput = Omit<Guardian, 'id'>;

/** What a form or the CSV import produces: a pupil without id and bookkeeping. */
export type PupilInput = Omit<Pupil, 'id' | 'createdAt' | 'updatedAt' | 'guardians'> & {
  readonly guardians: readonly GuardianInput[];
};

/**
 * Materialises a pupil from input. Pure: the caller passes the id generator (newRecordId
 * in the app) and the current time, so tests and the import preview stay deterministic.
 */
export function createPupil(
  input: PupilInput,
  context: { readonly newId: () => string; readonly now: string },
): Pupil {
  return pupilSchema.parse({
    ...input,
    id: context.newId(),
    guardians: input.guardians.map((g) => ({ ...g, id: context.newId() })),
    createdAt: context.now,
    updatedAt: context.now,
  });
}

function clean(part: string | undefined): string {
  return (part ?? '').trim().replace(/\s+/g, ' ');
}

/**
 * The name as Dutch people write it in running text: "Emma van der Berg". After a first
 * name the tussenvoegsel is written in lower case, whatever the school system stored.
 */
export function displayName(
  pupil: Pick<Pupil, 'firstName' | 'tussenvoegsel' | 'lastName'>,
): string {
  return [clean(pupil.firstName), clean(pupil.tussenvoegsel).toLowerCase(), clean(pupil.lastName)]
    .filter((p) => p !== '')
    .join(' ');
}

/**
 * The surname on its own, as in "familie Van der Berg": without a first name before it,
 * the tussenvoegsel starts with a capital.
 */
export function surname(pupil: Pick<Pupil, 'tussenvoegsel' | 'lastName'>): string {
  const prefix = clean(pupil.tussenvoegsel).toLowerCase();
  const full = [prefix, clean(pupil.lastName)].filter((p) => p !== '').join(' ');
  return full.charAt(0).toUpperCase() + full.slice(1);
}

/**
 * The form Dutch lists sort by: "Berg, Emma van der". The tussenvoegsel does not count for
 * alphabetical order in the Netherlands.
 */
export function sortName(pupil: Pick<Pupil, 'firstName' | 'tussenvoegsel' | 'lastName'>): string {
  const given = [clean(pupil.firstName), clean(pupil.tussenvoegsel).toLowerCase()]
    .filter((p) => p !== '')
    .join(' ');
  return `${clean(pupil.lastName)}, ${given}`;
}

/** The pupil's age in completed years on `onDate` (see ageOnDate for birthdays and 29 February). */
export function pupilAgeOn(pupil: Pick<Pupil, 'dateOfBirth'>, onDate: IsoDate): number {
  return ageOnDate(pupil.dateOfBirth, onDate);
}

/** Guardians with parental authority, in stored order. */
export function guardiansWithGezag(pupil: Pick<Pupil, 'guardians'>): Guardian[] {
  return pupil.guardians.filter((g) => g.hasGezag);
}

export const pupilRecordType = defineRecordType({
  type: 'pupil',
  version: 1,
  schema: pupilSchema,
  migrations: {},
  searchText: (p) => [displayName(p), p.externalId ?? '', p.group ?? ''],
});
