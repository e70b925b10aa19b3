// Tests for working-day arithmetic: weekends are skipped, a Friday send lands on the next
// Friday, month and year ends are crossed correctly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  expectedContactDate,
  expectedFeedbackDate,
  isWeekend,
  weekday,
} from '../../../shared/referrals/workingDays';
import { addDays } from '../../../shared/domain/dates';

describe('addWorkingDays', () => {
  it('knows the weekday', () => {
    expect(weekday('2026-11-20')).toBe(5); // Friday
    expect(isWeekend('2026-11-21')).toBe(true);
    expect(isWeekend('2026-11-22')).toBe(true);
    expect(isWeekend('2026-11-23')).toBe(false);
  });

  it('a Friday send + 5 working days is the next Friday', () => {
    expect(addWorkingDays('2026-11-20', 5)).toBe('2026-11-27');
    expect(expectedContactDate('2026-11-20')).toBe('2026-11-27');
  });

  it('Monday + 5 is the next Monday; Wednesday + 3 skips the weekend', () => {
    expect(addWorkingDays('2026-11-16', 5)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-18', 3)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
  });

  it('a weekend send counts from Monday', () => {
    expect(addWorkingDays('2026-11-21', 1)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-22', 5)).toBe('2026-11-27');
  });

  it('crosses month and year ends', () => {
    expect(addWorkingDays('2026-01-29', 5)).toBe('2026-02-05'); // Thursday in January
    expect(addWorkingDays('2026-02-27', 1)).toBe('2026-03-02'); // Friday → Monday in March
    expect(addWorkingDays('2026-12-30', 5)).toBe('2027-01-06');
    expect(addWorkingDays('2028-02-25', 3)).toBe('2028-03-01'); // leap year: 28, 29 Feb count
  });

  it('0 days is the date itself; refuses negative or fractional counts', () => {
    expect(addWorkingDays('2026-11-21', 0)).toBe('2026-11-21');
    expect(() => addWorkingDays('2026-11-20', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-20', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('configurable contact days and a default feedback date four weeks out', () => {
    expect(expectedContactDate('2026-11-20', 10)).toBe('2026-12-04');
    expect(expectedFeedbackDate('2026-11-20')).toBe('2026-12-18');
  });

  it('never lands on a weekend, and n working days span 7·n/5 calendar days per full week', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 60 }),
        (offset, n) => {
          const start = addDays('2026-01-01', offset);
          const end = addWorkingDays(start, n);
          expect(isWeekend(end)).toBe(false);
          if (n % 5 === 0 && !isWeekend(start)) expect(end).toBe(addDays(start, (n / 5) * 7));
        },
      ),
    );
  });
});
