// Runs in: any environment.
//
// The default "valid until" of a new consent: schools ask consent per school year (1 August
// to 31 July), so a consent ends on the 31 July that closes the school year. Asked in June
// or July, when the year is nearly over, it runs to the end of the next school year, so the
// parents are not asked twice within weeks.
import { dateParts, isoDate, type IsoDate } from './dates';

/** Month (1-12) from which a new consent counts for the coming school year. */
export const NEXT_SCHOOL_YEAR_FROM_MONTH = 6;

/** The last day (31 July) of the school year a consent given on `date` should cover. */
export function defaultConsentValidUntil(date: IsoDate): IsoDate {
  const parts = dateParts(date);
  if (parts === undefined) return date;
  const endYear = parts.month >= NEXT_SCHOOL_YEAR_FROM_MONTH ? parts.year + 1 : parts.year;
  return isoDate(endYear, 7, 31);
}
