// Runs in: any environment.
//
// The consent filter of a shared meeting file (issue 7 §2): which items may carry the pupil's
// name for the organisations the file goes to, and the file content built from that decision.
// Discussing a child by name in the school's own meeting ('bespreken-op-naam') is not enough
// to send the name to an outside organisation: that is exchanging information with it, so
// every recipient organisation needs its own valid 'informatie-uitwisselen' consent covering
// the data the file carries. An item that fails for any recipient goes into the file
// anonymous, with a pseudonym, and all text of the whole file is scrubbed of that pupil's
// names by anonymise() (the only view shared files are built from).
import { evaluateConsent, type ConsentReason } from '../domain/consentEvaluation';
import type { Consent, DataCategory } from '../domain/consent';
import type { IsoDate } from '../domain/dates';
import { displayName, type Pupil } from '../domain/pupil';
import type { MeetingAction, PlanAction } from '../meetings/actions';
import { pseudonymForIndex } from '../meetings/agenda';
import {
  anonymisationReport,
  anonymise,
  type ItemView,
  type Replacement,
} from '../meetings/anonymise';
import { PSEUDONYM_PATTERN, type Meeting } from '../meetings/meeting';
import { err, ok, type Result } from '../result';
import {
  MEETING_CONTENT_FORMAT,
  type SharedAction,
  type SharedItem,
  type SharedMeetingContent,
} from './meetingContent';

/** What a file of each phase carries about a named child, as consent data categories. */
export function shareCategories(phase: SharedMeetingContent['phase']): DataCategory[] {
  return phase === 'agenda'
    ? ['basisgegevens', 'zorgsignaal-en-hulpvraag']
    : ['basisgegevens', 'zorgsignaal-en-hulpvraag', 'overlegverslagen', 'actieplan'];
}

/** The decision for one agenda item. */
export type ItemShareDecision =
  | { readonly itemId: string; readonly mode: 'named'; readonly consentIds: readonly string[] }
  | {
      readonly itemId: string;
      readonly mode: 'anonymous';
      readonly reason: 'anonymous-in-meeting' | 'no-recipient-organisation' | 'pupil-missing';
    }
  | {
      readonly itemId: string;
      readonly mode: 'anonymous';
      readonly reason: 'no-consent';
      readonly organisationId: string;
      readonly reasons: readonly ConsentReason[];
    };

export interface ShareFilterInput {
  readonly meeting: Meeting;
  readonly phase: SharedMeetingContent['phase'];
  /** The pupils of the meeting's items (others are ignored). */
  readonly pupils: readonly Pupil[];
  readonly consents: readonly Consent[];
  /** The organisations (directory ids) of everyone the file is for. */
  readonly organisationIds: readonly string[];
  /** The day of sharing. */
  readonly onDate: IsoDate;
}

/**
 * Per agenda item: named only when the item is named in the meeting and, for EVERY recipient
 * organisation, a valid 'informatie-uitwisselen' consent covers the phase's categories on
 * `onDate`. With no recipient organisation (e.g. a passphrase file for nobody in particular)
 * every item is anonymous.
 */
export function decideItemModes(
  input: Omit<ShareFilterInput, 'phase'> & { readonly phase: SharedMeetingContent['phase'] },
): ItemShareDecision[] {
  const organisations = [...new Set(input.organisationIds)].sort();
  return input.meeting.agenda.map((item): ItemShareDecision => {
    if (item.mode === 'anonymous')
      return { itemId: item.id, mode: 'anonymous', reason: 'anonymous-in-meeting' };
    if (organisations.length === 0)
      return { itemId: item.id, mode: 'anonymous', reason: 'no-recipient-organisation' };
    const pupil = input.pupils.find((p) => p.id === item.pupilId);
    if (pupil === undefined) return { itemId: item.id, mode: 'anonymous', reason: 'pupil-missing' };
    const consentIds: string[] = [];
    for (const organisationId of organisations) {
      const decision = evaluateConsent(
        {
          purpose: 'informatie-uitwisselen',
          recipientOrganisationId: organisationId,
          categories: shareCategories(input.phase),
          onDate: input.onDate,
        },
        pupil,
        input.consents,
      );
      if (!decision.allowed)
        return {
          itemId: item.id,
          mode: 'anonymous',
          reason: 'no-consent',
          organisationId,
          reasons: decision.reasons,
        };
      consentIds.push(...decision.consentIds);
    }
    return { itemId: item.id, mode: 'named', consentIds: [...new Set(consentIds)].sort() };
  });
}

/** Why a file cannot be built. */
export type ShareBuildProblem =
  { readonly code: 'minutes-not-approved' } | { readonly code: 'meeting-empty' };

/**
 * The meeting as the file shows it: items the filter refused are turned anonymous (keeping an
 * existing pseudonym, else the next letters never handed out), so anonymise() removes their
 * ids and scrubs their names from every text.
 */
function withDecisions(meeting: Meeting, decisions: readonly ItemShareDecision[]): Meeting {
  const used = new Set(
    meeting.agenda.flatMap((i) => (i.pseudonym === undefined ? [] : [i.pseudonym])),
  );
  let next = meeting.pseudonymsHandedOut ?? 0;
  const fresh = (): string => {
    let candidate = pseudonymForIndex(next);
    while (used.has(candidate)) candidate = pseudonymForIndex(++next);
    used.add(candidate);
    next += 1;
    return candidate;
  };
  const agenda = meeting.agenda.map((item) => {
    const decision = decisions.find((d) => d.itemId === item.id);
    if (decision === undefined || decision.mode === 'named' || item.mode === 'anonymous')
      return item;
    const pseudonym =
      item.pseudonym !== undefined && PSEUDONYM_PATTERN.test(item.pseudonym)
        ? item.pseudonym
        : fresh();
    return { ...item, mode: 'anonymous' as const, pseudonym };
  });
  return { ...meeting, agenda };
}

function sharedAction(action: MeetingAction | PlanAction): SharedAction {
  return {
    id: action.id,
    description: action.description,
    ownerName: action.ownerName,
    ownerOrganisation: action.ownerOrganisation,
    ownerKind: action.ownerKind,
    ...(action.dueDate === undefined ? {} : { dueDate: action.dueDate }),
    status: action.status,
    outcome: action.outcome,
  };
}

function sharedItem(
  item: ItemView,
  phase: SharedMeetingContent['phase'],
  pupils: readonly Pupil[],
): SharedItem {
  const pupil = item.mode === 'named' ? pupils.find((p) => p.id === item.pupilId) : undefined;
  const subject: SharedItem['subject'] =
    item.mode === 'named' && pupil !== undefined
      ? { mode: 'named', pupilName: displayName(pupil) }
      : { mode: 'anonymous', pseudonym: item.mode === 'anonymous' ? item.pseudonym : 'Leerling' };
  // Preparation (carry-over) is case data: only for named items, never for anonymous ones.
  const preparation =
    phase === 'agenda' && item.mode === 'named' && item.carryOver !== undefined
      ? {
          openActions: item.carryOver.openActions.map(sharedAction),
          decisions: item.carryOver.decisions.map((d) => d.text).filter((t) => t.trim() !== ''),
        }
      : undefined;
  const minutes =
    phase === 'minutes'
      ? {
          situation: item.situation,
          discussed: item.discussed,
          decisions: item.decisions.map((d) => d.text).filter((t) => t.trim() !== ''),
          actions: item.actions.map(sharedAction),
          ...(item.nextEvaluationDate === undefined
            ? {}
            : { nextEvaluationDate: item.nextEvaluationDate }),
        }
      : undefined;
  return {
    id: item.id,
    order: item.order,
    subject,
    bespreekdoel: item.bespreekdoel,
    question: item.question,
    timeboxMinutes: item.timeboxMinutes,
    ...(preparation === undefined ? {} : { preparation }),
    ...(minutes === undefined ? {} : { minutes }),
  };
}

/**
 * The content of a shared meeting file: the consent filter applied, then built from
 * anonymise() only. Minutes only once they are vastgesteld. Working notes are never read
 * (they are not part of a meeting record).
 */
export function buildSharedMeeting(
  input: ShareFilterInput & { readonly schoolName: string },
): Result<
  { content: SharedMeetingContent; decisions: ItemShareDecision[]; replaced: Replacement[] },
  ShareBuildProblem
> {
  if (input.phase === 'minutes' && input.meeting.status !== 'vastgesteld')
    return err({ code: 'minutes-not-approved' });
  if (input.meeting.agenda.length === 0) return err({ code: 'meeting-empty' });
  const decisions = decideItemModes(input);
  const shown = withDecisions(input.meeting, decisions);
  const view = anonymise(shown, input.pupils);
  const content: SharedMeetingContent = {
    format: MEETING_CONTENT_FORMAT,
    phase: input.phase,
    schoolName: input.schoolName.slice(0, 200),
    meeting: {
      id: view.id,
      kind: view.kind,
      date: view.date,
      startTime: view.startTime,
      endTime: view.endTime,
      place: view.place,
      status: view.status,
      ...(input.phase === 'minutes' && view.approvedAt !== undefined
        ? { approvedAt: view.approvedAt }
        : {}),
      attendees: view.attendees.map((a) => ({
        name: a.name,
        role: a.role,
        organisation: a.organisation,
        presence: a.presence,
      })),
    },
    items: view.agenda.map((item) => sharedItem(item, input.phase, input.pupils)),
  };
  return ok({ content, decisions, replaced: anonymisationReport(shown, input.pupils) });
}
