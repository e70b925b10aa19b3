// Runs in: renderer.
//
// Bridges the domain's calendar dates ("YYYY-MM-DD") and the UI: today's date on this
// computer's calendar, and a Date at local midnight for formatDate, so a birthday is never
// shown one day off whatever the time zone.
import { dateParts, isoDate, type IsoDate } from '../../../../shared/domain/dates';

/** The local calendar date of `now`. */
export function localIsoDate(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Local midnight of a calendar date, for display; undefined for a non-date. */
export function isoToLocalDate(date: IsoDate): Date | undefined {
  const parts = dateParts(date);
  return parts === undefined ? undefined : new Date(parts.year, parts.month - 1, parts.day);
}
