// Runs in: Node (test tooling).
//
// The case status follows the care route (issue 21 §1): on the agenda → in bespreking, a
// referral sent → verwezen, the last referral closed → back to in bespreking; never against
// the route (a closed case stays closed, a referred case stays referred on an agenda), and
// each move comes with a status entry that names its cause.
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/caseStatus';
import { followRoute, routeStatus, type RouteEvent } from '../../../shared/domain/caseRoute';
import { caseEntryRecordType, caseEntrySchema } from '../../../shared/domain/caseEntry';
import { migrateRecord } from '../../../shared/records/registry';
import { entry, T0, zorgdossier } from './builders';

const ON = '2026-02-10';
const agenda: RouteEvent = { cause: 'agenda', refId: 'm-1', date: ON };
const sent: RouteEvent = { cause: 'referral-sent', refId: 'v-1', date: ON };
const closed = (otherReferralInProgress: boolean): RouteEvent => ({
  cause: 'referral-closed',
  refId: 'v-1',
  date: ON,
  otherReferralInProgress,
});

function movesFrom(event: RouteEvent): Record<CaseStatus, CaseStatus | undefined> {
  return Object.fromEntries(CASE_STATUSES.map((s) => [s, routeStatus(s, event)])) as Record<
    CaseStatus,
    CaseStatus | undefined
  >;
}

describe('the case status follows the route', () => {
  it('puts a signalled case "in bespreking" on the agenda, and nothing else', () => {
    expect(movesFrom(agenda)).toEqual({
      signalering: 'in-bespreking',
      'in-bespreking': undefined,
      verwezen: undefined,
      afgesloten: undefined,
    });
  });

  it('makes an open case "verwezen" when its referral is sent', () => {
    expect(movesFrom(sent)).toEqual({
      signalering: 'verwezen',
      'in-bespreking': 'verwezen',
      verwezen: undefined,
      afgesloten: undefined,
    });
  });

  it('brings a referred case back "in bespreking" when its last referral closes', () => {
    expect(movesFrom(closed(false))).toEqual({
      signalering: undefined,
      'in-bespreking': undefined,
      verwezen: 'in-bespreking',
      afgesloten: undefined,
    });
    expect(routeStatus('verwezen', closed(true))).toBeUndefined();
  });

  it('returns the moved case with a status entry that names the cause and the meeting', () => {
    const moved = followRoute(zorgdossier(), agenda, { now: T0, author: 'Ilse' });
    expect(moved?.case.status).toBe('in-bespreking');
    expect(moved?.entry).toMatchObject({
      caseId: 'c-1',
      kind: 'status',
      status: 'in-bespreking',
      statusCause: 'agenda',
      refId: 'm-1',
      date: ON,
      author: 'Ilse',
    });
    expect(caseEntrySchema.safeParse({ ...moved?.entry, id: 'e-9' }).success).toBe(true);
    expect(followRoute(zorgdossier({ status: 'verwezen' }), agenda, { now: T0, author: 'I' })).toBe(
      undefined,
    );
  });

  it('keeps the cause on status entries only, and reads a version-1 entry unchanged', () => {
    expect(
      caseEntrySchema.safeParse(entry({ id: 'e-1', kind: 'notitie', statusCause: 'agenda' }))
        .success,
    ).toBe(false);
    const old = entry({ id: 'e-2', kind: 'status', status: 'verwezen' });
    expect(migrateRecord(caseEntryRecordType, 1, old)).toEqual(old);
  });
});
