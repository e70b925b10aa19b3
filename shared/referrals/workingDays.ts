// Runs in: any environment.
//
// Working-day arithmetic for referral deadlines: the ondersteuningsteam promises contact
// within five working days (brief §6). Saturdays and Sundays do not count; public and
// school holidays are not known to the app and do count (documented in docs/referrals.md).
import { addDays, dateParts, type IsoDate } from '../domain/dates';

/** Default working days between sending and the expected first contact. */
export const DEFAULT_CONTACT_WORKING_DAYS = 5;
/** Default working days between sending and the expected feedback to school (four weeks). */
export const DEFAULT_FEEDBACK_WORKING_DAYS = 20;

/** 0 = Sunday … 6 = Saturday, computed in UTC so no time zone can shift it. */
export function weekday(date: IsoDate): number {
  const parts = dateParts(date);
  if (parts === undefined) throw new RangeError('not a calendar date YYYY-MM-DD');
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/**
 * The date `n` working days after `date` (n >= 0, an integer). Counting starts the day after
 * `date`, so a Friday + 5 is the next Friday. n = 0 returns `date` itself, even on a weekend.
 * Dates in `holidays` (non-working weekdays, e.g. Koningsdag) are skipped like weekends.
 */
export function addWorkingDays(
  date: IsoDate,
  n: number,
  holidays: readonly IsoDate[] = [],
): IsoDate {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError('working days must be a whole number >= 0');
  const off = new Set(holidays);
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (!isWeekend(current) && !off.has(current)) left -= 1;
  }
  return current;
}

/** When first contact from the recipient is due: `days` working days after sending. */
export function expectedContactDate(
  sentDate: IsoDate,
  days: number = DEFAULT_CONTACT_WORKING_DAYS,
  holidays: readonly IsoDate[] = [],
): IsoDate {
  return addWorkingDays(sentDate, days, holidays);
}

/** When feedback to school is due: `days` working days after sending. */
export function expectedFeedbackDate(
  sentDate: IsoDate,
  days: number = DEFAULT_FEEDBACK_WORKING_DAYS,
  holidays: readonly IsoDate[] = [],
): IsoDate {
  return addWorkingDays(sentDate, days, holidays);
}

/**
 * Working days from `from` to `to`: the n for which addWorkingDays(from, n) is the first
 * working day on or after `to` (so contact on the Monday after a Friday send is 1). Zero when
 * `to` is not after `from`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  let count = 0;
  let current = from;
  while (current < to) {
    current = addDays(current, 1);
    if (!isWeekend(current)) count += 1;
  }
  return count;
}
