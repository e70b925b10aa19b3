// Runs in: any environment.
//
// Calendar dates as plain "YYYY-MM-DD" strings. Care work is about days, not instants: a
// consent is valid "until 31 July", a pupil turns 12 "on 3 March", wherever the computer's
// clock or time zone is. Keeping dates as strings (and doing the arithmetic in UTC) means no
// time zone can ever shift a birthday or an expiry by one day.
//
// This is the one date module: every layer takes "today", day arithmetic and the bridge to a
// JavaScript Date from here (the UI only adds the wording, in renderer/src/i18n/dates.ts).
//
// Noon, not midnight: where a calendar date has to become a Date (only to hand it to
// Intl.DateTimeFormat for display), it becomes that day at 12:00 local time. Daylight-saving
// changes happen at night, and a few zones skip or repeat midnight itself, so a Date at local
// midnight can land on the previous day or an hour off; noon is always inside the same day.
// Arithmetic never goes through local Dates at all: it counts whole days in UTC below.
import { z } from 'zod';

/** A calendar date, "YYYY-MM-DD". Validated by `isoDateSchema`. */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years outside this range are typing mistakes in a school's records, not real dates. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** True for leap years in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a date string, or undefined when it is not a real calendar date. */
export function dateParts(date: string): { year: number; month: number; day: number } | undefined {
  const match = ISO_DATE_PATTERN.exec(date);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (
    year < MIN_YEAR ||
    year > MAX_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  )
    return undefined;
  return { year, month, day };
}

/** True when `date` is "YYYY-MM-DD" and exists in the calendar (no 31 February). */
export function isValidIsoDate(date: string): boolean {
  return dateParts(date) !== undefined;
}

/** Builds "YYYY-MM-DD" from numbers; the caller guarantees they form a real date. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** zod schema for a real calendar date. */
export const isoDateSchema = z
  .string()
  .refine(isValidIsoDate, { message: 'expected a real calendar date YYYY-MM-DD' });

/** zod schema for a moment in time (record bookkeeping such as createdAt). */
export const timestampSchema = z.iso.datetime({ offset: true });

function partsOrThrow(date: IsoDate): { year: number; month: number; day: number } {
  const parts = dateParts(date);
  if (parts === undefined) throw new RangeError('not a calendar date YYYY-MM-DD');
  return parts;
}

function toDayNumber(date: IsoDate): number {
  const { year, month, day } = partsOrThrow(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** -1, 0 or 1. ISO dates with four-digit years sort as strings, so this is a string compare. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date `days` days after `date` (negative goes back). Throws RangeError on a non-date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The same day `years` years later. 29 February in a year without one becomes 1 March: the
 * anniversary is reached when 28 February has fully passed (the same rule as ageOnDate).
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = partsOrThrow(date);
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) return isoDate(target, 3, 1);
  return isoDate(target, month, day);
}

/**
 * Age in completed years on `onDate` for someone born on `dateOfBirth`. The birthday itself
 * counts: on the day of the 12th birthday the age is 12. Someone born on 29 February turns a
 * year older on 1 March in years without 29 February (on 28 February the year is not yet
 * complete). Returns a negative number when `onDate` is before the birth.
 */
export function ageOnDate(dateOfBirth: IsoDate, onDate: IsoDate): number {
  const birth = partsOrThrow(dateOfBirth);
  const on = partsOrThrow(onDate);
  let age = on.year - birth.year;
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  if (beforeBirthday) age -= 1;
  return age;
}

const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** "2026-03-07" → "7 maart 2026", the way Dutch letters and forms write dates. */
export function formatDutchDate(date: IsoDate): string {
  const { year, month, day } = partsOrThrow(date);
  return `${day} ${DUTCH_MONTHS[month - 1] ?? ''} ${year}`;
}

/** Today's calendar date on this computer's clock and time zone (the school's day, not UTC's). */
export function todayIso(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * `now` as an ISO timestamp in local time with its UTC offset ("2026-12-01T15:04:05+01:00"),
 * for records whose calendar date must be the school's date, not UTC's (approval dates,
 * addenda). Its first ten characters are todayIso(now).
 */
export function localTimestamp(now: Date = new Date()): string {
  const pad = (n: number): string => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${todayIso(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/**
 * A calendar date as a local Date at noon, for Intl formatting only (see the header: noon
 * survives any DST shift). Undefined when `date` is not a real calendar date.
 */
export function isoToLocalDate(date: IsoDate): Date | undefined {
  const parts = dateParts(date);
  return parts === undefined ? undefined : new Date(parts.year, parts.month - 1, parts.day, 12);
}
