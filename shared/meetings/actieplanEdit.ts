// Runs in: any environment.
//
// The edits the actieplan screen makes, as pure functions over the plan record: check what the
// user typed (field codes the screen translates), then return the next plan, validated by the
// record's own schema. The plan is created on the first write ("één kind, één plan": its id is
// derived from the case id), so an empty case never stores an empty plan.
import { compareIsoDates, isValidIsoDate, todayIso, type IsoDate } from '../domain/dates';
import type { LeefgebiedId } from '../domain/leefgebieden';
import {
  actieplanSchema,
  emptyActieplan,
  type Actieplan,
  type EvaluationMoment,
  type Goal,
  type GoalSide,
} from './actieplan';
import { withCompletionDate, type ActionStatus, type OwnerKind, type PlanAction } from './actions';
import { err, ok, type Result } from '../result';

/** Why a plan could not be saved: a schema path list, for a generic error and the log-free audit. */
export interface PlanInvalid {
  readonly code: 'invalid';
  readonly paths: readonly string[];
}

function finalise(plan: Actieplan, now: string): Result<Actieplan, PlanInvalid> {
  const parsed = actieplanSchema.safeParse({ ...plan, updatedAt: now });
  return parsed.success
    ? ok(parsed.data)
    : err({ code: 'invalid', paths: parsed.error.issues.map((i) => i.path.map(String).join('.')) });
}

function base(plan: Actieplan | undefined, caseId: string, now: string): Actieplan {
  return plan ?? emptyActieplan(caseId, now);
}

// ---- Goals -------------------------------------------------------------------------------

export interface GoalInput {
  readonly side: GoalSide;
  /** In the order chosen; the first is the main leefgebied. */
  readonly leefgebieden: readonly LeefgebiedId[];
  readonly text: string;
}

export type GoalFieldErrors = Partial<
  Record<'text', 'required' | 'tooLong'> & Record<'leefgebieden', 'required'>
>;

export const GOAL_TEXT_MAX = 2000;

export function goalErrors(input: GoalInput): GoalFieldErrors {
  const errors: { text?: 'required' | 'tooLong'; leefgebieden?: 'required' } = {};
  const text = input.text.trim();
  if (text === '') errors.text = 'required';
  else if (text.length > GOAL_TEXT_MAX) errors.text = 'tooLong';
  if (input.leefgebieden.length === 0) errors.leefgebieden = 'required';
  return errors;
}

/** Adds the goal, or replaces the goal with the same id. */
export function saveGoal(
  plan: Actieplan | undefined,
  caseId: string,
  id: string,
  input: GoalInput,
  now: string,
): Result<Actieplan, PlanInvalid> {
  const current = base(plan, caseId, now);
  const goal: Goal = {
    id,
    side: input.side,
    leefgebieden: [...new Set(input.leefgebieden)],
    text: input.text.trim(),
  };
  const exists = current.goals.some((g) => g.id === id);
  return finalise(
    {
      ...current,
      goals: exists ? current.goals.map((g) => (g.id === id ? goal : g)) : [...current.goals, goal],
    },
    now,
  );
}

export function removeGoal(
  plan: Actieplan,
  goalId: string,
  now: string,
): Result<Actieplan, PlanInvalid> {
  return finalise({ ...plan, goals: plan.goals.filter((g) => g.id !== goalId) }, now);
}

// ---- Actions -----------------------------------------------------------------------------

export interface ActionInput {
  readonly description: string;
  readonly ownerName: string;
  readonly ownerOrganisation: string;
  readonly ownerKind: OwnerKind;
  /** "" for no due date. */
  readonly dueDate: string;
  readonly status: ActionStatus;
  readonly outcome: string;
}

type ActionField = 'description' | 'ownerName' | 'ownerOrganisation' | 'dueDate' | 'outcome';
export type ActionFieldErrors = Partial<
  Record<ActionField, 'required' | 'tooLong' | 'invalidDate'>
>;

const ACTION_LIMITS: Readonly<Record<Exclude<ActionField, 'dueDate'>, number>> = {
  description: 2000,
  ownerName: 200,
  ownerOrganisation: 200,
  outcome: 4000,
};

/**
 * What is wrong with the action's input. `dueDateRequired`: the action is an agreement with a
 * day to look again (a meldcode monitoring agreement), so it cannot be saved without one.
 */
export function actionErrors(
  input: ActionInput,
  options: { readonly dueDateRequired?: boolean } = {},
): ActionFieldErrors {
  const errors: Partial<Record<ActionField, 'required' | 'tooLong' | 'invalidDate'>> = {};
  if (input.description.trim() === '') errors.description = 'required';
  if (options.dueDateRequired === true && input.dueDate.trim() === '') errors.dueDate = 'required';
  if (input.ownerName.trim() === '') errors.ownerName = 'required';
  for (const field of ['description', 'ownerName', 'ownerOrganisation', 'outcome'] as const) {
    if (input[field].trim().length > ACTION_LIMITS[field]) errors[field] = 'tooLong';
  }
  if (input.dueDate.trim() !== '' && !isValidIsoDate(input.dueDate.trim()))
    errors.dueDate = 'invalidDate';
  return errors;
}

/**
 * True when the dialog's input would make an overdue action (isOverdue): allowed (an action
 * recorded after the fact), but the dialog says so instead of accepting it without a word.
 */
export function dueDateInPast(
  input: Pick<ActionInput, 'dueDate' | 'status'>,
  today: IsoDate,
): boolean {
  const due = input.dueDate.trim();
  return isValidIsoDate(due) && isOverdue({ status: input.status, dueDate: due }, today);
}

/** The action with the user's input applied; meeting fields (source, kind) are kept. */
export function applyActionInput(
  id: string,
  input: ActionInput,
  previous?: PlanAction,
): PlanAction {
  const due = input.dueDate.trim();
  return {
    id,
    ...(previous?.kind === undefined ? {} : { kind: previous.kind }),
    ...(previous?.source === undefined ? {} : { source: previous.source }),
    description: input.description.trim(),
    ownerName: input.ownerName.trim(),
    ownerOrganisation: input.ownerOrganisation.trim(),
    ownerKind: input.ownerKind,
    ...(due === '' ? {} : { dueDate: due }),
    status: input.status,
    outcome: input.outcome.trim(),
  };
}

/** Adds the action, or replaces the action with the same id. */
export function savePlanAction(
  plan: Actieplan | undefined,
  caseId: string,
  action: PlanAction,
  now: string,
): Result<Actieplan, PlanInvalid> {
  const current = base(plan, caseId, now);
  const previous = current.actions.find((a) => a.id === action.id);
  const stored = withCompletionDate(previous, action, todayIso(new Date(now)));
  return finalise(
    {
      ...current,
      actions:
        previous !== undefined
          ? current.actions.map((a) => (a.id === action.id ? stored : a))
          : [...current.actions, stored],
    },
    now,
  );
}

/** An open action whose due date has passed: the plan and the Acties view highlight it. */
export function isOverdue(action: Pick<PlanAction, 'status' | 'dueDate'>, today: IsoDate): boolean {
  return (
    action.status === 'open' &&
    action.dueDate !== undefined &&
    compareIsoDates(action.dueDate, today) < 0
  );
}

/** The plan's actions in working order: open first (soonest due first, no date last), then the rest by due date. */
export function actionsInPlanOrder(actions: readonly PlanAction[]): PlanAction[] {
  const rank = (a: PlanAction): number => (a.status === 'open' ? 0 : 1);
  return [...actions].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareIsoDates(a.dueDate ?? '9999-12-31', b.dueDate ?? '9999-12-31') ||
      a.id.localeCompare(b.id),
  );
}

// ---- Evaluation moments ------------------------------------------------------------------

export interface EvaluationInput {
  readonly date: string;
  readonly note: string;
}

export type EvaluationFieldErrors = Partial<
  Record<'date', 'required' | 'invalidDate'> & Record<'note', 'tooLong'>
>;

export function evaluationErrors(input: EvaluationInput): EvaluationFieldErrors {
  const errors: { date?: 'required' | 'invalidDate'; note?: 'tooLong' } = {};
  const date = input.date.trim();
  if (date === '') errors.date = 'required';
  else if (!isValidIsoDate(date)) errors.date = 'invalidDate';
  if (input.note.trim().length > 4000) errors.note = 'tooLong';
  return errors;
}

/** Adds the moment, or replaces the moment with the same id. */
export function saveEvaluation(
  plan: Actieplan | undefined,
  caseId: string,
  moment: EvaluationMoment,
  now: string,
): Result<Actieplan, PlanInvalid> {
  const current = base(plan, caseId, now);
  const exists = current.evaluationMoments.some((e) => e.id === moment.id);
  return finalise(
    {
      ...current,
      evaluationMoments: exists
        ? current.evaluationMoments.map((e) => (e.id === moment.id ? moment : e))
        : [...current.evaluationMoments, moment],
    },
    now,
  );
}

export function removeEvaluation(
  plan: Actieplan,
  momentId: string,
  now: string,
): Result<Actieplan, PlanInvalid> {
  return finalise(
    { ...plan, evaluationMoments: plan.evaluationMoments.filter((e) => e.id !== momentId) },
    now,
  );
}

/** Every moment, soonest first, for the list (done ones stay visible, marked as such). */
export function evaluationsInOrder(moments: readonly EvaluationMoment[]): EvaluationMoment[] {
  return [...moments].sort((a, b) => compareIsoDates(a.date, b.date) || a.id.localeCompare(b.id));
}

/** Where an evaluation moment stands today: held, past its date without being held, or still to come. */
export function evaluationState(
  moment: Pick<EvaluationMoment, 'done' | 'date'>,
  today: IsoDate,
): 'done' | 'overdue' | 'planned' {
  if (moment.done) return 'done';
  return compareIsoDates(moment.date, today) < 0 ? 'overdue' : 'planned';
}

/** A plan with nothing in it yet (or none at all): the tab shows its empty state. */
export function isEmptyActieplan(
  plan: Pick<Actieplan, 'goals' | 'actions' | 'evaluationMoments'> | undefined,
): boolean {
  return (
    plan === undefined ||
    (plan.goals.length === 0 && plan.actions.length === 0 && plan.evaluationMoments.length === 0)
  );
}
