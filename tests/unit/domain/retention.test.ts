// Unit tests for the retention term of closed cases and the school's care settings.
import { describe, expect, it } from 'vitest';
import { careSettingsSchema, defaultCareSettings } from '../../../shared/domain/careSettings';
import {
  activeLeefgebieden,
  DEFAULT_LEEFGEBIEDEN,
  leefgebiedLabel,
  leefgebiedListSchema,
} from '../../../shared/domain/leefgebieden';
import { casesPastRetention, retentionDueOn } from '../../../shared/domain/retention';
import { T0, zorgdossier } from './builders';

const closed = (id: string, closedAt: string) =>
  zorgdossier({
    id,
    status: 'afgesloten',
    closedAt,
    closedReason: 'Afgerond',
    signal: { date: '2020-01-01', raisedBy: 'IB', description: '' },
  });

describe('casesPastRetention', () => {
  const cases = [
    closed('c-a', '2024-03-01'),
    closed('c-b', '2023-06-15'),
    closed('c-c', '2024-03-02'),
    zorgdossier({ id: 'c-open', signal: { date: '2015-01-01', raisedBy: 'IB', description: '' } }),
  ];

  it('lists closed cases from the anniversary of closing on, longest overdue first; never open cases', () => {
    expect(casesPastRetention(cases, '2026-03-01').map((d) => [d.case.id, d.dueSince])).toEqual([
      ['c-b', '2025-06-15'],
      ['c-a', '2026-03-01'],
    ]);
    expect(casesPastRetention(cases, '2026-02-28').map((d) => d.case.id)).toEqual(['c-b']);
  });

  it('uses the configured number of years', () => {
    expect(casesPastRetention(cases, '2026-03-01', 3).map((d) => d.case.id)).toEqual([]);
    expect(retentionDueOn('2024-02-29', 1)).toBe('2025-03-01');
  });
});

describe('care settings and leefgebieden', () => {
  it('starts with two years and the ten leefgebieden of the brief', () => {
    const settings = defaultCareSettings(T0);
    expect(careSettingsSchema.safeParse(settings).success).toBe(true);
    expect(settings.retentionYearsAfterClosing).toBe(2);
    expect(settings.leefgebieden.map((l) => l.id)).toEqual([
      'wonen',
      'financien-en-schulden',
      'werk-en-participatie',
      'gezondheid',
      'welzijn-en-sociaal-netwerk',
      'onderwijs',
      'opvoeding-en-gezin',
      'vrije-tijd',
      'zorg-en-hulpverlening',
      'veiligheid-en-justitie',
    ]);
    expect(
      careSettingsSchema.safeParse({ ...settings, retentionYearsAfterClosing: 0 }).success,
    ).toBe(false);
  });

  it('keeps archived leefgebieden for their labels but not in pickers, and ids unique', () => {
    const list = [
      ...DEFAULT_LEEFGEBIEDEN,
      { id: 'mediagebruik', label: 'Mediagebruik', archived: true },
    ];
    expect(leefgebiedListSchema.safeParse(list).success).toBe(true);
    expect(activeLeefgebieden(list)).toHaveLength(10);
    expect(leefgebiedLabel(list, 'mediagebruik')).toBe('Mediagebruik');
    expect(
      leefgebiedListSchema.safeParse([...list, { id: 'wonen', label: 'Dubbel' }]).success,
    ).toBe(false);
  });
});
