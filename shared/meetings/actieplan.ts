// Runs in: any environment.
//
// The actieplan of a case: "één kind, één plan" (brief §4). School goals and home goals side
// by side, tagged by leefgebied; every action with an owner (person and organisation), a due
// date, a status and an outcome, and the meeting it came from; and the moments the plan is
// evaluated. One plan per case by construction: its id is derived from the case id.
import { z } from 'zod';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  isoDateSchema,
  timestampSchema,
  todayIso,
  type IsoDate,
} from '../domain/dates';
import { recordIdSchema, requiredText } from '../domain/fields';
import { leefgebiedIdSchema, type Leefgebied, type LeefgebiedId } from '../domain/leefgebieden';
import { defineRecordType } from '../records/registry';
import { err, ok, type Result } from '../result';
import {
  PARENTS_FEEDBACK_ACTION_KIND,
  planActionSchema,
  type ActionStatus,
  type CaseAction,
  type LandedAction,
  type PlanAction,
  withCompletionDate,
} from './actions';

export const GOAL_SIDES = ['school', 'thuis'] as const;
export const goalSideSchema = z.enum(GOAL_SIDES);
export type GoalSide = z.infer<typeof goalSideSchema>;

export const goalSchema = z
  .object({
    id: recordIdSchema,
    side: goalSideSchema,
    /** One or more leefgebieden (brief §4: "tagged with one or more"); the first is the main one. */
    leefgebieden: z
      .array(leefgebiedIdSchema)
      .min(1)
      .max(10)
      .refine((ids) => new Set(ids).size === ids.length, {
        message: 'leefgebieden must be unique',
      }),
    text: requiredText(2000),
  })
  .strict();
export type Goal = z.infer<typeof goalSchema>;

export const evaluationMomentSchema = z
  .object({
    id: recordIdSchema,
    date: isoDateSchema,
    /** What the evaluation found; empty until it took place. */
    note: z.string().max(4000),
    done: z.boolean(),
  })
  .strict();
export type EvaluationMoment = z.infer<typeof evaluationMomentSchema>;

export const actieplanSchema = z
  .object({
    id: recordIdSchema,
    caseId: recordIdSchema,
    goals: z.array(goalSchema).max(100),
    actions: z.array(planActionSchema).max(1000),
    evaluationMoments: z.array(evaluationMomentSchema).max(100),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict()
  .superRefine((plan, ctx) => {
    const unique = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;
    if (plan.id !== actieplanIdFor(plan.caseId))
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: 'one plan per case: the id is derived from the case id',
      });
    if (!unique(plan.goals.map((g) => g.id)))
      ctx.addIssue({ code: 'custom', path: ['goals'], message: 'goal ids must be unique' });
    if (!unique(plan.actions.map((a) => a.id)))
      ctx.addIssue({ code: 'custom', path: ['actions'], message: 'action ids must be unique' });
    if (!unique(plan.evaluationMoments.map((e) => e.id)))
      ctx.addIssue({
        code: 'custom',
        path: ['evaluationMoments'],
        message: 'evaluation ids must be unique',
      });
  });
export type Actieplan = z.infer<typeof actieplanSchema>;

/** The plan's id for a case: derived, so a case can never get a second plan. */
export function actieplanIdFor(caseId: string): string {
  return `plan-${caseId}`.slice(0, 80);
}

export const actieplanRecordType = defineRecordType({
  type: 'case.actieplan',
  // Version 2 adds the optional `doneOn` of an action: a version-1 plan is a valid version-2
  // plan as it is (its done actions keep no date, "datum onbekend" in the figures), and an
  // older app refuses a version-2 record instead of failing on the unknown field.
  version: 2,
  schema: actieplanSchema,
  migrations: { 1: (data) => data },
  searchText: (plan) => [
    ...plan.goals.map((g) => g.text),
    ...plan.actions.map((a) => a.description),
  ],
  parentOf: (plan) => plan.caseId,
});

/** An empty plan for a case. */
export function emptyActieplan(caseId: string, now: string): Actieplan {
  return {
    id: actieplanIdFor(caseId),
    caseId,
    goals: [],
    actions: [],
    evaluationMoments: [],
    createdAt: now,
    updatedAt: now,
  };
}

export type ActieplanProblem =
  | { readonly code: 'actieplan.wrong-case'; readonly caseId: string }
  | { readonly code: 'actieplan.action-not-found'; readonly actionId: string }
  | { readonly code: 'actieplan.invalid'; readonly paths: readonly string[] };

function finalisePlan(plan: Actieplan, now: string): Result<Actieplan, ActieplanProblem> {
  const parsed = actieplanSchema.safeParse({ ...plan, updatedAt: now });
  return parsed.success
    ? ok(parsed.data)
    : err({
        code: 'actieplan.invalid',
        paths: parsed.error.issues.map((i) => i.path.map(String).join('.')),
      });
}

/**
 * Lands a meeting's actions in the case's plan (creating the plan when the case has none).
 * Actions already in the plan are left as they are: from the moment an action lands, the
 * plan is where it is followed up, so approving twice or re-landing never resets a status.
 * Actions of other cases are refused.
 */
export function landActions(
  plan: Actieplan | undefined,
  caseId: string,
  landed: readonly LandedAction[],
  now: string,
): Result<Actieplan, ActieplanProblem> {
  const other = landed.find((l) => l.caseId !== caseId);
  if (other !== undefined) return err({ code: 'actieplan.wrong-case', caseId: other.caseId });
  const base = plan ?? emptyActieplan(caseId, now);
  if (base.caseId !== caseId) return err({ code: 'actieplan.wrong-case', caseId: base.caseId });
  const known = new Set(base.actions.map((a) => a.id));
  // An action the meeting already calls done was done by the meeting's day at the latest.
  const added = landed
    .map((l) => l.action)
    .filter((a) => !known.has(a.id))
    .map((a) => withCompletionDate(undefined, a, a.source?.meetingDate ?? todayIso(new Date(now))));
  return finalisePlan({ ...base, actions: [...base.actions, ...added] }, now);
}

/** Updates one action of the plan (status, outcome, owner, due date). */
export function updatePlanAction(
  plan: Actieplan,
  action: PlanAction,
  now: string,
): Result<Actieplan, ActieplanProblem> {
  if (!plan.actions.some((a) => a.id === action.id))
    return err({ code: 'actieplan.action-not-found', actionId: action.id });
  const today = todayIso(new Date(now));
  return finalisePlan(
    {
      ...plan,
      actions: plan.actions.map((a) =>
        a.id === action.id ? withCompletionDate(a, action, today) : a,
      ),
    },
    now,
  );
}

/** Every action of the plans, each with its case, for views across cases. */
export function caseActions(plans: readonly Actieplan[]): CaseAction[] {
  return plans.flatMap((plan) =>
    plan.actions.map((action) => ({ ...action, caseId: plan.caseId })),
  );
}

/** One row of the side-by-side view: a leefgebied with its school and home goals. */
export interface GoalRow {
  readonly leefgebied: LeefgebiedId;
  /** The configured label, or the id when the leefgebied is no longer in the list. */
  readonly label: string;
  readonly school: readonly Goal[];
  readonly thuis: readonly Goal[];
}

/**
 * The plan's goals side by side (school | thuis), one row per leefgebied, in the school's
 * configured order (unknown ids last). A goal is listed under its main (first) leefgebied.
 */
export function goalsSideBySide(
  plan: Pick<Actieplan, 'goals'>,
  leefgebieden: readonly Leefgebied[],
): GoalRow[] {
  const ids = [...new Set(plan.goals.map((g) => g.leefgebieden[0] ?? ''))].filter(
    (id) => id !== '',
  );
  const position = (id: string): number => {
    const index = leefgebieden.findIndex((l) => l.id === id);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return ids
    .sort((a, b) => position(a) - position(b) || a.localeCompare(b))
    .map((id) => {
      const goals = plan.goals.filter((g) => g.leefgebieden[0] === id);
      return {
        leefgebied: id,
        label: leefgebieden.find((l) => l.id === id)?.label ?? id,
        school: goals.filter((g) => g.side === 'school'),
        thuis: goals.filter((g) => g.side === 'thuis'),
      };
    });
}

/** The Monday of the ISO week `date` falls in (Dutch weeks start on Monday). */
export function weekStart(date: IsoDate): IsoDate {
  // 1970-01-05 was a Monday.
  const offset = ((daysBetween('1970-01-05', date) % 7) + 7) % 7;
  return addDays(date, -offset);
}

export interface OwnerGroup {
  readonly ownerName: string;
  readonly ownerOrganisation: string;
  readonly actions: readonly CaseAction[];
}

export interface ActionsOverview {
  /** Open, due before today: oldest due date first. */
  readonly overdue: readonly CaseAction[];
  /** Open, due from today up to and including this week's Sunday. */
  readonly dueThisWeek: readonly CaseAction[];
  /** Open, without a due date: they cannot come due, so they are listed apart. */
  readonly withoutDueDate: readonly CaseAction[];
  /** Every open action grouped by owner (name and organisation, compared without case), owners alphabetically. */
  readonly byOwner: readonly OwnerGroup[];
  /** Open parents' feedback tasks (dashboard: "terugkoppelingen die nog openstaan"). */
  readonly openFeedbackTasks: readonly CaseAction[];
}

function byDue(a: CaseAction, b: CaseAction): number {
  return (
    compareIsoDates(a.dueDate ?? '9999-12-31', b.dueDate ?? '9999-12-31') ||
    a.id.localeCompare(b.id)
  );
}

/** The Acties view and the dashboard's action counts: only open actions are listed anywhere. */
export function actionsOverview(actions: readonly CaseAction[], today: IsoDate): ActionsOverview {
  const open = actions.filter((a) => a.status === ('open' satisfies ActionStatus)).sort(byDue);
  const sunday = addDays(weekStart(today), 6);
  const groups = new Map<
    string,
    { ownerName: string; ownerOrganisation: string; actions: CaseAction[] }
  >();
  for (const action of open) {
    const key = `${action.ownerName.trim().toLowerCase()}\u0000${action.ownerOrganisation.trim().toLowerCase()}`;
    const group = groups.get(key) ?? {
      ownerName: action.ownerName.trim(),
      ownerOrganisation: action.ownerOrganisation.trim(),
      actions: [],
    };
    group.actions.push(action);
    groups.set(key, group);
  }
  return {
    overdue: open.filter((a) => a.dueDate !== undefined && compareIsoDates(a.dueDate, today) < 0),
    dueThisWeek: open.filter(
      (a) =>
        a.dueDate !== undefined &&
        compareIsoDates(a.dueDate, today) >= 0 &&
        compareIsoDates(a.dueDate, sunday) <= 0,
    ),
    withoutDueDate: open.filter((a) => a.dueDate === undefined),
    byOwner: [...groups.values()].sort(
      (a, b) =>
        a.ownerName.localeCompare(b.ownerName, 'nl') ||
        a.ownerOrganisation.localeCompare(b.ownerOrganisation, 'nl'),
    ),
    openFeedbackTasks: open.filter((a) => a.kind === PARENTS_FEEDBACK_ACTION_KIND),
  };
}

/** Evaluation moments not yet done, soonest first: the plan's next review and what is overdue. */
export function pendingEvaluations(
  plan: Pick<Actieplan, 'evaluationMoments'>,
  today: IsoDate,
): {
  readonly overdue: readonly EvaluationMoment[];
  readonly upcoming: readonly EvaluationMoment[];
} {
  const pending = plan.evaluationMoments
    .filter((e) => !e.done)
    .sort((a, b) => compareIsoDates(a.date, b.date) || a.id.localeCompare(b.id));
  return {
    overdue: pending.filter((e) => compareIsoDates(e.date, today) < 0),
    upcoming: pending.filter((e) => compareIsoDates(e.date, today) >= 0),
  };
}
