// Unit tests for carry-over: exactly the open actions of the case, the plan's status
// winning, and the decisions of the last held meeting that discussed it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, type CaseAction } from '../../../shared/meetings/actions';
import { carryOver } from '../../../shared/meetings/carryOver';
import type { Meeting } from '../../../shared/meetings/meeting';
import { action, addItem, emptyZorgteam } from './builders';

function heldMeeting(
  id: string,
  date: string,
  caseId: string,
  decisions: string[],
  actions: ReturnType<typeof action>[] = [],
  status: Meeting['status'] = 'bezig',
): Meeting {
  const meeting = addItem(emptyZorgteam({ id, date, status: 'gepland' }), {
    id: `i-${id}`,
    caseId,
    pupilId: 'p-zoe',
  });
  return {
    ...meeting,
    status,
    agenda: meeting.agenda.map((i) => ({
      ...i,
      decisions: decisions.map((text, n) => ({ id: `d-${id}-${n}`, text })),
      actions,
    })),
  };
}

describe('carryOver', () => {
  it('lists exactly the open actions of the case and the decisions of the last meeting that discussed it', () => {
    const january = heldMeeting(
      'm-jan',
      '2026-01-20',
      'c-1',
      ['Observeren in de klas'],
      [action({ id: 'x-1' }), action({ id: 'x-2', status: 'gedaan' })],
    );
    const february = heldMeeting(
      'm-feb',
      '2026-02-17',
      'c-1',
      ['Aanmelden bij SMW', ' '],
      [action({ id: 'x-3', dueDate: '2026-03-01' })],
    );
    const otherCase = heldMeeting(
      'm-other',
      '2026-02-24',
      'c-9',
      ['Iets anders'],
      [action({ id: 'x-9' })],
    );
    const planned = heldMeeting(
      'm-apr',
      '2026-04-14',
      'c-1',
      ['Nog niet besproken'],
      [],
      'gepland',
    );
    const plan: CaseAction[] = [
      { ...action({ id: 'x-1', status: 'niet-meer-nodig' }), caseId: 'c-1' },
      { ...action({ id: 'x-4', dueDate: undefined }), caseId: 'c-1' },
      { ...action({ id: 'x-8' }), caseId: 'c-9' },
    ];
    const snapshot = carryOver('c-1', [january, february, otherCase, planned], plan, {
      onDate: '2026-03-02',
      forMeeting: { id: 'm-mar', date: '2026-03-10' },
    });
    // x-1 is no longer needed in the plan; x-2 is done; x-3 (due) comes before x-4 (no date).
    expect(snapshot.openActions.map((a) => a.id)).toEqual(['x-3', 'x-4']);
    expect(snapshot.openActions[0]?.source).toEqual({
      meetingId: 'm-feb',
      meetingKind: 'zorgteam',
      meetingDate: '2026-02-17',
      itemId: 'i-m-feb',
    });
    expect(snapshot.decisions.map((d) => d.text)).toEqual(['Aanmelden bij SMW']);
    expect(snapshot.from).toEqual({
      meetingId: 'm-feb',
      meetingKind: 'zorgteam',
      meetingDate: '2026-02-17',
    });
    expect(snapshot.takenOn).toBe('2026-03-02');
  });

  it('returns nothing from earlier meetings for a case that never came up', () => {
    expect(
      carryOver('c-new', [heldMeeting('m-jan', '2026-01-20', 'c-1', ['x'])], [], {
        onDate: '2026-03-02',
      }),
    ).toEqual({ takenOn: '2026-03-02', openActions: [], decisions: [] });
  });

  it('ignores the meeting the case goes on now, and meetings after it', () => {
    const now = heldMeeting('m-now', '2026-03-10', 'c-1', ['Vandaag besloten']);
    const before = heldMeeting('m-before', '2026-02-10', 'c-1', ['Toen besloten']);
    expect(
      carryOver('c-1', [now, before], [], { onDate: '2026-03-10', forMeeting: now }).decisions.map(
        (d) => d.text,
      ),
    ).toEqual(['Toen besloten']);
  });

  it('property: never returns an action that is not open, and returns every open one of the case', () => {
    const status = fc.constantFrom(...ACTION_STATUSES);
    const planAction = fc.record({ n: fc.nat(20), status, caseId: fc.constantFrom('c-1', 'c-2') });
    const meetingAction = fc.record({ n: fc.nat(20), status });
    fc.assert(
      fc.property(
        fc.array(planAction, { maxLength: 15 }),
        fc.array(meetingAction, { maxLength: 15 }),
        (planList, meetingList) => {
          const plan: CaseAction[] = [];
          for (const p of planList)
            if (!plan.some((a) => a.id === `x-${p.n}`))
              plan.push({ ...action({ id: `x-${p.n}`, status: p.status }), caseId: p.caseId });
          const meetingActions = [
            ...new Map(
              meetingList.map((m) => [m.n, action({ id: `x-${m.n}`, status: m.status })]),
            ).values(),
          ];
          const meeting = heldMeeting('m-1', '2026-02-01', 'c-1', [], meetingActions);
          const result = carryOver('c-1', [meeting], plan, { onDate: '2026-03-01' });
          expect(result.openActions.every((a) => a.status === 'open')).toBe(true);
          // Expected: plan status wins for ids in the plan of this case; other ids from the meeting.
          const expected = new Set<string>();
          for (const a of meetingActions) {
            const inPlan = plan.find((p) => p.id === a.id && p.caseId === 'c-1');
            if ((inPlan?.status ?? a.status) === 'open') expected.add(a.id);
          }
          for (const p of plan) if (p.caseId === 'c-1' && p.status === 'open') expected.add(p.id);
          expect(new Set(result.openActions.map((a) => a.id))).toEqual(expected);
          expect(result.openActions.length).toBe(expected.size);
        },
      ),
    );
  });
});
