// Runs in: any environment.
//
// Whose consent is needed, by the pupil's age on the day the consent is used (brief §5,
// Dutch practice under the WGBO and AVG):
//   under 12      every parent/guardian with gezag;
//   12 to 15      those parents/guardians and the pupil;
//   16 and older  the pupil alone.
// The day of the 12th or 16th birthday already counts as 12 or 16. The consent form and
// evaluateConsent both use this one function, so the form always has signature lines for
// exactly the people the check will later ask for.
import type { IsoDate } from './dates';
import {
  displayName,
  guardiansWithGezag,
  pupilAgeOn,
  type GuardianRelation,
  type Pupil,
} from './pupil';

export type AgeBand = 'under-12' | '12-to-15' | '16-and-older';

/** Age in completed years from which the pupil consents too, and from which alone. */
export const PUPIL_CONSENTS_FROM_AGE = 12;
export const PUPIL_ALONE_FROM_AGE = 16;

/** The band for an age in completed years. */
export function ageBand(age: number): AgeBand {
  if (age >= PUPIL_ALONE_FROM_AGE) return '16-and-older';
  if (age >= PUPIL_CONSENTS_FROM_AGE) return '12-to-15';
  return 'under-12';
}

export type RequiredConsenter =
  | {
      readonly personKind: 'guardian';
      readonly guardianId: string;
      readonly name: string;
      readonly relation: GuardianRelation;
    }
  | { readonly personKind: 'pupil'; readonly name: string };

export interface ConsenterRequirement {
  readonly age: number;
  readonly band: AgeBand;
  /** Everyone who must consent, guardians first (in stored order), then the pupil. */
  readonly consenters: readonly RequiredConsenter[];
  /**
   * Set when the band needs parents but no guardian is recorded with gezag: no consent can
   * be complete until the pupil record is corrected.
   */
  readonly problem?: 'no-guardian-with-gezag';
}

/** Who must consent for `pupil` on `onDate`; the pupil is named as on forms (displayName). */
export function requiredConsenters(
  pupil: Pick<Pupil, 'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'guardians'>,
  onDate: IsoDate,
): ConsenterRequirement {
  const age = pupilAgeOn(pupil, onDate);
  const band = ageBand(age);
  const pupilConsenter: RequiredConsenter = { personKind: 'pupil', name: displayName(pupil) };
  if (band === '16-and-older') return { age, band, consenters: [pupilConsenter] };

  const guardians: RequiredConsenter[] = guardiansWithGezag(pupil).map((g) => ({
    personKind: 'guardian',
    guardianId: g.id,
    name: g.name,
    relation: g.relation,
  }));
  const consenters = band === '12-to-15' ? [...guardians, pupilConsenter] : guardians;
  return guardians.length === 0
    ? { age, band, consenters, problem: 'no-guardian-with-gezag' }
    : { age, band, consenters };
}
