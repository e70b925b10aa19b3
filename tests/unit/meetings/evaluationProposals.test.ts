// Runs in: Node (Vitest).
//
// A next evaluation agreed in a held meeting proposes the case for the planned meeting on or
// after that date, once: not when it is on the agenda already, nor when another planned
// meeting brings it back first, nor when a later meeting discussed it again without a date,
// nor for a closed case (issue 21, point 4).
import { describe, expect, it } from 'vitest';
import { evaluationProposals } from '../../../shared/meetings/evaluationProposals';
import type { Meeting } from '../../../shared/meetings/meeting';
import { addItem, emptyZorgteam } from './builders';

function meetingWith(
  id: string,
  date: string,
  status: Meeting['status'],
  cases: readonly { caseId: string; pupilId: string; next?: string }[],
): Meeting {
  let meeting = emptyZorgteam({ id, date, status: 'gepland' });
  for (const c of cases)
    meeting = addItem(meeting, { id: `i-${id}-${c.caseId}`, caseId: c.caseId, pupilId: c.pupilId });
  return {
    ...meeting,
    status,
    agenda: meeting.agenda.map((item) => {
      const next = cases.find((c) => c.caseId === item.caseId)?.next;
      return next === undefined ? item : { ...item, nextEvaluationDate: next };
    }),
  };
}

const open = new Set(['c-zoe', 'c-noor', 'c-daan']);

describe('evaluationProposals', () => {
  const december1 = meetingWith('m-dec1', '2026-12-01', 'vastgesteld', [
    { caseId: 'c-zoe', pupilId: 'p-zoe', next: '2026-12-14' },
    { caseId: 'c-noor', pupilId: 'p-noor', next: '2026-12-08' },
    { caseId: 'c-daan', pupilId: 'p-daan' },
  ]);

  it('proposes the cases whose next evaluation falls on or before the meeting, earliest first', () => {
    const december14 = meetingWith('m-dec14', '2026-12-14', 'gepland', []);
    expect(evaluationProposals(december14, [december1, december14], open)).toEqual([
      {
        caseId: 'c-noor',
        pupilId: 'p-noor',
        nextEvaluationDate: '2026-12-08',
        fromMeetingId: 'm-dec1',
      },
      {
        caseId: 'c-zoe',
        pupilId: 'p-zoe',
        nextEvaluationDate: '2026-12-14',
        fromMeetingId: 'm-dec1',
      },
    ]);
    // A meeting before the date does not get Zoë yet; Noor's date has come.
    const december10 = meetingWith('m-dec10', '2026-12-10', 'gepland', []);
    expect(
      evaluationProposals(december10, [december1, december10], open).map((p) => p.caseId),
    ).toEqual(['c-noor']);
  });

  it('leaves out a case on this agenda, one a planned meeting brings back first, and a closed case', () => {
    const december8 = meetingWith('m-dec8', '2026-12-08', 'gepland', [
      { caseId: 'c-noor', pupilId: 'p-noor' },
    ]);
    const december14 = meetingWith('m-dec14', '2026-12-14', 'gepland', [
      { caseId: 'c-zoe', pupilId: 'p-zoe' },
    ]);
    expect(evaluationProposals(december14, [december1, december8, december14], open)).toEqual([]);
    const december15 = meetingWith('m-dec15', '2026-12-15', 'gepland', []);
    expect(
      evaluationProposals(december15, [december1, december15], new Set(['c-noor'])).map(
        (p) => p.caseId,
      ),
    ).toEqual(['c-noor']);
  });

  it('follows the last held meeting that discussed the case: a later discussion without a date ends the proposal', () => {
    const december8 = meetingWith('m-dec8', '2026-12-08', 'bezig', [
      { caseId: 'c-noor', pupilId: 'p-noor' },
      { caseId: 'c-daan', pupilId: 'p-daan', next: '2026-12-20' },
    ]);
    const january = meetingWith('m-jan', '2027-01-12', 'gepland', []);
    expect(
      evaluationProposals(january, [january, december8, december1], open).map((p) => [
        p.caseId,
        p.fromMeetingId,
      ]),
    ).toEqual([
      ['c-zoe', 'm-dec1'],
      ['c-daan', 'm-dec8'],
    ]);
  });
});
