// Runs in: any environment.
//
// The content schema of a shared meeting file ('meeting-agenda' and 'meeting-minutes'): what
// an external ZAT member receives. It is deliberately its own small, strict shape rather than
// the meeting record: the file is read by someone else's app and validated there, and it
// carries only what the member may see (no case, pupil or consent ids; an anonymous item has
// only its pseudonym; never working notes). Every string has a bound, so a hostile file
// cannot grow the receiver's vault.
import { z } from 'zod';
import { isoDateSchema, timestampSchema } from '../domain/dates';
import { recordIdSchema } from '../domain/fields';
import { actionStatusSchema, ownerKindSchema } from '../meetings/actions';
import {
  attendeePresenceSchema,
  bespreekdoelSchema,
  clockTimeSchema,
  meetingKindSchema,
  meetingStatusSchema,
  PSEUDONYM_PATTERN,
} from '../meetings/meeting';

/** Format tag inside the content, so a later version can be told apart from this one. */
export const MEETING_CONTENT_FORMAT = 'zorgtafel-meeting/1';

const text = (max: number) => z.string().max(max);

export const sharedActionSchema = z
  .object({
    id: recordIdSchema,
    description: text(2000),
    ownerName: text(200),
    ownerOrganisation: text(200),
    ownerKind: ownerKindSchema,
    dueDate: isoDateSchema.optional(),
    status: actionStatusSchema,
    outcome: text(4000),
  })
  .strict();
export type SharedAction = z.infer<typeof sharedActionSchema>;

/** Who the item is about: a name (consent allows it) or only a pseudonym. */
export const sharedSubjectSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('named'), pupilName: z.string().trim().min(1).max(300) }).strict(),
  z
    .object({ mode: z.literal('anonymous'), pseudonym: z.string().regex(PSEUDONYM_PATTERN) })
    .strict(),
]);
export type SharedSubject = z.infer<typeof sharedSubjectSchema>;

/** Preparation for the meeting: what came back with the case (open actions, earlier decisions). */
export const sharedPreparationSchema = z
  .object({
    openActions: z.array(sharedActionSchema).max(200),
    decisions: z.array(text(4000)).max(200),
  })
  .strict();

/** The minutes of one item (minutes files only). */
export const sharedItemMinutesSchema = z
  .object({
    situation: text(20_000),
    discussed: text(20_000),
    decisions: z.array(text(4000)).max(100),
    actions: z.array(sharedActionSchema).max(100),
    nextEvaluationDate: isoDateSchema.optional(),
  })
  .strict();

export const sharedItemSchema = z
  .object({
    id: recordIdSchema,
    order: z.int().min(0).max(999),
    subject: sharedSubjectSchema,
    bespreekdoel: bespreekdoelSchema,
    question: text(2000),
    timeboxMinutes: z.int().min(1).max(240),
    preparation: sharedPreparationSchema.optional(),
    minutes: sharedItemMinutesSchema.optional(),
  })
  .strict();
export type SharedItem = z.infer<typeof sharedItemSchema>;

export const sharedMeetingContentSchema = z
  .object({
    format: z.literal(MEETING_CONTENT_FORMAT),
    phase: z.enum(['agenda', 'minutes']),
    schoolName: text(200),
    meeting: z
      .object({
        id: recordIdSchema,
        kind: meetingKindSchema,
        date: isoDateSchema,
        startTime: clockTimeSchema,
        endTime: clockTimeSchema,
        place: text(200),
        status: meetingStatusSchema,
        approvedAt: timestampSchema.optional(),
        attendees: z
          .array(
            z
              .object({
                name: text(200),
                role: text(200),
                organisation: text(200),
                presence: attendeePresenceSchema,
              })
              .strict(),
          )
          .max(60),
      })
      .strict(),
    items: z.array(sharedItemSchema).max(100),
  })
  .strict()
  .superRefine((c, ctx) => {
    const ids = c.items.map((i) => i.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'item ids must be unique' });
    const actionIds = c.items.flatMap((i) => i.minutes?.actions.map((a) => a.id) ?? []);
    if (new Set(actionIds).size !== actionIds.length)
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'action ids must be unique' });
    if (c.phase === 'agenda' && c.items.some((i) => i.minutes !== undefined))
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'an agenda has no minutes' });
  });
export type SharedMeetingContent = z.infer<typeof sharedMeetingContentSchema>;

/** The content schema for a file kind (replies have their own, in reply.ts). */
export function shareKindOfPhase(
  phase: SharedMeetingContent['phase'],
): 'meeting-agenda' | 'meeting-minutes' {
  return phase === 'agenda' ? 'meeting-agenda' : 'meeting-minutes';
}
