// Runs in: any environment.
//
// The reply file (issue 7 §4): a member sends back the status of the actions assigned to them
// and short notes per item, sealed to the IB's deelsleutel. On the IB's side the reply is shown
// action by action next to the IB's own current data, and only the changes the IB ticks are
// taken over into the case's actieplan: nothing is overwritten without a choice.
import { z } from 'zod';
import { recordIdSchema } from '../domain/fields';
import type { Actieplan, ActieplanProblem } from '../meetings/actieplan';
import { updatePlanAction } from '../meetings/actieplan';
import { actionStatusSchema, type ActionStatus, type PlanAction } from '../meetings/actions';
import { err, ok, type Result } from '../result';

/** Format tag inside a reply's content. */
export const REPLY_CONTENT_FORMAT = 'zorgtafel-reply/1';

export const replyActionSchema = z
  .object({
    id: recordIdSchema,
    status: actionStatusSchema,
    outcome: z.string().max(4000),
  })
  .strict();
export type ReplyAction = z.infer<typeof replyActionSchema>;

export const replyContentSchema = z
  .object({
    format: z.literal(REPLY_CONTENT_FORMAT),
    meetingId: recordIdSchema,
    from: z
      .object({ name: z.string().trim().min(1).max(200), organisation: z.string().max(200) })
      .strict(),
    actions: z.array(replyActionSchema).max(200),
    notes: z
      .array(
        z.object({ itemId: recordIdSchema, text: z.string().trim().min(1).max(4000) }).strict(),
      )
      .max(100),
  })
  .strict()
  .refine((r) => new Set(r.actions.map((a) => a.id)).size === r.actions.length, {
    message: 'action ids must be unique',
    path: ['actions'],
  });
export type ReplyContent = z.infer<typeof replyContentSchema>;

/** The fields a reply may change. */
export const REPLY_FIELDS = ['status', 'outcome'] as const;
export type ReplyField = (typeof REPLY_FIELDS)[number];

/** One action of a reply next to the IB's current data. */
export interface ReplyRow {
  readonly actionId: string;
  /** The IB's case and plan action with this id; absent when the IB has no such action (any more). */
  readonly current?: { readonly caseId: string; readonly action: PlanAction };
  readonly proposed: { readonly status: ActionStatus; readonly outcome: string };
  /** Fields where the reply differs from the current data (empty: nothing to choose). */
  readonly changes: readonly ReplyField[];
}

/** Lines up every action of `reply` with the IB's plans (by action id). */
export function replyRows(reply: ReplyContent, plans: readonly Actieplan[]): ReplyRow[] {
  return reply.actions.map((proposed): ReplyRow => {
    const plan = plans.find((p) => p.actions.some((a) => a.id === proposed.id));
    const action = plan?.actions.find((a) => a.id === proposed.id);
    const base = {
      actionId: proposed.id,
      proposed: { status: proposed.status, outcome: proposed.outcome },
    };
    if (plan === undefined || action === undefined) return { ...base, changes: [] };
    const changes = REPLY_FIELDS.filter((field) =>
      field === 'status'
        ? action.status !== proposed.status
        : action.outcome.trim() !== proposed.outcome.trim(),
    );
    return { ...base, current: { caseId: plan.caseId, action }, changes };
  });
}

/** A change the IB chose to take over. */
export interface ReplyChoice {
  readonly actionId: string;
  readonly field: ReplyField;
}

export type ReplyMergeProblem =
  | ActieplanProblem
  | {
      readonly code: 'reply.choice-not-offered';
      readonly actionId: string;
      readonly field: ReplyField;
    };

/**
 * The plans changed by the chosen changes (unchanged plans are left out). A choice that the
 * rows do not offer (no such action, or no difference in that field) is refused, so a stale
 * screen cannot write something the IB did not see.
 */
export function applyReplyChoices(
  plans: readonly Actieplan[],
  rows: readonly ReplyRow[],
  choices: readonly ReplyChoice[],
  now: string,
): Result<Actieplan[], ReplyMergeProblem> {
  const changed = new Map<string, Actieplan>();
  for (const choice of choices) {
    const row = rows.find((r) => r.actionId === choice.actionId);
    if (row?.current === undefined || !row.changes.includes(choice.field))
      return err({
        code: 'reply.choice-not-offered',
        actionId: choice.actionId,
        field: choice.field,
      });
    const plan =
      changed.get(row.current.caseId) ?? plans.find((p) => p.caseId === row.current?.caseId);
    const action = plan?.actions.find((a) => a.id === choice.actionId);
    if (plan === undefined || action === undefined)
      return err({ code: 'actieplan.action-not-found', actionId: choice.actionId });
    const next: PlanAction =
      choice.field === 'status'
        ? { ...action, status: row.proposed.status }
        : { ...action, outcome: row.proposed.outcome };
    const updated = updatePlanAction(plan, next, now);
    if (!updated.ok) return updated;
    changed.set(plan.caseId, updated.value);
  }
  return ok([...changed.values()]);
}
