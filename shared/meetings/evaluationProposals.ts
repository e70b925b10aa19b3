// Runs in: any environment.
//
// "Volgende evaluatie" set for a case in a meeting means: bring the case back then. So a
// planned meeting proposes, for its agenda, the open cases whose next evaluation (from the
// last held meeting that discussed them) falls on or before its date, unless the case is on
// this agenda already, or on another planned meeting's agenda between the two (then that one
// brings it back first). Only a proposal: the IB adds it with one click (issue 21, point 4).
import { compareIsoDates, type IsoDate } from '../domain/dates';
import { laterMeeting, wasHeld } from './carryOver';
import type { Meeting } from './meeting';

export interface EvaluationProposal {
  readonly caseId: string;
  readonly pupilId: string;
  /** The agreed next evaluation: on or before the planned meeting's date. */
  readonly nextEvaluationDate: IsoDate;
  /** The held meeting that set it. */
  readonly fromMeetingId: string;
}

/**
 * The cases to propose for `meeting`'s agenda, earliest evaluation first. `openCaseIds`: the
 * cases that are not closed (a closed case is not brought back).
 */
export function evaluationProposals(
  meeting: Pick<Meeting, 'id' | 'date' | 'startTime' | 'agenda'>,
  meetings: readonly Meeting[],
  openCaseIds: ReadonlySet<string>,
): EvaluationProposal[] {
  const earlier = meetings
    .filter((m) => m.id !== meeting.id && laterMeeting(m, meeting) < 0)
    .sort(laterMeeting);
  // The last held meeting per case decides; a planned one before this meeting takes it along.
  const last = new Map<string, { held: boolean; proposal?: EvaluationProposal }>();
  for (const m of earlier) {
    const held = wasHeld(m);
    for (const item of m.agenda) {
      if (!held) {
        last.set(item.caseId, { held: false });
        continue;
      }
      last.set(item.caseId, {
        held: true,
        ...(item.nextEvaluationDate === undefined
          ? {}
          : {
              proposal: {
                caseId: item.caseId,
                pupilId: item.pupilId,
                nextEvaluationDate: item.nextEvaluationDate,
                fromMeetingId: m.id,
              },
            }),
      });
    }
  }
  const onAgenda = new Set(meeting.agenda.map((i) => i.caseId));
  const proposals: EvaluationProposal[] = [];
  for (const [caseId, entry] of last) {
    const proposal = entry.proposal;
    if (!entry.held || proposal === undefined) continue;
    if (onAgenda.has(caseId) || !openCaseIds.has(caseId)) continue;
    if (compareIsoDates(proposal.nextEvaluationDate, meeting.date) > 0) continue;
    proposals.push(proposal);
  }
  return proposals.sort(
    (a, b) =>
      compareIsoDates(a.nextEvaluationDate, b.nextEvaluationDate) ||
      (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0),
  );
}
