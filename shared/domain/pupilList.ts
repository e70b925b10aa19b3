// Runs in: any environment.
//
// The rows of the Leerlingen list, kept pure so sorting, filtering and counting can be tested
// without a browser: sorted the Dutch way (by surname proper, "Berg, Emma van der"), filtered
// without case or accents ("ozdemir" finds "Özdemir"), with the number of open cases each.
import type { Zorgdossier } from './case';
import { isOpenStatus } from './caseStatus';
import { displayName, sortName, type Pupil } from './pupil';
import { normalizeForSearch } from '../search/normalize';

export interface PupilRow {
  readonly pupil: Pupil;
  readonly name: string;
  readonly sortName: string;
  /** Normalised name, group and leerlingnummer, for the instant filter. */
  readonly searchKey: string;
  readonly openCases: number;
}

/** Open cases per pupil id. */
export function openCaseCounts(
  cases: readonly Pick<Zorgdossier, 'pupilId' | 'status'>[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cases) {
    if (isOpenStatus(c.status)) counts.set(c.pupilId, (counts.get(c.pupilId) ?? 0) + 1);
  }
  return counts;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** All pupils as list rows, sorted by sortName (then date of birth, then id, so the order is stable). */
export function buildPupilRows(
  pupils: readonly Pupil[],
  cases: readonly Pick<Zorgdossier, 'pupilId' | 'status'>[],
): PupilRow[] {
  const counts = openCaseCounts(cases);
  return pupils
    .map((pupil) => {
      const name = displayName(pupil);
      return {
        pupil,
        name,
        sortName: sortName(pupil),
        searchKey: normalizeForSearch([name, pupil.group ?? '', pupil.externalId ?? ''].join(' ')),
        openCases: counts.get(pupil.id) ?? 0,
      };
    })
    .sort(
      (a, b) =>
        collator.compare(a.sortName, b.sortName) ||
        (a.pupil.dateOfBirth < b.pupil.dateOfBirth
          ? -1
          : a.pupil.dateOfBirth > b.pupil.dateOfBirth
            ? 1
            : 0) ||
        (a.pupil.id < b.pupil.id ? -1 : a.pupil.id > b.pupil.id ? 1 : 0),
    );
}

/** Rows whose name, group or number contain every word of the query (no case, no accents). */
export function filterPupilRows(rows: readonly PupilRow[], query: string): readonly PupilRow[] {
  const words = normalizeForSearch(query)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return rows;
  return rows.filter((row) => words.every((word) => row.searchKey.includes(word)));
}

/** The row's stable key (the pupil's record id). */
export function pupilRowKey(row: PupilRow): string {
  return row.pupil.id;
}
