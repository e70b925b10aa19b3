// Runs in: renderer.
//
// All dates shown in the UI go through here, so they are always written the Dutch way in
// Dutch ("22 november 2026") and the British way in English, never in the system's locale.
import { isoToLocalDate, type IsoDate } from '../../../shared/domain/dates';
import type { Language } from '../../../shared/settings/schema';

export const DATE_LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' };

export type DateStyle = 'full' | 'long' | 'medium' | 'short';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, style: DateStyle): Intl.DateTimeFormat {
  const key = `${language}:${style}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.DateTimeFormat(DATE_LOCALES[language], { dateStyle: style });
    formatters.set(key, cached);
  }
  return cached;
}

/** Formats a calendar date, e.g. nl/long: "22 november 2026", en/long: "22 November 2026". */
export function formatDate(date: Date, language: Language, style: DateStyle = 'long'): string {
  return formatter(language, style).format(date);
}

/** A calendar date "YYYY-MM-DD" written in the UI language; the raw text when it is not a date. */
export function formatIsoDate(
  date: IsoDate,
  language: Language,
  style: DateStyle = 'long',
): string {
  const local = isoToLocalDate(date);
  return local === undefined ? date : formatDate(local, language, style);
}
