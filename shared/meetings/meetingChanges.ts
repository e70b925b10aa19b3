// Runs in: any environment.
//
// The changes meeting mode makes to its drafts, as pure functions the draft editors
// (draftEditor.ts) call: a minutes change checked by the domain rules, a run state change
// checked by its schema, and an action update computed from the latest meeting. Free of
// React, so they are unit-tested.
import type { MeetingAction } from './actions';
import type { Meeting } from './meeting';
import { editMinutes, type MinutesChange } from './minutes';
import type { MeetingProblem } from './problems';
import { meetingRunStateSchema, type MeetingRunState } from './runState';
import type { Result } from '../result';

export type RunStateChange = (state: MeetingRunState | undefined, now: string) => MeetingRunState;

/** editMinutes as the draft editor calls it: the next meeting when the change fits, and the result. */
export function applyMinutesChange(
  current: Meeting | undefined,
  change: MinutesChange,
  now: string,
):
  | { readonly next: Meeting | undefined; readonly result: Result<Meeting, MeetingProblem> }
  | undefined {
  if (current === undefined) return undefined;
  const result = editMinutes(current, change, now);
  return { next: result.ok ? result.value : undefined, result };
}

/** The next run state when it differs and is valid; undefined leaves the state as it was. */
export function nextRunState(
  current: MeetingRunState | undefined,
  change: RunStateChange,
  now: string,
): MeetingRunState | undefined {
  const next = change(current, now);
  if (next === current) return undefined;
  return meetingRunStateSchema.safeParse(next).success ? next : undefined;
}

/**
 * An update of one action computed from the latest meeting (undefined when the action is
 * gone), so a field never writes back a stale copy of the row. `dueDate: undefined` clears it.
 */
export function actionUpdate(
  itemId: string,
  actionId: string,
  patch: Partial<MeetingAction>,
): (latest: Meeting) => MinutesChange | undefined {
  return (latest) => {
    const action = latest.agenda
      .find((i) => i.id === itemId)
      ?.actions.find((a) => a.id === actionId);
    if (action === undefined) return undefined;
    const { dueDate: _old, ...rest } = { ...action, ...patch };
    const dueDate = 'dueDate' in patch ? patch.dueDate : action.dueDate;
    return {
      kind: 'update-action',
      itemId,
      action: { ...rest, ...(dueDate === undefined ? {} : { dueDate }) },
    };
  };
}
