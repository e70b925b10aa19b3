// Runs in: any environment.
//
// Reading single cell values the way Dutch school exports write them: dates as dd-mm-jjjj
// (also d-m-jjjj, dd/mm/jjjj, dd.mm.jjjj, ISO jjjj-mm-dd, with or without Excel's " 0:00"),
// yes/no as ja/nee/j/n/x, and relations as moeder/vader/verzorger/voogd.
import { isoDate, isValidIsoDate, type IsoDate } from '../../domain/dates';
import type { GuardianRelation } from '../../domain/pupil';
import { normalizeForSearch } from '../../search/normalize';

export type DateParseResult =
  | { readonly ok: true; readonly value: IsoDate }
  | { readonly ok: false; readonly code: 'date-not-recognised' | 'date-not-in-calendar' };

const DUTCH_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME_SUFFIX = /\s+\d{1,2}:\d{2}(:\d{2})?$/;

/**
 * Parses a date cell. A recognised shape that is not a real day (31-02-2015) is
 * 'date-not-in-calendar'; anything else unreadable is 'date-not-recognised'. Two-digit
 * years are refused: "12-03-15" could be 1915 or 2015.
 */
export function parseDutchDate(text: string): DateParseResult {
  const value = text.trim().replace(TIME_SUFFIX, '');
  let year: number;
  let month: number;
  let day: number;
  const dutch = DUTCH_DATE.exec(value);
  const iso = ISO_DATE.exec(value);
  if (dutch !== null) {
    day = Number(dutch[1]);
    month = Number(dutch[3]);
    year = Number(dutch[4]);
  } else if (iso !== null) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return { ok: false, code: 'date-not-recognised' };
  }
  if (month < 1 || month > 12 || day < 1) return { ok: false, code: 'date-not-in-calendar' };
  const date = isoDate(year, month, day);
  return isValidIsoDate(date)
    ? { ok: true, value: date }
    : { ok: false, code: 'date-not-in-calendar' };
}

const YES = new Set([
  'ja',
  'j',
  'yes',
  'y',
  'x',
  '1',
  'waar',
  'true',
  'gezag',
  'heeft gezag',
  'wel',
]);
const NO = new Set(['nee', 'n', 'no', '0', 'onwaar', 'false', 'geen', 'geen gezag', 'niet']);

/** ja/nee and friends → boolean; undefined for empty or unrecognised text. */
export function parseYesNo(text: string): boolean | undefined {
  const value = normalizeForSearch(text);
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}

const RELATIONS: Readonly<Record<string, GuardianRelation>> = {
  moeder: 'moeder',
  mama: 'moeder',
  vader: 'vader',
  papa: 'vader',
  verzorger: 'verzorger',
  verzorgster: 'verzorger',
  pleegouder: 'verzorger',
  pleegmoeder: 'verzorger',
  pleegvader: 'verzorger',
  voogd: 'voogd',
};

/** A relation text → relation; undefined for text we do not recognise (the caller decides). */
export function parseRelation(text: string): GuardianRelation | undefined {
  return RELATIONS[normalizeForSearch(text)];
}
