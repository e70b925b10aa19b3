// Runs in: any environment.
//
// How long closed cases are kept (brief §9, practice): a school setting, by default two
// years after closing. Cases past the term are listed for review; deleting them for real is
// the vault's job (with the audit trail keeping only that a deletion happened).
import { z } from 'zod';
import type { Zorgdossier } from './case';
import { addYears, compareIsoDates, type IsoDate } from './dates';

export const DEFAULT_RETENTION_YEARS_AFTER_CLOSING = 2;

/** Whole years, 1 to 20: shorter would lose files still in use, longer has no care purpose. */
export const retentionYearsSchema = z.number().int().min(1).max(20);

/**
 * The first day a case closed on `closedAt` is past its term: the anniversary of closing
 * after `years` years (29 February closings fall due on 1 March in other years).
 */
export function retentionDueOn(closedAt: IsoDate, years: number): IsoDate {
  return addYears(closedAt, years);
}

export interface CaseDueForReview {
  readonly case: Zorgdossier;
  /** The day the term ended. */
  readonly dueSince: IsoDate;
}

/**
 * Closed cases whose retention term has ended on or before `onDate`, longest overdue first.
 * Open cases are never listed, however old.
 */
export function casesPastRetention(
  cases: readonly Zorgdossier[],
  onDate: IsoDate,
  years: number = DEFAULT_RETENTION_YEARS_AFTER_CLOSING,
): CaseDueForReview[] {
  const due: CaseDueForReview[] = [];
  for (const c of cases) {
    if (c.status !== 'afgesloten' || c.closedAt === undefined) continue;
    const dueSince = retentionDueOn(c.closedAt, years);
    if (compareIsoDates(dueSince, onDate) <= 0) due.push({ case: c, dueSince });
  }
  return due.sort(
    (a, b) =>
      compareIsoDates(a.dueSince, b.dueSince) ||
      (a.case.id < b.case.id ? -1 : a.case.id > b.case.id ? 1 : 0),
  );
}
