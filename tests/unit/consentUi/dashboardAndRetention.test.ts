// Runs in: Node (Vitest).
import { describe, expect, it } from 'vitest';
import type { Consent } from '../../../shared/domain/consent';
import {
  expiringConsentsForDashboard,
  openCasesByStatus,
} from '../../../shared/domain/dashboardData';

const NOW = '2026-11-22T10:00:00+01:00';

function consent(id: string, caseId: string, validUntil: string): Consent {
  // A pupil of its own each, so no consent counts as renewed by another.
  return {
    id,
    caseId,
    pupilId: `p${id}`,
    purpose: 'bespreken-op-naam',
    meetingKinds: ['zorgteam'],
    dataCategories: ['basisgegevens'],
    givenBy: [{ personKind: 'pupil', name: 'Yasmin', method: 'schriftelijk', date: '2026-01-01' }],
    date: '2026-01-01',
    validUntil,
    createdAt: NOW,
    updatedAt: NOW,
  };
}

describe('openCasesByStatus', () => {
  it('counts each open status, also at zero, and leaves closed cases out', () => {
    const result = openCasesByStatus([
      { status: 'signalering' },
      { status: 'signalering' },
      { status: 'verwezen' },
      { status: 'afgesloten' },
    ]);
    expect(result.counts).toEqual([
      { status: 'signalering', count: 2 },
      { status: 'in-bespreking', count: 0 },
      { status: 'verwezen', count: 1 },
    ]);
    expect(result.total).toBe(3);
  });
});

describe('expiringConsentsForDashboard', () => {
  it('lists consents of open cases ending within 30 days, soonest first', () => {
    const consents = [
      consent('r1', 'ropen', '2026-12-22'),
      consent('r2', 'ropen', '2026-12-23'),
      consent('r3', 'ropen', '2026-11-25'),
      consent('r4', 'rclosed', '2026-11-30'),
    ];
    const cases = [
      { id: 'ropen', status: 'in-bespreking' as const },
      { id: 'rclosed', status: 'afgesloten' as const },
    ];
    expect(
      expiringConsentsForDashboard(consents, cases, '2026-11-22').map((e) => [
        e.consent.id,
        e.daysLeft,
      ]),
    ).toEqual([
      ['r3', 3],
      ['r1', 30],
    ]);
  });
  it('leaves out consents of cases that no longer exist', () => {
    expect(
      expiringConsentsForDashboard([consent('r1', 'rgone', '2026-11-30')], [], '2026-11-22'),
    ).toEqual([]);
  });
});
