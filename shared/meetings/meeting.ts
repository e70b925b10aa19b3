// Runs in: any environment.
//
// The meeting record (overleg): a zorgteam, ZAT or driehoeksoverleg with its planning
// (date, times, place, attendees), its agenda (one item per case, named or anonymous) and its
// minutes per item (situation, discussed, decisions, actions, feedback to parents, next
// evaluation). Once approved ("vastgesteld") the minutes are read-only and corrections are
// dated addenda (brief §3).
//
// Privacy by construction: the record never stores a pupil's name. An agenda item refers to
// its case and pupil by id only; documents and shared views resolve names for named items and
// use the item's pseudonym ("Leerling A") for anonymous ones (see anonymise.ts).
import { z } from 'zod';
import { meetingKindSchema } from '../domain/consent';
import { isoDateSchema, timestampSchema } from '../domain/dates';
import { recordIdSchema, requiredText } from '../domain/fields';
import { defineRecordType } from '../records/registry';
import {
  actionOwnerSchema,
  decisionSchema,
  meetingActionSchema,
  planActionSchema,
} from './actions';

export { MEETING_KINDS, meetingKindSchema, type MeetingKind } from '../domain/consent';

/** The four purposes of putting a case on the agenda (brief §2, 000:926-935), as stored ids. */
export const BESPREEKDOELEN = [
  'informatie-advies',
  'niet-pluis',
  'verwijzing-verwacht',
  'aanmelding',
] as const;
export const bespreekdoelSchema = z.enum(BESPREEKDOELEN);
export type Bespreekdoel = z.infer<typeof bespreekdoelSchema>;

export const ATTENDEE_PRESENCES = ['onbekend', 'aanwezig', 'afwezig', 'afgemeld'] as const;
export const attendeePresenceSchema = z.enum(ATTENDEE_PRESENCES);
export type AttendeePresence = z.infer<typeof attendeePresenceSchema>;

export const MEETING_STATUSES = ['concept', 'gepland', 'bezig', 'vastgesteld'] as const;
export const meetingStatusSchema = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const ITEM_MODES = ['named', 'anonymous'] as const;
export const itemModeSchema = z.enum(ITEM_MODES);
export type ItemMode = z.infer<typeof itemModeSchema>;

/** "HH:MM", 24-hour clock, local time of the school (Europe/Amsterdam). */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export type ClockTime = z.infer<typeof clockTimeSchema>;

/** Minutes since midnight of a "HH:MM" time. */
export function clockMinutes(time: ClockTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** "HH:MM" for minutes since midnight (wrapping past midnight). */
export function formatClock(minutes: number): ClockTime {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Pseudonyms are "Leerling A", "Leerling B", …, "Leerling Z", "Leerling AA", … */
export const PSEUDONYM_PATTERN = /^Leerling [A-Z]{1,3}$/;

export const attendeeSchema = z
  .object({
    id: recordIdSchema,
    /** The directory contact this attendee comes from, when there is one. */
    contactId: recordIdSchema.optional(),
    name: requiredText(200),
    role: requiredText(200),
    /** Empty for parents and one-off guests. */
    organisation: z.string().trim().max(200),
    presence: attendeePresenceSchema,
  })
  .strict();
export type Attendee = z.infer<typeof attendeeSchema>;

/** Whether parents get feedback on the discussion, and who gives it; or why not (brief §2 step 6). */
export const parentsFeedbackSchema = z
  .object({
    given: z.boolean(),
    by: actionOwnerSchema.optional(),
    reasonIfNot: requiredText(1000).optional(),
  })
  .strict()
  .refine((f) => f.given || f.by === undefined, {
    message: 'no feedback giver when no feedback is given',
    path: ['by'],
  })
  .refine((f) => !f.given || f.reasonIfNot === undefined, {
    message: 'a reason is only recorded when no feedback is given',
    path: ['reasonIfNot'],
  });
export type ParentsFeedback = z.infer<typeof parentsFeedbackSchema>;

/**
 * What came back with the case ("welke stappen zijn gezet", 000:951-953): its open actions
 * and the decisions of the last meeting that discussed it, as they were when the item was
 * put on the agenda. A snapshot, so the minutes show what the team reviewed.
 */
export const carryOverSnapshotSchema = z
  .object({
    takenOn: isoDateSchema,
    from: z
      .object({
        meetingId: recordIdSchema,
        meetingKind: meetingKindSchema,
        meetingDate: isoDateSchema,
      })
      .strict()
      .optional(),
    openActions: z.array(planActionSchema).max(200),
    decisions: z.array(decisionSchema).max(200),
  })
  .strict();
export type CarryOverSnapshot = z.infer<typeof carryOverSnapshotSchema>;

/**
 * The user's corrections to what anonymising replaced for this item's pupil, made from the
 * replaced-names list before an output leaves (rules: nameCorrections.ts): words kept as typed
 * because they are not the pupil's name (as typed, exact), and missed forms of the name to
 * replace too (a nickname, a misspelling). Only on anonymous items; every output applies them.
 */
export const nameCorrectionsSchema = z
  .object({
    kept: z.array(z.string().min(1).max(100)).max(50),
    added: z.array(requiredText(100)).max(50),
  })
  .strict();
export type NameCorrections = z.infer<typeof nameCorrectionsSchema>;

export const agendaItemSchema = z
  .object({
    id: recordIdSchema,
    caseId: recordIdSchema,
    pupilId: recordIdSchema,
    /** Position on the agenda, 0-based; unique within the meeting. */
    order: z.number().int().min(0).max(999),
    bespreekdoel: bespreekdoelSchema,
    /** The question for the team. */
    question: z.string().max(2000),
    timeboxMinutes: z.number().int().min(1).max(240),
    mode: itemModeSchema,
    /** Present on every item that is or was anonymous; kept when the item turns named so it stays stable. */
    pseudonym: z.string().regex(PSEUDONYM_PATTERN).optional(),
    /** For named items: the consents that allowed discussing by name when the mode was decided. */
    consentIds: z.array(recordIdSchema).max(20).optional(),
    nameCorrections: nameCorrectionsSchema.optional(),
    carryOver: carryOverSnapshotSchema.optional(),
    // Minutes of this item.
    situation: z.string().max(20_000),
    discussed: z.string().max(20_000),
    decisions: z.array(decisionSchema).max(100),
    actions: z.array(meetingActionSchema).max(100),
    parentsFeedback: parentsFeedbackSchema.optional(),
    nextEvaluationDate: isoDateSchema.optional(),
  })
  .strict()
  .refine((item) => item.mode === 'named' || item.pseudonym !== undefined, {
    message: 'an anonymous item needs a pseudonym',
    path: ['pseudonym'],
  })
  .refine((item) => item.mode === 'named' || item.actions.every((a) => a.ownerKind === 'school'), {
    message: 'an anonymous item cannot have partner actions',
    path: ['actions'],
  })
  .refine((item) => item.mode === 'named' || item.parentsFeedback?.by?.kind !== 'partner', {
    message: 'an anonymous item cannot have a partner give feedback',
    path: ['parentsFeedback'],
  });
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** The closing process evaluation of a ZAT (001:341). */
export const processEvaluationSchema = z
  .object({
    wentWell: z.string().max(4000),
    didNotGoWell: z.string().max(4000),
    doDifferently: z.string().max(4000),
  })
  .strict();
export type ProcessEvaluation = z.infer<typeof processEvaluationSchema>;

/** A dated correction to approved minutes. */
export const addendumSchema = z
  .object({
    id: recordIdSchema,
    date: isoDateSchema,
    author: requiredText(200),
    text: requiredText(10_000),
  })
  .strict();
export type Addendum = z.infer<typeof addendumSchema>;

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

export const meetingSchema = z
  .object({
    id: recordIdSchema,
    kind: meetingKindSchema,
    date: isoDateSchema,
    startTime: clockTimeSchema,
    endTime: clockTimeSchema,
    place: z.string().trim().max(200),
    attendees: z.array(attendeeSchema).max(60),
    status: meetingStatusSchema,
    agenda: z.array(agendaItemSchema).max(100),
    /** How many pseudonyms were handed out, so a removed item's letter is never given to another child. */
    pseudonymsHandedOut: z.number().int().min(0).max(10_000).optional(),
    /** Present when the meeting's template asks for a closing process evaluation (ZAT by default). */
    processEvaluation: processEvaluationSchema.optional(),
    approvedAt: timestampSchema.optional(),
    approvedBy: requiredText(200).optional(),
    addenda: z.array(addendumSchema).max(200),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict()
  .superRefine((m, ctx) => {
    const issue = (path: string, message: string): void =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (clockMinutes(m.endTime) <= clockMinutes(m.startTime))
      issue('endTime', 'the meeting ends after it starts');
    const approved = m.status === 'vastgesteld';
    if (approved !== (m.approvedAt !== undefined) || approved !== (m.approvedBy !== undefined))
      issue('approvedAt', 'approvedAt and approvedBy go with status vastgesteld');
    if (!approved && m.addenda.length > 0)
      issue('addenda', 'addenda are only added to approved minutes');
    if (!unique(m.attendees.map((a) => a.id))) issue('attendees', 'attendee ids must be unique');
    if (!unique(m.agenda.map((i) => i.id))) issue('agenda', 'agenda item ids must be unique');
    if (!unique(m.agenda.map((i) => String(i.order))))
      issue('agenda', 'agenda orders must be unique');
    if (!unique(m.agenda.flatMap((i) => (i.pseudonym === undefined ? [] : [i.pseudonym]))))
      issue('agenda', 'pseudonyms must be unique within the meeting');
    if (!unique(m.agenda.flatMap((i) => i.actions.map((a) => a.id))))
      issue('agenda', 'action ids must be unique within the meeting');
    if (!unique(m.addenda.map((a) => a.id))) issue('addenda', 'addendum ids must be unique');
  });
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingRecordType = defineRecordType({
  type: 'meeting',
  // Version 2 adds the optional `nameCorrections` of agenda items: a version-1 meeting is a
  // valid version-2 meeting as it is, and an older app refuses a version-2 record (newer
  // version) instead of failing on the unknown field.
  version: 2,
  schema: meetingSchema,
  migrations: { 1: (data) => data },
  // Only the place is indexed: item texts may describe anonymous cases, and the index must
  // never let a search connect those to a pupil.
  searchText: (m) => [m.place],
});

/** The agenda in meeting order. */
export function agendaInOrder(meeting: Pick<Meeting, 'agenda'>): AgendaItem[] {
  return [...meeting.agenda].sort((a, b) => a.order - b.order);
}
