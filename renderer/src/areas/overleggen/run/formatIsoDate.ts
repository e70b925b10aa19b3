// Runs in: renderer.
//
// A calendar date ("YYYY-MM-DD") in the user's language, e.g. "1 december 2026".
import type { Language } from '../../../../../shared/settings/schema';
import { formatDate, type DateStyle } from '../../../i18n/dates';
import { isoToLocalDate } from '../../leerlingen/calendarDates';

export function formatIsoDate(date: string, language: Language, style: DateStyle = 'long'): string {
  const local = isoToLocalDate(date);
  return local === undefined ? date : formatDate(local, language, style);
}
