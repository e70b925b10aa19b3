// Runs in: any environment.
//
// Turns what blocks approval (approvalProblems) into what the afronden screen lists: the
// message key under meetingRun.minutes.problems.codes, its values, and where in meeting mode
// the user fixes it (the item and the field, as meeting mode names its fields). Pure, so
// every code is covered by a unit test.
import type { IsoDate } from '../domain/dates';
import type { MeetingProblem, MeetingProblemCode } from './problems';

export type ProblemFieldKey =
  | 'question'
  | 'situation'
  | 'discussed'
  | 'decision'
  | 'actionDescription'
  | 'actionOutcome'
  | 'parentsFeedback'
  | 'other';
export type MissingKey = 'description' | 'ownerName' | 'dueDate';

export interface ProblemEntry {
  readonly code: MeetingProblemCode;
  readonly itemId?: string;
  /** The meeting-mode field to focus (data-run-field), when there is one. */
  readonly runField?: string;
  readonly count?: number;
  readonly missing?: readonly MissingKey[];
  readonly field?: ProblemFieldKey;
  /** The meeting's date, for "the minutes can be approved from …". */
  readonly date?: IsoDate;
}

/** The meeting-mode field name of an item text field as approvalProblems names it. */
export function textFieldTarget(field: string): {
  readonly key: ProblemFieldKey;
  readonly runField?: string;
} {
  if (field === 'question') return { key: 'question' };
  if (field === 'situation' || field === 'discussed') return { key: field, runField: field };
  if (field === 'parentsFeedback') return { key: 'parentsFeedback', runField: 'feedback-reason' };
  const decision = /^decisions\.(.+)$/.exec(field);
  if (decision?.[1] !== undefined) return { key: 'decision', runField: `decision:${decision[1]}` };
  const action = /^actions\.(.+)\.(description|outcome)$/.exec(field);
  if (action?.[1] !== undefined)
    return action[2] === 'description'
      ? { key: 'actionDescription', runField: `action:${action[1]}:description` }
      : { key: 'actionOutcome' };
  return { key: 'other' };
}

const MISSING_FIELD: Readonly<Record<MissingKey, string>> = {
  description: 'description',
  ownerName: 'owner',
  dueDate: 'due',
};

export function problemEntry(problem: MeetingProblem): ProblemEntry {
  switch (problem.code) {
    case 'presence-unknown':
      return { code: problem.code, runField: 'presence', count: problem.attendeeIds.length };
    case 'decision-empty':
      return {
        code: problem.code,
        itemId: problem.itemId,
        runField: `decision:${problem.decisionId}`,
      };
    case 'action-incomplete': {
      const first = problem.missing[0];
      return {
        code: problem.code,
        itemId: problem.itemId,
        missing: problem.missing,
        ...(first === undefined
          ? {}
          : { runField: `action:${problem.actionId}:${MISSING_FIELD[first]}` }),
      };
    }
    case 'feedback-reason-missing':
      return { code: problem.code, itemId: problem.itemId, runField: 'feedback-reason' };
    case 'anonymous-item-names-pupil': {
      const target = textFieldTarget(problem.field);
      return {
        code: problem.code,
        itemId: problem.itemId,
        field: target.key,
        ...(target.runField === undefined ? {} : { runField: target.runField }),
      };
    }
    case 'anonymous-partner-action':
      return {
        code: problem.code,
        itemId: problem.itemId,
        ...(problem.actionId === undefined
          ? { runField: 'feedback-kind' }
          : { runField: `action:${problem.actionId}:kind` }),
      };
    case 'process-evaluation-empty':
      return { code: problem.code, runField: 'process-wentWell' };
    case 'meeting-in-future':
      return { code: problem.code, date: problem.date };
    case 'named-without-consent':
    case 'pupil-mismatch':
      return {
        code: problem.code,
        ...(problem.itemId === undefined ? {} : { itemId: problem.itemId }),
      };
    case 'item-not-found':
      return { code: problem.code, itemId: problem.itemId };
    case 'action-not-found':
    case 'decision-not-found':
      return { code: problem.code, itemId: problem.itemId };
    case 'minutes-approved':
    case 'minutes-not-approved':
    case 'meeting-still-concept':
    case 'status-transition-not-allowed':
    case 'attendee-not-found':
    case 'duplicate-id':
    case 'too-many-items':
    case 'case-already-on-agenda':
    case 'invalid-order':
    case 'addendum-empty':
    case 'addendum-before-approval':
    case 'invalid-meeting':
      return { code: problem.code };
    default: {
      const never: never = problem;
      return never;
    }
  }
}
