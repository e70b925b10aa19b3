// Runs in: any environment.
//
// Running the meeting and closing it (issue 5 §4-§5): every edit of the minutes goes through
// editMinutes, which refuses once the minutes are approved ("vastgesteld") and applies the
// agenda rules (no partner actions on anonymous items). approveMinutes checks the whole
// record first: named items still covered by consent, every action complete, feedback to
// parents settled, anonymous items free of the pupil's name. After approval, corrections
// are dated addenda, and the actions land in each case's actieplan and chronology.
import { err, ok, type Result } from '../result';
import type { ExternalChronologyEvent } from '../domain/chronology';
import type { Consent } from '../domain/consent';
import { addDays, compareIsoDates, type IsoDate } from '../domain/dates';
import {
  missingActionFields,
  PARENTS_FEEDBACK_ACTION_KIND,
  type ActionOwner,
  type Decision,
  type LandedAction,
  type MeetingAction,
} from './actions';
import { agendaItemMode, canAssignAction, type ConsentPupil } from './agenda';
import { ensureEditable, finalise, findItem, replaceItem } from './edit';
import { MEETING_KIND_IN_TEXT_NL } from './meetingLabelsNl';
import {
  agendaInOrder,
  type Addendum,
  type AgendaItem,
  type AttendeePresence,
  type Meeting,
  type MeetingStatus,
  type ParentsFeedback,
  type ProcessEvaluation,
} from './meeting';
import { mentionsPupil, type IdentifyingPupil } from './names';
import type { MeetingProblem } from './problems';

/** One change to the minutes, as the meeting screen makes them (each autosaved on its own). */
export type MinutesChange =
  | { readonly kind: 'presence'; readonly attendeeId: string; readonly presence: AttendeePresence }
  | {
      readonly kind: 'item-fields';
      readonly itemId: string;
      readonly patch: Partial<
        Pick<AgendaItem, 'situation' | 'discussed' | 'question' | 'bespreekdoel' | 'timeboxMinutes'>
      > & {
        /** `null` clears the field. */
        readonly nextEvaluationDate?: IsoDate | null;
        readonly parentsFeedback?: ParentsFeedback | null;
      };
    }
  | { readonly kind: 'add-decision'; readonly itemId: string; readonly decision: Decision }
  | { readonly kind: 'update-decision'; readonly itemId: string; readonly decision: Decision }
  | { readonly kind: 'remove-decision'; readonly itemId: string; readonly decisionId: string }
  | { readonly kind: 'add-action'; readonly itemId: string; readonly action: MeetingAction }
  | { readonly kind: 'update-action'; readonly itemId: string; readonly action: MeetingAction }
  | { readonly kind: 'remove-action'; readonly itemId: string; readonly actionId: string }
  | { readonly kind: 'process-evaluation'; readonly patch: Partial<ProcessEvaluation> };

function withItem(
  meeting: Meeting,
  itemId: string,
  change: (item: AgendaItem) => Result<AgendaItem, MeetingProblem>,
): Result<Meeting, MeetingProblem> {
  const found = findItem(meeting, itemId);
  if (!found.ok) return found;
  const changed = change(found.value);
  return changed.ok ? ok(replaceItem(meeting, changed.value)) : changed;
}

function applyChange(meeting: Meeting, change: MinutesChange): Result<Meeting, MeetingProblem> {
  switch (change.kind) {
    case 'presence': {
      if (!meeting.attendees.some((a) => a.id === change.attendeeId))
        return err({ code: 'attendee-not-found', attendeeId: change.attendeeId });
      return ok({
        ...meeting,
        attendees: meeting.attendees.map((a) =>
          a.id === change.attendeeId ? { ...a, presence: change.presence } : a,
        ),
      });
    }
    case 'item-fields':
      return withItem(meeting, change.itemId, (item) => {
        const { nextEvaluationDate, parentsFeedback, ...fields } = change.patch;
        const { nextEvaluationDate: _oldDate, parentsFeedback: _oldFeedback, ...base } = item;
        const date =
          nextEvaluationDate === undefined
            ? item.nextEvaluationDate
            : (nextEvaluationDate ?? undefined);
        const feedback =
          parentsFeedback === undefined ? item.parentsFeedback : (parentsFeedback ?? undefined);
        if (item.mode === 'anonymous' && feedback?.by?.kind === 'partner')
          return err({ code: 'anonymous-partner-action', itemId: item.id });
        return ok({
          ...base,
          ...fields,
          ...(date !== undefined ? { nextEvaluationDate: date } : {}),
          ...(feedback !== undefined ? { parentsFeedback: feedback } : {}),
        });
      });
    case 'add-decision':
      return withItem(meeting, change.itemId, (item) =>
        item.decisions.some((d) => d.id === change.decision.id)
          ? err({ code: 'duplicate-id', id: change.decision.id })
          : ok({ ...item, decisions: [...item.decisions, change.decision] }),
      );
    case 'update-decision':
      return withItem(meeting, change.itemId, (item) =>
        item.decisions.some((d) => d.id === change.decision.id)
          ? ok({
              ...item,
              decisions: item.decisions.map((d) =>
                d.id === change.decision.id ? change.decision : d,
              ),
            })
          : err({ code: 'decision-not-found', itemId: item.id, decisionId: change.decision.id }),
      );
    case 'remove-decision':
      return withItem(meeting, change.itemId, (item) =>
        item.decisions.some((d) => d.id === change.decisionId)
          ? ok({ ...item, decisions: item.decisions.filter((d) => d.id !== change.decisionId) })
          : err({ code: 'decision-not-found', itemId: item.id, decisionId: change.decisionId }),
      );
    case 'add-action':
    case 'update-action':
      return withItem(meeting, change.itemId, (item) => {
        const allowed = canAssignAction(item, change.action);
        if (!allowed.ok) return allowed;
        const exists = item.actions.some((a) => a.id === change.action.id);
        if (change.kind === 'add-action') {
          const elsewhere = meeting.agenda.some((i) =>
            i.actions.some((a) => a.id === change.action.id),
          );
          return elsewhere
            ? err({ code: 'duplicate-id', id: change.action.id })
            : ok({ ...item, actions: [...item.actions, change.action] });
        }
        return exists
          ? ok({
              ...item,
              actions: item.actions.map((a) => (a.id === change.action.id ? change.action : a)),
            })
          : err({ code: 'action-not-found', itemId: item.id, actionId: change.action.id });
      });
    case 'remove-action':
      return withItem(meeting, change.itemId, (item) =>
        item.actions.some((a) => a.id === change.actionId)
          ? ok({ ...item, actions: item.actions.filter((a) => a.id !== change.actionId) })
          : err({ code: 'action-not-found', itemId: item.id, actionId: change.actionId }),
      );
    case 'process-evaluation': {
      const current = meeting.processEvaluation ?? {
        wentWell: '',
        didNotGoWell: '',
        doDifferently: '',
      };
      return ok({ ...meeting, processEvaluation: { ...current, ...change.patch } });
    }
    default: {
      const never: never = change;
      throw new Error(`unknown change ${JSON.stringify(never)}`);
    }
  }
}

/** Applies one change to the minutes. Refused with 'minutes-approved' once the minutes are approved. */
export function editMinutes(
  meeting: Meeting,
  change: MinutesChange,
  now: string,
): Result<Meeting, MeetingProblem> {
  const editable = ensureEditable(meeting);
  if (!editable.ok) return editable;
  const changed = applyChange(meeting, change);
  return changed.ok ? finalise(changed.value, now) : changed;
}

const TRANSITIONS: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  concept: ['gepland'],
  gepland: ['concept', 'bezig'],
  bezig: ['gepland'],
  // Only approveMinutes makes minutes 'vastgesteld', and nothing leaves it.
  vastgesteld: [],
};

/** Moves a meeting along concept → gepland → bezig (and back a step). Approval is approveMinutes. */
export function setMeetingStatus(
  meeting: Meeting,
  to: MeetingStatus,
  now: string,
): Result<Meeting, MeetingProblem> {
  const editable = ensureEditable(meeting);
  if (!editable.ok) return editable;
  if (!TRANSITIONS[meeting.status].includes(to))
    return err({ code: 'status-transition-not-allowed', from: meeting.status, to });
  return finalise({ ...meeting, status: to }, now);
}

export interface FeedbackContext {
  readonly meeting: Pick<Meeting, 'date'>;
  /** Who gives feedback when the team named nobody (usually the IB). */
  readonly defaultOwner: ActionOwner;
  /** Days after the meeting the task falls due (the template's feedbackDueDays). */
  readonly dueDays: number;
}

/** The id of an item's feedback task: derived, so asking twice never makes two tasks. */
export function feedbackTaskId(itemId: string): string {
  return `fb-${itemId}`.slice(0, 80);
}

/**
 * The task to give the parents feedback on the discussion (brief §2 step 6: "unless the
 * zorgteam agreed otherwise"). There is a task unless the team recorded that no feedback is
 * given and why; the owner is who the team named, else the default owner.
 */
export function feedbackTaskFor(
  item: Pick<AgendaItem, 'id' | 'parentsFeedback'>,
  context: FeedbackContext,
):
  | { readonly task: MeetingAction }
  | { readonly task: undefined; readonly because: 'team-decided-no-feedback' } {
  const feedback = item.parentsFeedback;
  if (feedback !== undefined && !feedback.given && feedback.reasonIfNot !== undefined)
    return { task: undefined, because: 'team-decided-no-feedback' };
  const owner = feedback?.by ?? context.defaultOwner;
  return {
    task: {
      id: feedbackTaskId(item.id),
      description: 'Terugkoppeling aan ouders over de bespreking',
      ownerName: owner.name,
      ownerOrganisation: owner.organisation,
      ownerKind: owner.kind,
      dueDate: addDays(context.meeting.date, context.dueDays),
      status: 'open',
      outcome: '',
      kind: PARENTS_FEEDBACK_ACTION_KIND,
    },
  };
}

export interface ApprovalContext {
  /** Name of who approves. */
  readonly by: string;
  /** The moment of approval (ISO timestamp with offset). */
  readonly at: string;
  /** The pupils of the items (for the consent check and the name check of anonymous items). */
  readonly pupils: readonly (ConsentPupil & IdentifyingPupil)[];
  readonly consents: readonly Consent[];
  /** Owner of feedback tasks where the team named nobody, and when they fall due. */
  readonly feedback: Omit<FeedbackContext, 'meeting'>;
}

/** The text fields of an item, by name, for the name check. */
function itemTexts(item: AgendaItem): { field: string; text: string }[] {
  return [
    { field: 'question', text: item.question },
    { field: 'situation', text: item.situation },
    { field: 'discussed', text: item.discussed },
    ...item.decisions.map((d) => ({ field: `decisions.${d.id}`, text: d.text })),
    ...item.actions.flatMap((a) => [
      { field: `actions.${a.id}.description`, text: a.description },
      { field: `actions.${a.id}.outcome`, text: a.outcome },
    ]),
    {
      field: 'parentsFeedback',
      text: [item.parentsFeedback?.reasonIfNot ?? '', item.parentsFeedback?.by?.name ?? ''].join(
        ' ',
      ),
    },
  ];
}

/** Every reason the minutes cannot be approved yet; empty when they can. */
export function approvalProblems(meeting: Meeting, context: ApprovalContext): MeetingProblem[] {
  if (meeting.status === 'vastgesteld') return [{ code: 'minutes-approved' }];
  if (meeting.status === 'concept') return [{ code: 'meeting-still-concept' }];
  const problems: MeetingProblem[] = [];
  const approvalDate = context.at.slice(0, 10);
  // Minutes say what a meeting decided: before its day there is nothing to approve. A meeting
  // held on another day than planned is moved first ("Datum, tijd en plaats wijzigen").
  if (compareIsoDates(approvalDate, meeting.date) < 0)
    problems.push({ code: 'meeting-in-future', date: meeting.date });
  const unknown = meeting.attendees.filter((a) => a.presence === 'onbekend').map((a) => a.id);
  if (unknown.length > 0) problems.push({ code: 'presence-unknown', attendeeIds: unknown });
  for (const item of agendaInOrder(meeting)) {
    const pupil = context.pupils.find((p) => p.id === item.pupilId);
    if (pupil === undefined) {
      problems.push({ code: 'pupil-mismatch', itemId: item.id });
      continue;
    }
    if (item.mode === 'named') {
      // The discussion needed consent on the meeting's date; a withdrawal since (up to the
      // approval) blocks recording the name in approved minutes, a later use.
      const decision = agendaItemMode(pupil, context.consents, meeting, meeting.date);
      if (decision.mode === 'anonymous')
        problems.push({
          code: 'named-without-consent',
          itemId: item.id,
          reasons: decision.reasons,
        });
      else {
        const used = context.consents.filter((c) => decision.consentIds.includes(c.id));
        const standing = used.filter(
          (c) => c.withdrawn === undefined || compareIsoDates(c.withdrawn.date, approvalDate) > 0,
        );
        const first = used[0];
        if (standing.length === 0 && first?.withdrawn !== undefined) {
          problems.push({
            code: 'named-without-consent',
            itemId: item.id,
            reasons: [
              {
                code: 'withdrawn',
                consentId: first.id,
                date: first.withdrawn.date,
                by: first.withdrawn.by,
              },
            ],
          });
        }
      }
    } else {
      for (const { field, text } of itemTexts(item)) {
        if (mentionsPupil(text, pupil, 'own', item.nameCorrections))
          problems.push({ code: 'anonymous-item-names-pupil', itemId: item.id, field });
      }
    }
    for (const action of item.actions) {
      const allowed = canAssignAction(item, action);
      if (!allowed.ok) problems.push(allowed.error);
      const missing = missingActionFields(action);
      if (missing.length > 0)
        problems.push({ code: 'action-incomplete', itemId: item.id, actionId: action.id, missing });
    }
    for (const decision of item.decisions)
      if (decision.text.trim() === '')
        problems.push({ code: 'decision-empty', itemId: item.id, decisionId: decision.id });
    if (
      item.parentsFeedback !== undefined &&
      !item.parentsFeedback.given &&
      item.parentsFeedback.reasonIfNot === undefined
    )
      problems.push({ code: 'feedback-reason-missing', itemId: item.id });
  }
  const evaluation = meeting.processEvaluation;
  if (
    evaluation !== undefined &&
    [evaluation.wentWell, evaluation.didNotGoWell, evaluation.doDifferently].every(
      (t) => t.trim() === '',
    )
  )
    problems.push({ code: 'process-evaluation-empty' });
  return problems;
}

/**
 * Approves ("vaststellen") the minutes: refused with every problem approvalProblems finds.
 * On success the meeting is 'vastgesteld' with approvedAt/approvedBy, and each item that
 * needs one has its parents' feedback task among its actions (so it lands in the actieplan).
 */
export function approveMinutes(
  meeting: Meeting,
  context: ApprovalContext,
): Result<Meeting, readonly MeetingProblem[]> {
  const problems = approvalProblems(meeting, context);
  if (problems.length > 0) return err(problems);
  const agenda = meeting.agenda.map((item) => {
    const feedback = feedbackTaskFor(item, { meeting, ...context.feedback });
    if (feedback.task === undefined || item.actions.some((a) => a.id === feedback.task.id))
      return item;
    // An anonymous item's feedback is given by the school: the rule holds for this task too.
    const task: MeetingAction =
      item.mode === 'anonymous' && feedback.task.ownerKind === 'partner'
        ? { ...feedback.task, ownerKind: 'school' }
        : feedback.task;
    return { ...item, actions: [...item.actions, task] };
  });
  const approved = finalise(
    { ...meeting, agenda, status: 'vastgesteld', approvedAt: context.at, approvedBy: context.by },
    context.at,
  );
  return approved.ok ? ok(approved.value) : err([approved.error]);
}

/** Adds a dated correction to approved minutes (the minutes themselves stay as approved). */
export function addAddendum(
  meeting: Meeting,
  addendum: Addendum,
  now: string,
): Result<Meeting, MeetingProblem> {
  if (meeting.status !== 'vastgesteld' || meeting.approvedAt === undefined)
    return err({ code: 'minutes-not-approved' });
  if (addendum.text.trim() === '') return err({ code: 'addendum-empty' });
  if (compareIsoDates(addendum.date, meeting.approvedAt.slice(0, 10)) < 0)
    return err({ code: 'addendum-before-approval' });
  if (meeting.addenda.some((a) => a.id === addendum.id))
    return err({ code: 'duplicate-id', id: addendum.id });
  return finalise(
    { ...meeting, addenda: [...meeting.addenda, { ...addendum, text: addendum.text.trim() }] },
    now,
  );
}

/** An action on its way to a case's actieplan. */
/** The actions each case's actieplan receives from the meeting, with where they came from, in agenda order. */
export function actionsFromMeeting(meeting: Meeting): LandedAction[] {
  return agendaInOrder(meeting).flatMap((item) =>
    item.actions.map((action) => ({
      caseId: item.caseId,
      action: {
        ...action,
        source: {
          meetingId: meeting.id,
          meetingKind: meeting.kind,
          meetingDate: meeting.date,
          itemId: item.id,
        },
      },
    })),
  );
}

/**
 * The chronology events of an approved meeting for each case it discussed: one 'overleg'
 * event per item and one 'actie' event per action. Titles name the meeting kind and the
 * action, never the pupil (the chronology is already the pupil's own).
 */
export function meetingChronologyEvents(
  meeting: Meeting,
): { readonly caseId: string; readonly event: ExternalChronologyEvent }[] {
  const recordedAt = meeting.approvedAt ?? meeting.updatedAt;
  const where = MEETING_KIND_IN_TEXT_NL[meeting.kind];
  return agendaInOrder(meeting).flatMap((item) => [
    {
      caseId: item.caseId,
      event: {
        key: `meeting:${meeting.id}:${item.id}`,
        kind: 'overleg' as const,
        date: meeting.date,
        recordedAt,
        title: `Besproken in ${where}${item.mode === 'anonymous' ? ' (zonder naam)' : ''}`,
        label: {
          kind: 'meeting-discussed' as const,
          meetingKind: meeting.kind,
          anonymous: item.mode === 'anonymous',
        },
        refId: meeting.id,
      },
    },
    ...item.actions.map((action) => ({
      caseId: item.caseId,
      event: {
        key: `meeting-action:${meeting.id}:${action.id}`,
        kind: 'actie' as const,
        date: meeting.date,
        recordedAt,
        title: `Actie: ${action.description}`.slice(0, 200),
        label: { kind: 'meeting-action' as const, description: action.description },
        refId: meeting.id,
      },
    })),
  ]);
}
