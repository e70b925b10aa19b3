// Runs in: any environment.
//
// The "who gave consent" part of the record dialog. The people come from requiredConsenters
// (the same rule the check applies), one row each; the rows keep what was typed when the
// consent date changes and the set of required people changes with the pupil's age.
//
// Consent is an explicit act: a new row has no answer, no method and no date. The user marks
// for each person given / refused / not (yet) asked, and for an answer how (written, or
// verbal with who heard it) and when; checkRows says what is still missing.
import type { ConsentAnswer, ConsentGiver, ConsentMethod, ConsentNotAsked } from './consent';
import type { RequiredConsenter } from './consenters';
import { isValidIsoDate } from './dates';

export interface ConsenterRow {
  /** 'pupil' or the guardian id. */
  readonly key: string;
  readonly person: RequiredConsenter;
  /** Undefined until the user chooses. */
  readonly answer?: ConsentAnswer;
  /** Undefined until the user chooses (for 'given' and 'refused'). */
  readonly method?: ConsentMethod;
  readonly witnessedBy: string;
  /** The day this person answered; empty until typed. */
  readonly date: string;
}

export function consenterKey(person: RequiredConsenter): string {
  return person.personKind === 'pupil' ? 'pupil' : person.guardianId;
}

/** Rows for `people`, keeping what `previous` rows held for the same person. */
export function consenterRows(
  people: readonly RequiredConsenter[],
  previous: readonly ConsenterRow[],
): ConsenterRow[] {
  return people.map((person) => {
    const key = consenterKey(person);
    const old = previous.find((r) => r.key === key);
    return old === undefined ? { key, person, witnessedBy: '', date: '' } : { ...old, person };
  });
}

export type RowError = 'method-required' | 'witness-required' | 'date-required' | 'date-invalid';

export interface RowsCheck {
  /** The people without an answer yet, in row order. */
  readonly unanswered: readonly RequiredConsenter[];
  /** Per row key, what is missing for its answer. */
  readonly errors: Readonly<Record<string, readonly RowError[]>>;
  /** True when nobody gave or refused: there is nothing to record. */
  readonly nobodyAnswered: boolean;
}

const answered = (row: ConsenterRow): boolean => row.answer === 'given' || row.answer === 'refused';

/** What stops the rows from being saved; all empty means they can be. */
export function checkRows(rows: readonly ConsenterRow[]): RowsCheck {
  const errors: Record<string, RowError[]> = {};
  for (const row of rows.filter(answered)) {
    const problems: RowError[] = [];
    if (row.method === undefined) problems.push('method-required');
    // Verbal consent only counts with who heard it (brief §5: "verbal, who witnessed").
    else if (row.method === 'mondeling' && row.witnessedBy.trim() === '')
      problems.push('witness-required');
    if (row.date.trim() === '') problems.push('date-required');
    else if (!isValidIsoDate(row.date.trim())) problems.push('date-invalid');
    if (problems.length > 0) errors[row.key] = problems;
  }
  return {
    unanswered: rows.filter((r) => r.answer === undefined).map((r) => r.person),
    errors,
    nobodyAnswered: !rows.some(answered),
  };
}

/** True when `check` lets the rows be saved. */
export function rowsComplete(check: RowsCheck): boolean {
  return (
    check.unanswered.length === 0 && Object.keys(check.errors).length === 0 && !check.nobodyAnswered
  );
}

function personOf(row: ConsenterRow): ConsentNotAsked {
  return {
    personKind: row.person.personKind,
    ...(row.person.personKind === 'guardian' ? { guardianId: row.person.guardianId } : {}),
    name: row.person.name,
  };
}

function answerOf(row: ConsenterRow): ConsentGiver {
  const witnessedBy = row.witnessedBy.trim();
  // checkRows has made sure a method was chosen; 'schriftelijk' is never a silent default here.
  if (row.method === undefined)
    throw new Error('A consent answer needs a method; run checkRows first.');
  return {
    ...personOf(row),
    method: row.method,
    ...(witnessedBy === '' ? {} : { witnessedBy }),
    date: row.date.trim(),
  };
}

/** The givenBy, refusedBy and notAsked lists of complete rows (see checkRows). */
export function answersOf(rows: readonly ConsenterRow[]): {
  givenBy: ConsentGiver[];
  refusedBy: ConsentGiver[];
  notAsked: ConsentNotAsked[];
} {
  return {
    givenBy: rows.filter((r) => r.answer === 'given').map(answerOf),
    refusedBy: rows.filter((r) => r.answer === 'refused').map(answerOf),
    notAsked: rows.filter((r) => r.answer === 'not-asked').map(personOf),
  };
}
