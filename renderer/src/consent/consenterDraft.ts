// Runs in: renderer.
//
// The "who gave consent" part of the record dialog. The people come from requiredConsenters
// (the same rule the check applies), one row each; the rows keep what was typed when the
// consent date changes and the set of required people changes with the pupil's age.
import type { ConsentGiver, ConsentMethod } from '../../../shared/domain/consent';
import type { RequiredConsenter } from '../../../shared/domain/consenters';
import type { IsoDate } from '../../../shared/domain/dates';

export interface ConsenterRow {
  /** 'pupil' or the guardian id. */
  readonly key: string;
  readonly person: RequiredConsenter;
  readonly gave: boolean;
  readonly method: ConsentMethod;
  readonly witnessedBy: string;
  /** '' means: the consent's own date. */
  readonly date: string;
}

export function consenterKey(person: RequiredConsenter): string {
  return person.personKind === 'pupil' ? 'pupil' : person.guardianId;
}

/** Rows for `people`, keeping what `previous` rows held for the same person. */
export function consenterRows(people: readonly RequiredConsenter[], previous: readonly ConsenterRow[]): ConsenterRow[] {
  return people.map((person) => {
    const key = consenterKey(person);
    const old = previous.find((r) => r.key === key);
    return old === undefined ? { key, person, gave: true, method: 'schriftelijk', witnessedBy: '', date: '' } : { ...old, person };
  });
}

/** The givenBy entries for the ticked rows; a row without its own date takes `consentDate`. */
export function giversOf(rows: readonly ConsenterRow[], consentDate: IsoDate): ConsentGiver[] {
  return rows
    .filter((r) => r.gave)
    .map((r) => {
      const witnessedBy = r.witnessedBy.trim();
      return {
        personKind: r.person.personKind,
        ...(r.person.personKind === 'guardian' ? { guardianId: r.person.guardianId } : {}),
        name: r.person.name,
        method: r.method,
        ...(witnessedBy === '' ? {} : { witnessedBy }),
        date: r.date.trim() === '' ? consentDate : r.date.trim(),
      };
    });
}
