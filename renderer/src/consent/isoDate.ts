// Runs in: renderer.
//
// Bridges the domain's calendar dates ("YYYY-MM-DD" strings) and the screen: today's date
// on this computer's calendar, and a calendar date written in the UI language.
import { isoDate, dateParts, type IsoDate } from '../../../shared/domain/dates';
import type { Language } from '../../../shared/settings/schema';
import { formatDate, type DateStyle } from '../i18n/dates';

/** The local calendar date of `now` (the school's day, not UTC's). */
export function todayIso(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A calendar date as a local Date at noon, for Intl formatting (noon survives any DST shift). */
export function isoToLocalDate(date: IsoDate): Date | undefined {
  const parts = dateParts(date);
  return parts === undefined ? undefined : new Date(parts.year, parts.month - 1, parts.day, 12);
}

/** "22 november 2026" (nl) / "22 November 2026" (en); the raw text when it is not a date. */
export function formatIsoDate(date: IsoDate, language: Language, style: DateStyle = 'long'): string {
  const local = isoToLocalDate(date);
  return local === undefined ? date : formatDate(local, language, style);
}
