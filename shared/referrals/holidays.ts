// Runs in: any environment.
//
// Non-working days for every working-day count (issue 15): the school's or team's list of
// holidays, kept in the vault as one record and passed to addWorkingDays (school side: the
// expected contact and feedback dates; recipient side: the contact term). The app proposes the
// national holidays of a school year (1 August to 31 July); the user keeps, removes or adds
// days (a study day, a closed week). Weekends need not be listed: they never count.
import { z } from 'zod';
import { addDays, compareIsoDates, isoDate, timestampSchema, type IsoDate } from '../domain/dates';
import { isoDateSchema } from '../domain/dates';
import { requiredText } from '../domain/fields';
import { defineRecordType } from '../records/registry';

/** The record's fixed id: a well-known name, not personal data. */
export const HOLIDAYS_RECORD_ID = 'school.holidays';

export const holidaySchema = z.object({ date: isoDateSchema, name: requiredText(100) }).strict();
export type Holiday = z.infer<typeof holidaySchema>;

export const holidaysSchema = z
  .object({
    id: z.literal(HOLIDAYS_RECORD_ID),
    days: z
      .array(holidaySchema)
      .max(400)
      .refine((days) => new Set(days.map((d) => d.date)).size === days.length, {
        message: 'each date once',
      }),
    updatedAt: timestampSchema,
  })
  .strict();
export type Holidays = z.infer<typeof holidaysSchema>;

export const holidaysRecordType = defineRecordType({
  type: 'school.holidays',
  version: 1,
  schema: holidaysSchema,
  migrations: {},
});

/** Easter Sunday (Gregorian, the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The Dutch national holidays of one calendar year (Koningsdag moves to the 26th on a Sunday). */
export function nationalHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? 26 : 27;
  return [
    { date: isoDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDays(easter, -2), name: 'Goede Vrijdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: isoDate(year, 4, kingsDay), name: 'Koningsdag' },
    { date: isoDate(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: isoDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: isoDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
}

/** The school year (1 August – 31 July) that `date` falls in, by its first calendar year. */
export function schoolYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 8 ? year : year - 1;
}

/** The national holidays of the school year starting 1 August of `startYear`, in date order. */
export function schoolYearHolidays(startYear: number): Holiday[] {
  const from = isoDate(startYear, 8, 1);
  const to = isoDate(startYear + 1, 7, 31);
  return [...nationalHolidays(startYear), ...nationalHolidays(startYear + 1)].filter(
    (h) => compareIsoDates(h.date, from) >= 0 && compareIsoDates(h.date, to) <= 0,
  );
}

/** Adds proposed days to a list: days already listed stay as they are; sorted by date. */
export function mergeHolidays(kept: readonly Holiday[], proposed: readonly Holiday[]): Holiday[] {
  const dates = new Set(kept.map((h) => h.date));
  return [...kept, ...proposed.filter((h) => !dates.has(h.date))].sort((a, b) =>
    compareIsoDates(a.date, b.date),
  );
}

/** The dates of a stored list, for addWorkingDays (none when nothing is stored). */
export function holidayDates(record: Holidays | undefined): IsoDate[] {
  return record === undefined ? [] : record.days.map((d) => d.date);
}
