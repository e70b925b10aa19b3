// Runs in: any environment.
//
// After approval every action of the meeting lands in its case's actieplan ("één kind, één
// plan"), one plan per case. Landing is idempotent (landActions leaves known actions alone),
// so when writing the plans fails it can simply be tried again; unlandedActionCount tells the
// screen whether that is still needed. Pure: the plans are looked up through a function.
import { actieplanIdFor, landActions, type Actieplan, type ActieplanProblem } from './actieplan';
import type { Meeting } from './meeting';
import type { LandedAction } from './actions';
import { actionsFromMeeting } from './minutes';
import { err, ok, type Result } from '../result';

export type PlanLookup = (planId: string) => Actieplan | undefined;

function byCase(meeting: Meeting): Map<string, LandedAction[]> {
  const groups = new Map<string, LandedAction[]>();
  for (const landed of actionsFromMeeting(meeting))
    groups.set(landed.caseId, [...(groups.get(landed.caseId) ?? []), landed]);
  return groups;
}

/** The plans to write: each case's plan with the meeting's actions added (only cases with actions). */
export function plansForMeeting(
  meeting: Meeting,
  plan: PlanLookup,
  now: string,
): Result<Actieplan[], ActieplanProblem> {
  const plans: Actieplan[] = [];
  for (const [caseId, landed] of byCase(meeting)) {
    const result = landActions(plan(actieplanIdFor(caseId)), caseId, landed, now);
    if (!result.ok) return err(result.error);
    plans.push(result.value);
  }
  return ok(plans);
}

/** How many of the meeting's actions are not (yet) in their case's plan. */
export function unlandedActionCount(meeting: Meeting, plan: PlanLookup): number {
  let count = 0;
  for (const [caseId, landed] of byCase(meeting)) {
    const known = new Set(plan(actieplanIdFor(caseId))?.actions.map((a) => a.id) ?? []);
    count += landed.filter((l) => !known.has(l.action.id)).length;
  }
  return count;
}
