// Runs in: any environment.
//
// The default "valid until" of a new consent: schools ask consent per school year (1 August
// to 31 July), so a consent ends on the 31 July that closes the school year. Asked in June
// or July, when the year is nearly over, it runs to the end of the next school year, so the
// parents are not asked twice within weeks.
import { addYears, dateParts, isoDate, type IsoDate } from './dates';

/** Month (1-12) from which a new consent counts for the coming school year. */
export const NEXT_SCHOOL_YEAR_FROM_MONTH = 6;

/** The last day (31 July) of the school year a consent given on `date` should cover. */
export function defaultConsentValidUntil(date: IsoDate): IsoDate {
  const parts = dateParts(date);
  if (parts === undefined) return date;
  const endYear = parts.month >= NEXT_SCHOOL_YEAR_FROM_MONTH ? parts.year + 1 : parts.year;
  return isoDate(endYear, 7, 31);
}

/** A span of calendar days, both ends inclusive. */
export interface DatePeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The school year that starts on 1 August of `startYear` (to 31 July of the next year). */
export function schoolYearPeriod(startYear: number): DatePeriod {
  return { from: isoDate(startYear, 8, 1), to: isoDate(startYear + 1, 7, 31) };
}

/** The year (of its 1 August) of the school year `date` falls in. */
export function schoolYearStartOf(date: IsoDate): number {
  const parts = dateParts(date);
  if (parts === undefined) throw new RangeError('not a calendar date YYYY-MM-DD');
  return parts.month >= 8 ? parts.year : parts.year - 1;
}

/** True when `date` lies within `period` (both ends count). */
export function inPeriod(date: IsoDate, period: DatePeriod): boolean {
  return date >= period.from && date <= period.to;
}

/** The same period one year earlier, to compare with ("the year before"). */
export function yearBefore(period: DatePeriod): DatePeriod {
  return { from: addYears(period.from, -1), to: addYears(period.to, -1) };
}
