// Runs in: Node (Vitest; Node ships full ICU).
//
// Dates are written the Dutch way in Dutch and the British way in English, whatever the
// system locale is.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../renderer/src/i18n/dates';

// Noon local time, so no time zone can move it to another day.
const DAY = new Date(2026, 10, 3, 12, 0, 0);

describe('formatDate', () => {
  it('writes Dutch dates with Dutch month names', () => {
    expect(formatDate(DAY, 'nl')).toBe('3 november 2026');
    expect(formatDate(DAY, 'nl', 'short')).toBe('03-11-2026');
    expect(formatDate(DAY, 'nl', 'full')).toBe('dinsdag 3 november 2026');
  });

  it('writes English dates day-first (en-GB)', () => {
    expect(formatDate(DAY, 'en')).toBe('3 November 2026');
    expect(formatDate(DAY, 'en', 'short')).toBe('03/11/2026');
  });
});
