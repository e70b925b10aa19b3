// Runs in: any environment.
//
// Carry-over: when a case comes back on an agenda, the team first reviews "which steps were
// taken in between and how the situation developed" (000:951-953). Open actions must come
// back by themselves until they are done (brief §2 step 7), so the IB never has to remember
// them: exactly the case's open actions, and the decisions of the last meeting that
// discussed the case.
import type { IsoDate } from '../domain/dates';
import type { CaseAction, PlanAction } from './actions';
import { clockMinutes, type CarryOverSnapshot, type Meeting } from './meeting';

/** Meetings that were held (or are being held): a planned meeting has discussed nothing yet. */
export function wasHeld(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'bezig' || meeting.status === 'vastgesteld';
}

/** Orders meetings by date, start time and id (earliest first). */
export function laterMeeting(
  a: Pick<Meeting, 'id' | 'date' | 'startTime'>,
  b: Pick<Meeting, 'id' | 'date' | 'startTime'>,
): number {
  return a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : clockMinutes(a.startTime) - clockMinutes(b.startTime) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface CarryOverOptions {
  /** The day the snapshot is taken (stored on it). */
  readonly onDate: IsoDate;
  /** The meeting the case goes on now: it and any meeting on or after its date are not "previous". */
  readonly forMeeting?: Pick<Meeting, 'id' | 'date'>;
}

/**
 * What comes back with `caseId`: every open action of the case, and the decisions of the
 * last held meeting that discussed it. Actions come from the case's actieplan (`actions`,
 * which may hold other cases' too) and from held meetings whose actions did not land in the
 * plan yet (minutes not approved); for an action in both, the plan's status counts, since
 * the plan is where it is followed up. Only actions with status 'open' are returned, due
 * date first (no date last).
 */
export function carryOver(
  caseId: string,
  previousMeetings: readonly Meeting[],
  actions: readonly CaseAction[],
  options: CarryOverOptions,
): CarryOverSnapshot {
  const previous = previousMeetings.filter(
    (m) =>
      wasHeld(m) &&
      m.id !== options.forMeeting?.id &&
      (options.forMeeting === undefined || m.date < options.forMeeting.date) &&
      m.agenda.some((i) => i.caseId === caseId),
  );

  const byId = new Map<string, PlanAction>();
  for (const meeting of previous) {
    for (const item of meeting.agenda) {
      if (item.caseId !== caseId) continue;
      for (const action of item.actions)
        byId.set(action.id, {
          ...action,
          source: {
            meetingId: meeting.id,
            meetingKind: meeting.kind,
            meetingDate: meeting.date,
            itemId: item.id,
          },
        });
    }
  }
  for (const { caseId: owner, ...action } of actions) {
    if (owner === caseId) byId.set(action.id, action);
  }
  const openActions = [...byId.values()]
    .filter((a) => a.status === 'open')
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id.localeCompare(b.id),
    );

  const last = [...previous].sort(laterMeeting).at(-1);
  if (last === undefined) return { takenOn: options.onDate, openActions, decisions: [] };
  const decisions = last.agenda
    .filter((i) => i.caseId === caseId)
    .flatMap((i) => i.decisions.filter((d) => d.text.trim() !== ''));
  return {
    takenOn: options.onDate,
    from: { meetingId: last.id, meetingKind: last.kind, meetingDate: last.date },
    openActions,
    decisions,
  };
}
