// Runs in: any environment.
//
// Actions and decisions: what a meeting agrees and who does what by when. One action shape
// serves the minutes (while the team types it) and the case's actieplan (where it lives on
// until it is done), so an action moves from meeting to plan without translation and keeps
// its id: carry-over, the Acties view and the dashboard all find it by that id.
import { z } from 'zod';
import { isoDateSchema, type IsoDate } from '../domain/dates';
import { meetingKindSchema } from '../domain/consent';
import { recordIdSchema } from '../domain/fields';

export const ACTION_STATUSES = ['open', 'gedaan', 'niet-meer-nodig'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/** Whether the owner works for the school or for a partner organisation (SMW, GGD, wijkteam, …). */
export const OWNER_KINDS = ['school', 'partner'] as const;
export const ownerKindSchema = z.enum(OWNER_KINDS);
export type OwnerKind = z.infer<typeof ownerKindSchema>;

/** Marks the task to give parents feedback after a discussion (brief §2 step 6). */
export const PARENTS_FEEDBACK_ACTION_KIND = 'terugkoppeling-ouders';

export const decisionSchema = z
  .object({
    id: recordIdSchema,
    /** May be empty while it is being typed; approval refuses empty decisions. */
    text: z.string().max(4000),
  })
  .strict();
export type Decision = z.infer<typeof decisionSchema>;

/**
 * An action as the minutes record it. Text fields may be empty while the team types (the
 * meeting autosaves every keystroke); approveMinutes refuses an action without a
 * description, an owner or a due date.
 */
export const meetingActionSchema = z
  .object({
    id: recordIdSchema,
    description: z.string().max(2000),
    ownerName: z.string().max(200),
    ownerOrganisation: z.string().max(200),
    ownerKind: ownerKindSchema,
    dueDate: isoDateSchema.optional(),
    status: actionStatusSchema,
    /** What came of it ("aangemeld bij SMW op 3 maart", "observatie gedaan, geen zorgen"). */
    outcome: z.string().max(4000),
    /** Set on the parents' feedback task created by feedbackTaskFor. */
    kind: z.literal(PARENTS_FEEDBACK_ACTION_KIND).optional(),
  })
  .strict();
export type MeetingAction = z.infer<typeof meetingActionSchema>;

/** Where a plan action came from: the meeting (and agenda item) that agreed it. */
export const actionSourceSchema = z
  .object({
    meetingId: recordIdSchema,
    meetingKind: meetingKindSchema,
    meetingDate: isoDateSchema,
    itemId: recordIdSchema,
  })
  .strict();
export type ActionSource = z.infer<typeof actionSourceSchema>;

/**
 * An action in a case's actieplan: the meeting's action plus where it came from (absent when
 * added in the plan itself) and, once done, the day it was marked done (`doneOn`, set by
 * withCompletionDate). Actions done before the date was recorded have none: the figures
 * count them as "gedaan, datum onbekend" instead of guessing.
 */
export const planActionSchema = meetingActionSchema
  .extend({ source: actionSourceSchema.optional(), doneOn: isoDateSchema.optional() })
  .strict();
export type PlanAction = z.infer<typeof planActionSchema>;

/**
 * The action as it is stored after an edit: an action that becomes done gets `today` as its
 * completion date (unless the edit brings one), one that stays done keeps the date it had
 * (none for actions done before dates were recorded), and one that is no longer done loses
 * it. Every write of a plan action goes through this, so the date cannot drift from the
 * status.
 */
export function withCompletionDate(
  previous: Pick<PlanAction, 'status' | 'doneOn'> | undefined,
  next: PlanAction,
  today: IsoDate,
): PlanAction {
  const { doneOn: _dropped, ...rest } = next;
  void _dropped;
  if (next.status !== 'gedaan') return rest;
  const doneOn =
    previous?.status === 'gedaan' ? (next.doneOn ?? previous.doneOn) : (next.doneOn ?? today);
  return doneOn === undefined ? rest : { ...rest, doneOn };
}

/** A plan action together with the case it belongs to, for views across cases. */
export type CaseAction = PlanAction & { readonly caseId: string };

/** Who carries out an action or gives feedback. */
export const actionOwnerSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    organisation: z.string().trim().max(200),
    kind: ownerKindSchema,
  })
  .strict();
export type ActionOwner = z.infer<typeof actionOwnerSchema>;

/** The fields approval requires on an action, and which are missing. */
export function missingActionFields(
  action: MeetingAction,
): ('description' | 'ownerName' | 'dueDate')[] {
  const missing: ('description' | 'ownerName' | 'dueDate')[] = [];
  if (action.description.trim() === '') missing.push('description');
  if (action.ownerName.trim() === '') missing.push('ownerName');
  if (action.dueDate === undefined) missing.push('dueDate');
  return missing;
}

/** An action a meeting hands to one case's actieplan (minutes.ts actionsFromMeeting). */
export interface LandedAction {
  readonly caseId: string;
  readonly action: PlanAction;
}
