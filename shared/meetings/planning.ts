// Runs in: any environment.
//
// Planning helpers: who to invite by the kind's template (directory contacts by the kind of
// organisation a role comes from, and the parents with gezag for a driehoeksoverleg), which
// required roles are still empty, and the dashboard's list of upcoming meetings.
import { compareIsoDates, type IsoDate } from '../domain/dates';
import {
  isAbsentOn,
  reachableContact,
  type ContactPerson,
  type Organisation,
} from '../domain/directory';
import { GUARDIAN_RELATION_LABELS_NL } from '../domain/labelsNl';
import type { Guardian } from '../domain/pupil';
import { normalizeForSearch } from '../search/normalize';
import { finalise } from './edit';
import { clockMinutes, type AgendaItem, type Attendee, type Meeting } from './meeting';
import type { AttendeeRole, MeetingTemplate } from './templates';

export interface AttendeeSuggestionInput {
  readonly contacts: readonly ContactPerson[];
  readonly organisations: readonly Organisation[];
  /** The pupil's guardians, for roles the parents take (driehoeksoverleg). */
  readonly guardians?: readonly Guardian[];
  /** The meeting date: an absent contact is replaced by whoever stands in. */
  readonly onDate: IsoDate;
  readonly newId: () => string;
}

export interface AttendeeSuggestion {
  /** Attendees to add, presence 'onbekend'. */
  readonly attendees: readonly Attendee[];
  /** Required roles nobody was found for (the IB fills them in, often with themselves). */
  readonly unfilledRoles: readonly AttendeeRole[];
}

/**
 * Proposes attendees for the template's required roles: parents with gezag for a parents'
 * seat; for a role with an organisation kind, the first contact of such an organisation (the
 * one whose role matches best), or their stand-in when away on the meeting date.
 */
export function suggestAttendees(
  template: Pick<MeetingTemplate, 'attendeeRoles'>,
  input: AttendeeSuggestionInput,
): AttendeeSuggestion {
  const attendees: Attendee[] = [];
  const unfilled: AttendeeRole[] = [];
  const taken = new Set<string>();
  for (const role of template.attendeeRoles.filter((r) => r.required)) {
    if (role.parents === true) {
      const parents = (input.guardians ?? []).filter((g) => g.hasGezag);
      if (parents.length === 0) unfilled.push(role);
      for (const g of parents)
        attendees.push({
          id: input.newId(),
          name: g.name,
          role: GUARDIAN_RELATION_LABELS_NL[g.relation],
          organisation: '',
          presence: 'onbekend',
        });
      continue;
    }
    const kind = role.organisationKind;
    if (kind === undefined) {
      unfilled.push(role);
      continue;
    }
    const orgIds = new Set(input.organisations.filter((o) => o.kind === kind).map((o) => o.id));
    const wanted = normalizeForSearch(role.role);
    const candidates = input.contacts
      .filter((c) => orgIds.has(c.organisationId) && !taken.has(c.id))
      .sort(
        (a, b) =>
          Number(wanted.includes(normalizeForSearch(b.role))) -
            Number(wanted.includes(normalizeForSearch(a.role))) ||
          a.name.localeCompare(b.name, 'nl'),
      );
    const first = candidates[0];
    if (first === undefined) {
      unfilled.push(role);
      continue;
    }
    const contact = isAbsentOn(first, input.onDate)
      ? reachableContact(first, input.contacts, input.onDate)
      : first;
    taken.add(contact.id);
    const organisation =
      input.organisations.find((o) => o.id === contact.organisationId)?.name ?? '';
    attendees.push({
      id: input.newId(),
      contactId: contact.id,
      name: contact.name,
      role: contact.role,
      organisation,
      presence: 'onbekend',
    });
  }
  return { attendees, unfilledRoles: unfilled };
}

/**
 * For a kind where the parents take a seat (driehoeksoverleg), the parents with gezag join
 * the attendees once their child is on the agenda by name (those already there by name are
 * not added twice). Never for an anonymous item: the parents' names would tell who the child
 * is. A meeting the rules would refuse stays as it was.
 */
export function withParentsOfItem(
  meeting: Meeting,
  item: Pick<AgendaItem, 'mode'>,
  guardians: readonly Guardian[],
  template: Pick<MeetingTemplate, 'attendeeRoles'>,
  now: string,
  newId: () => string,
): Meeting {
  if (item.mode !== 'named') return meeting;
  const parentRoles = template.attendeeRoles.filter((r) => r.parents === true);
  if (parentRoles.length === 0) return meeting;
  const present = new Set(meeting.attendees.map((a) => a.name.trim().toLowerCase()));
  const suggested = suggestAttendees(
    { attendeeRoles: parentRoles },
    { contacts: [], organisations: [], guardians, onDate: meeting.date, newId },
  );
  const parents = suggested.attendees.filter((a) => !present.has(a.name.trim().toLowerCase()));
  if (parents.length === 0) return meeting;
  const result = finalise({ ...meeting, attendees: [...meeting.attendees, ...parents] }, now);
  return result.ok ? result.value : meeting;
}

/** Meetings from `today` on that are not yet approved, soonest first (dashboard: "komende overleggen"). */
export function upcomingMeetings(
  meetings: readonly Meeting[],
  today: IsoDate,
  limit = 5,
): Meeting[] {
  return meetings
    .filter((m) => m.status !== 'vastgesteld' && compareIsoDates(m.date, today) >= 0)
    .sort(
      (a, b) =>
        compareIsoDates(a.date, b.date) ||
        clockMinutes(a.startTime) - clockMinutes(b.startTime) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, limit);
}

/** Held meetings whose minutes still wait for approval (dashboard: "verslag nog vaststellen"). */
export function minutesAwaitingApproval(meetings: readonly Meeting[], today: IsoDate): Meeting[] {
  return meetings
    .filter(
      (m) =>
        m.status !== 'vastgesteld' && m.status !== 'concept' && compareIsoDates(m.date, today) < 0,
    )
    .sort((a, b) => compareIsoDates(a.date, b.date));
}
