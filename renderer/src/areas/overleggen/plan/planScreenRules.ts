// Runs in: renderer.
//
// The pure decisions behind the planning screens, kept out of the components so they are
// unit-tested under Node: how meetings are grouped on the list, what a new meeting's form
// checks, which cases can still go on an agenda, which template roles are still empty, and
// the file names of the output (the kind of document, the meeting kind and the date, never
// a name).
import { compareIsoDates, isValidIsoDate, type IsoDate } from '../../../../../shared/domain/dates';
import type { Zorgdossier } from '../../../../../shared/domain/case';
import { GUARDIAN_RELATION_LABELS_NL } from '../../../../../shared/domain/labelsNl';
import { sortName, type Pupil } from '../../../../../shared/domain/pupil';
import { normalizeForSearch } from '../../../../../shared/search/normalize';
import {
  clockMinutes,
  clockTimeSchema,
  formatClock,
  type Attendee,
  type Meeting,
  type MeetingKind,
} from '../../../../../shared/meetings/meeting';
import type { AttendeeRole, MeetingTemplate } from '../../../../../shared/meetings/templates';

export interface MeetingGroups {
  /** Status 'bezig': being held now (or left open). */
  readonly inProgress: readonly Meeting[];
  /** Concept or gepland, from today on (and concepts from the past, which still wait for a date). */
  readonly upcoming: readonly Meeting[];
  /** Gepland with a date before today: held, minutes not approved yet. */
  readonly awaitingApproval: readonly Meeting[];
  /** Vastgesteld, newest first. */
  readonly held: readonly Meeting[];
}

function byTime(a: Meeting, b: Meeting): number {
  return (
    compareIsoDates(a.date, b.date) ||
    clockMinutes(a.startTime) - clockMinutes(b.startTime) ||
    a.id.localeCompare(b.id)
  );
}

/** Sorts meetings into the list's groups; each group in a useful order. */
export function groupMeetings(meetings: readonly Meeting[], today: IsoDate): MeetingGroups {
  const inProgress: Meeting[] = [];
  const upcoming: Meeting[] = [];
  const awaitingApproval: Meeting[] = [];
  const held: Meeting[] = [];
  for (const m of meetings) {
    switch (m.status) {
      case 'bezig':
        inProgress.push(m);
        break;
      case 'concept':
        upcoming.push(m);
        break;
      case 'gepland':
        (compareIsoDates(m.date, today) < 0 ? awaitingApproval : upcoming).push(m);
        break;
      case 'vastgesteld':
        held.push(m);
        break;
      default: {
        const never: never = m.status;
        throw new Error(`unknown meeting status ${String(never)}`);
      }
    }
  }
  return {
    inProgress: inProgress.sort(byTime),
    upcoming: upcoming.sort(byTime),
    awaitingApproval: awaitingApproval.sort(byTime),
    held: held.sort((a, b) => byTime(b, a)),
  };
}

/** The fields of the "Nieuw overleg" and "Datum, tijd en plaats" forms, as typed. */
export interface MeetingDraft {
  readonly kind: MeetingKind;
  readonly date: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly place: string;
}

export type MeetingDraftField = 'date' | 'startTime' | 'endTime' | 'place';
export type MeetingDraftError = 'required' | 'invalid' | 'end-before-start' | 'too-long';

/** Field-level problems of a meeting draft; empty when it can be saved. */
export function validateMeetingDraft(
  draft: MeetingDraft,
): Partial<Record<MeetingDraftField, MeetingDraftError>> {
  const errors: Partial<Record<MeetingDraftField, MeetingDraftError>> = {};
  if (draft.date.trim() === '') errors.date = 'required';
  else if (!isValidIsoDate(draft.date)) errors.date = 'invalid';
  const start = clockTimeSchema.safeParse(draft.startTime);
  const end = clockTimeSchema.safeParse(draft.endTime);
  if (draft.startTime.trim() === '') errors.startTime = 'required';
  else if (!start.success) errors.startTime = 'invalid';
  if (draft.endTime.trim() === '') errors.endTime = 'required';
  else if (!end.success) errors.endTime = 'invalid';
  else if (start.success && clockMinutes(end.data) <= clockMinutes(start.data))
    errors.endTime = 'end-before-start';
  if (draft.place.trim().length > 200) errors.place = 'too-long';
  return errors;
}

/** The usual end time for a start, by the template's length (capped at 23:59). */
export function defaultEndTime(
  startTime: string,
  template: Pick<MeetingTemplate, 'defaultDurationMinutes'>,
): string | undefined {
  const start = clockTimeSchema.safeParse(startTime);
  if (!start.success) return undefined;
  return formatClock(
    Math.min(clockMinutes(start.data) + template.defaultDurationMinutes, 23 * 60 + 59),
  );
}

/** A case that can go on the agenda, with what the picker shows. */
export interface CaseOption {
  readonly caseId: string;
  readonly pupilId: string;
  readonly pupil: Pupil;
  readonly zorgdossier: Zorgdossier;
}

/**
 * Open cases (not 'afgesloten') of known pupils that are not on this agenda yet, sorted by
 * the pupil's sort name and then the newest case first.
 */
export function caseOptions(
  pupils: readonly Pupil[],
  cases: readonly Zorgdossier[],
  meeting: Pick<Meeting, 'agenda'>,
): CaseOption[] {
  const onAgenda = new Set(meeting.agenda.map((i) => i.caseId));
  const byId = new Map(pupils.map((p) => [p.id, p]));
  const options: CaseOption[] = [];
  for (const c of cases) {
    if (c.status === 'afgesloten' || onAgenda.has(c.id)) continue;
    const pupil = byId.get(c.pupilId);
    if (pupil === undefined) continue;
    options.push({ caseId: c.id, pupilId: pupil.id, pupil, zorgdossier: c });
  }
  return options.sort(
    (a, b) =>
      sortName(a.pupil).localeCompare(sortName(b.pupil), 'nl') ||
      compareIsoDates(b.zorgdossier.signal.date, a.zorgdossier.signal.date),
  );
}

const PARENT_ROLES = new Set(Object.values(GUARDIAN_RELATION_LABELS_NL).map(normalizeForSearch));

/**
 * Required template roles nobody at the table takes yet, shown as hints ("nog niemand voor:
 * jeugdverpleegkundige"). An attendee fills a role when one role text contains the other
 * (case and accents ignored); a parents' seat is filled by any parent or guardian.
 */
export function unfilledRoles(
  template: Pick<MeetingTemplate, 'attendeeRoles'>,
  attendees: readonly Pick<Attendee, 'role'>[],
): AttendeeRole[] {
  const roles = attendees.map((a) => normalizeForSearch(a.role)).filter((r) => r !== '');
  return template.attendeeRoles.filter((role) => {
    if (!role.required) return false;
    if (role.parents === true) return !roles.some((r) => PARENT_ROLES.has(r));
    const wanted = normalizeForSearch(role.role);
    return !roles.some((r) => wanted.includes(r) || r.includes(wanted));
  });
}

export type OutputKind = 'agenda' | 'voorbereiding' | 'uitnodiging';

/** "agenda-zorgteam-2026-12-01.pdf": the document, the meeting kind and the date; no names. */
export function meetingFileName(
  what: OutputKind,
  meeting: Pick<Meeting, 'kind' | 'date'>,
  extension: 'pdf' | 'docx' | 'ics' | 'txt',
  itemNumber?: number,
): string {
  const number = itemNumber === undefined ? '' : `-punt-${itemNumber}`;
  return `${what}-${meeting.kind}-${meeting.date}${number}.${extension}`;
}

/** A new 1-based position announced after a keyboard move, and whether it moved at all. */
export function movedIndex(
  order: readonly string[],
  itemId: string,
  delta: -1 | 1,
): number | undefined {
  const from = order.indexOf(itemId);
  if (from < 0) return undefined;
  const to = from + delta;
  return to < 0 || to >= order.length ? undefined : to;
}

/** Whether a draft's date is a calendar date (for the weekday in titles). */
export function isDate(value: string): value is IsoDate {
  return isValidIsoDate(value);
}
