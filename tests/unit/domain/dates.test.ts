// Unit tests for calendar-date arithmetic: real dates only, exact ages, leap days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  ageOnDate,
  daysBetween,
  formatDutchDate,
  isoDateSchema,
  isoToLocalDate,
  isValidIsoDate,
  localTimestamp,
  todayIso,
} from '../../../shared/domain/dates';
import { formatIsoDate } from '../../../renderer/src/i18n/dates';

describe('isValidIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2015-02-31', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['1899-12-31', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
  ])('%s → %s', (date, valid) => {
    expect(isValidIsoDate(date)).toBe(valid);
    expect(isoDateSchema.safeParse(date).success).toBe(valid);
  });
});

describe('ageOnDate', () => {
  it('counts the birthday itself', () => {
    expect(ageOnDate('2015-03-12', '2027-03-11')).toBe(11);
    expect(ageOnDate('2015-03-12', '2027-03-12')).toBe(12);
    expect(ageOnDate('2015-03-12', '2031-03-11')).toBe(15);
    expect(ageOnDate('2015-03-12', '2031-03-12')).toBe(16);
  });

  it('lets someone born on 29 February turn a year older on 1 March in other years', () => {
    expect(ageOnDate('2016-02-29', '2017-02-28')).toBe(0);
    expect(ageOnDate('2016-02-29', '2017-03-01')).toBe(1);
    expect(ageOnDate('2016-02-29', '2020-02-28')).toBe(3);
    expect(ageOnDate('2016-02-29', '2020-02-29')).toBe(4);
  });

  it('is negative before birth and throws on a non-date', () => {
    expect(ageOnDate('2015-03-12', '2015-03-11')).toBe(-1);
    expect(() => ageOnDate('2015-02-30', '2020-01-01')).toThrow(RangeError);
  });

  it('grows by exactly one on each anniversary', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 60 }),
        (offset, years) => {
          const birth = addDays('1950-01-01', offset);
          expect(ageOnDate(birth, addYears(birth, years))).toBe(years);
          if (years > 0)
            expect(ageOnDate(birth, addDays(addYears(birth, years), -1))).toBe(years - 1);
        },
      ),
    );
  });
});

describe('addDays, addYears, daysBetween', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (offset, n) => {
          const d = addDays('1950-01-01', offset);
          expect(daysBetween(d, addDays(d, n))).toBe(n);
          expect(isValidIsoDate(addDays(d, n))).toBe(true);
        },
      ),
    );
  });
});

describe('formatDutchDate', () => {
  it('writes dates the Dutch way', () => {
    expect(formatDutchDate('2026-03-07')).toBe('7 maart 2026');
    expect(formatDutchDate('2015-12-31')).toBe('31 december 2015');
  });
});

describe('todayIso', () => {
  it("is the computer's local calendar day, from its first minute to its last", () => {
    expect(todayIso(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
    expect(todayIso(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
    expect(todayIso(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});

describe('isoToLocalDate and formatIsoDate', () => {
  it('turns a calendar date into that local day at noon, so a DST change cannot move it to another day', () => {
    // The last Sunday of March and of October: the nights the clocks change in the Netherlands.
    for (const date of ['2026-03-29', '2026-10-25', '2026-01-01', '2024-02-29']) {
      const local = isoToLocalDate(date);
      expect(local?.getHours()).toBe(12);
      expect(local === undefined ? undefined : todayIso(local)).toBe(date);
    }
    expect(isoToLocalDate('2026-02-30')).toBeUndefined();
  });

  it('writes a calendar date in the UI language, and leaves text that is not a date as it is', () => {
    expect(formatIsoDate('2026-11-22', 'nl')).toBe('22 november 2026');
    expect(formatIsoDate('2026-11-22', 'en')).toBe('22 November 2026');
    expect(formatIsoDate('2026-11-22', 'nl', 'short')).toBe('22-11-2026');
    expect(formatIsoDate('not a date', 'nl')).toBe('not a date');
  });
});

describe('localTimestamp', () => {
  it("writes the local time with its offset, so its date part is the computer's calendar day", () => {
    const now = new Date(2026, 11, 1, 23, 59, 7);
    const stamp = localTimestamp(now);
    expect(stamp.slice(0, 19)).toBe('2026-12-01T23:59:07');
    expect(stamp.slice(0, 10)).toBe(todayIso(now));
    expect(Date.parse(stamp)).toBe(Math.floor(now.getTime() / 1000) * 1000);
  });
});
