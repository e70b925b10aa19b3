// Runs in: any environment.
//
// The small guard every change to a meeting goes through: approved minutes are read-only
// (corrections are addenda), and a changed meeting must still be a valid record. Keeping
// this in one place means no operation can forget either check.
import { err, ok, type Result } from '../result';
import { meetingSchema, type AgendaItem, type Meeting } from './meeting';
import type { MeetingProblem } from './problems';

/** Refuses any change to approved minutes. */
export function ensureEditable(meeting: Pick<Meeting, 'status'>): Result<true, MeetingProblem> {
  return meeting.status === 'vastgesteld' ? err({ code: 'minutes-approved' }) : ok(true);
}

/** Validates the changed meeting and stamps updatedAt; reports schema paths (never values) when it does not fit. */
export function finalise(next: Meeting, now: string): Result<Meeting, MeetingProblem> {
  const parsed = meetingSchema.safeParse({ ...next, updatedAt: now });
  if (!parsed.success)
    return err({
      code: 'invalid-meeting',
      paths: parsed.error.issues.map((i) => i.path.map(String).join('.')),
    });
  return ok(parsed.data);
}

/** The item with this id, or an item-not-found problem. */
export function findItem(
  meeting: Pick<Meeting, 'agenda'>,
  itemId: string,
): Result<AgendaItem, MeetingProblem> {
  const item = meeting.agenda.find((i) => i.id === itemId);
  return item === undefined ? err({ code: 'item-not-found', itemId }) : ok(item);
}

/** The meeting with one item replaced. */
export function replaceItem(meeting: Meeting, item: AgendaItem): Meeting {
  return { ...meeting, agenda: meeting.agenda.map((i) => (i.id === item.id ? item : i)) };
}
