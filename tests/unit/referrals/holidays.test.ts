// Runs in: Node (test tooling).
//
// Holidays as non-working days (issue 15): the national holidays the app proposes for a
// school year, and every working-day count skipping the configured list (school side too:
// the expected contact and feedback dates set when a referral is sent).
import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  holidaysSchema,
  mergeHolidays,
  nationalHolidays,
  schoolYearHolidays,
  schoolYearOf,
} from '../../../shared/referrals/holidays';
import { transitionReferral } from '../../../shared/referrals/lifecycle';
import { addWorkingDays } from '../../../shared/referrals/workingDays';
import { referral } from './builders';

describe('holidays', () => {
  it('knows Easter', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('lists the national holidays; Koningsdag moves to the 26th on a Sunday', () => {
    const y2027 = Object.fromEntries(nationalHolidays(2027).map((h) => [h.name, h.date]));
    expect(y2027).toMatchObject({
      'Tweede Paasdag': '2027-03-29',
      Koningsdag: '2027-04-27',
      Hemelvaartsdag: '2027-05-06',
      'Tweede Pinksterdag': '2027-05-17',
      'Eerste Kerstdag': '2027-12-25',
    });
    const y2025 = nationalHolidays(2025).find((h) => h.name === 'Koningsdag');
    expect(y2025?.date).toBe('2025-04-26');
  });

  it('proposes one school year, 1 August to 31 July, in date order', () => {
    expect(schoolYearOf('2026-12-07')).toBe(2026);
    expect(schoolYearOf('2027-03-01')).toBe(2026);
    const year = schoolYearHolidays(2026);
    expect(year[0]).toEqual({ date: '2026-12-25', name: 'Eerste Kerstdag' });
    expect(year.at(-1)).toEqual({ date: '2027-05-17', name: 'Tweede Pinksterdag' });
    expect(year.map((h) => h.date)).toEqual([...year.map((h) => h.date)].sort());
  });

  it('merging keeps what the user named and adds the rest once', () => {
    const merged = mergeHolidays(
      [{ date: '2027-04-27', name: 'Koningsdag (studiedag)' }],
      schoolYearHolidays(2026),
    );
    expect(merged.filter((h) => h.date === '2027-04-27')).toEqual([
      { date: '2027-04-27', name: 'Koningsdag (studiedag)' },
    ]);
    expect(
      holidaysSchema.safeParse({
        id: 'school.holidays',
        days: [...merged, merged[0]],
        updatedAt: '2026-12-07T10:00:00.000Z',
      }).success,
    ).toBe(false);
  });

  it('working days skip holidays', () => {
    // Thursday 24 December + 2: the 25th and 26th (Sat) are off, Sunday too → Tuesday 29th.
    expect(addWorkingDays('2026-12-24', 2, ['2026-12-25'])).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-24', 2)).toBe('2026-12-28');
  });

  it('a referral sent before Koningsdag is expected a day later (school side)', () => {
    const concept = referral();
    const sent = transitionReferral(concept, 'verstuurd', {
      date: '2027-04-23',
      sentVia: 'post',
      holidays: ['2027-04-27'],
    });
    if (!sent.ok) throw new Error(sent.error.code);
    expect(sent.value.expectedContactDate).toBe('2027-05-03');
    const without = transitionReferral(concept, 'verstuurd', {
      date: '2027-04-23',
      sentVia: 'post',
    });
    expect(without.ok && without.value.expectedContactDate).toBe('2027-04-30');
  });
});
