// Runs in: any environment.
//
// The agenda builder's rules (issue 5 §3). A case is discussed by name only when a valid
// consent "bespreken op naam" covers this meeting's kind on the meeting's date; otherwise the
// item is forced anonymous, shown as "Leerling A" and the like, with the consent check's
// reasons so the IB sees what is missing. Anonymous items cannot get actions for a partner
// (brief §2: "then no partner can attach actions to it"). Pseudonyms are stable within a
// meeting: a letter is never handed out twice, even when its item leaves the agenda.
import { err, ok, type Result } from '../result';
import type { Consent, DataCategory } from '../domain/consent';
import { evaluateConsent, type ConsentReason } from '../domain/consentEvaluation';
import type { IsoDate } from '../domain/dates';
import type { Pupil } from '../domain/pupil';
import type { MeetingAction } from './actions';
import { ensureEditable, finalise, findItem, replaceItem } from './edit';
import {
  agendaInOrder,
  clockMinutes,
  formatClock,
  PSEUDONYM_PATTERN,
  type AgendaItem,
  type Attendee,
  type Bespreekdoel,
  type CarryOverSnapshot,
  type ClockTime,
  type ItemMode,
  type Meeting,
  type MeetingKind,
} from './meeting';
import type { MeetingProblem } from './problems';
import type { MeetingTemplate } from './templates';

/** What discussing a pupil by name involves at the least: who it is and what the concern is. */
export const NAMED_DISCUSSION_CATEGORIES: readonly DataCategory[] = [
  'basisgegevens',
  'zorgsignaal-en-hulpvraag',
];

/** The pupil fields the consent check needs. */
export type ConsentPupil = Pick<
  Pupil,
  'id' | 'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'guardians'
>;

export type ItemModeDecision =
  | { readonly mode: 'named'; readonly consentIds: readonly string[] }
  | {
      readonly mode: 'anonymous';
      readonly forced: true;
      readonly reasons: readonly ConsentReason[];
    };

/**
 * Whether the pupil may be discussed by name in `meeting`: only with a valid consent
 * 'bespreken-op-naam' that covers the meeting's kind on `onDate` (pass the meeting's date)
 * and the categories discussed. Otherwise the item is forced anonymous, with the reasons.
 */
export function agendaItemMode(
  pupil: ConsentPupil,
  consents: readonly Consent[],
  meeting: Pick<Meeting, 'kind'>,
  onDate: IsoDate,
  categories: readonly DataCategory[] = NAMED_DISCUSSION_CATEGORIES,
): ItemModeDecision {
  const decision = evaluateConsent(
    { purpose: 'bespreken-op-naam', meetingKind: meeting.kind, categories, onDate },
    pupil,
    consents,
  );
  return decision.allowed
    ? { mode: 'named', consentIds: decision.consentIds }
    : { mode: 'anonymous', forced: true, reasons: decision.reasons };
}

/** "Leerling A" for 0, …, "Leerling Z" for 25, "Leerling AA" for 26, … */
export function pseudonymForIndex(index: number): string {
  let n = Math.max(0, Math.floor(index));
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `Leerling ${letters}`;
}

function pseudonymIndex(pseudonym: string): number {
  const letters = pseudonym.slice('Leerling '.length);
  let n = 0;
  for (const char of letters) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

/** How many pseudonyms the meeting has handed out so far (also those of items since removed). */
export function pseudonymCounter(meeting: Pick<Meeting, 'agenda' | 'pseudonymsHandedOut'>): number {
  const used = meeting.agenda.flatMap((i) =>
    i.pseudonym !== undefined && PSEUDONYM_PATTERN.test(i.pseudonym)
      ? [pseudonymIndex(i.pseudonym) + 1]
      : [],
  );
  return Math.max(meeting.pseudonymsHandedOut ?? 0, ...used);
}

/** The next unused pseudonym of the meeting: never one handed out before, even to a removed item. */
export function nextPseudonym(meeting: Pick<Meeting, 'agenda' | 'pseudonymsHandedOut'>): string {
  return pseudonymForIndex(pseudonymCounter(meeting));
}

/** Whether `action` may be put on `item`: anonymous items refuse partner actions. */
export function canAssignAction(
  item: Pick<AgendaItem, 'id' | 'mode'>,
  action: Pick<MeetingAction, 'id' | 'ownerKind'>,
): Result<true, MeetingProblem> {
  if (item.mode === 'anonymous' && action.ownerKind === 'partner')
    return err({ code: 'anonymous-partner-action', itemId: item.id, actionId: action.id });
  return ok(true);
}

export interface MeetingInput {
  readonly kind: MeetingKind;
  readonly date: IsoDate;
  readonly startTime: ClockTime;
  /** Defaults to the start plus the template's usual length (capped at 23:59). */
  readonly endTime?: ClockTime;
  readonly place: string;
  readonly attendees?: readonly Attendee[];
}

/** A new meeting in status 'concept', shaped by the kind's template. */
export function createMeeting(
  input: MeetingInput,
  template: MeetingTemplate,
  context: { readonly id: string; readonly now: string },
): Result<Meeting, MeetingProblem> {
  const endTime =
    input.endTime ??
    formatClock(
      Math.min(clockMinutes(input.startTime) + template.defaultDurationMinutes, 23 * 60 + 59),
    );
  const meeting: Meeting = {
    id: context.id,
    kind: input.kind,
    date: input.date,
    startTime: input.startTime,
    endTime,
    place: input.place,
    attendees: [...(input.attendees ?? [])],
    status: 'concept',
    agenda: [],
    ...(template.processEvaluation
      ? { processEvaluation: { wentWell: '', didNotGoWell: '', doDifferently: '' } }
      : {}),
    addenda: [],
    createdAt: context.now,
    updatedAt: context.now,
  };
  return finalise(meeting, context.now);
}

export interface AgendaItemInput {
  readonly id: string;
  readonly caseId: string;
  readonly pupilId: string;
  readonly bespreekdoel: Bespreekdoel;
  readonly question?: string;
  /** Defaults to the template's timebox. */
  readonly timeboxMinutes?: number;
  /** What the IB asks for; named is refused to anonymous without consent. Default: named. */
  readonly requestedMode?: ItemMode;
  readonly carryOver?: CarryOverSnapshot;
}

export interface ConsentEvidence {
  readonly pupil: ConsentPupil;
  readonly consents: readonly Consent[];
}

/**
 * Adds a case to the agenda, last. The mode is decided by agendaItemMode on the meeting's
 * date: a requested named item without consent is added anonymous, and `decision` carries
 * the reasons for the UI. Refused: approved minutes, more items than the template allows,
 * the same case twice, or evidence about another pupil.
 */
export function addAgendaItem(
  meeting: Meeting,
  input: AgendaItemInput,
  evidence: ConsentEvidence,
  template: MeetingTemplate,
  now: string,
): Result<
  { readonly meeting: Meeting; readonly item: AgendaItem; readonly decision: ItemModeDecision },
  MeetingProblem
> {
  const editable = ensureEditable(meeting);
  if (!editable.ok) return editable;
  if (evidence.pupil.id !== input.pupilId) return err({ code: 'pupil-mismatch' });
  if (meeting.agenda.length >= template.maxItems)
    return err({ code: 'too-many-items', max: template.maxItems });
  if (meeting.agenda.some((i) => i.caseId === input.caseId))
    return err({ code: 'case-already-on-agenda', caseId: input.caseId });
  if (meeting.agenda.some((i) => i.id === input.id))
    return err({ code: 'duplicate-id', id: input.id });

  const decided = agendaItemMode(evidence.pupil, evidence.consents, meeting, meeting.date);
  const decision: ItemModeDecision =
    input.requestedMode === 'anonymous'
      ? { mode: 'anonymous', forced: true, reasons: [] }
      : decided;
  const requestedAnonymous = input.requestedMode === 'anonymous';
  const order =
    meeting.agenda.length === 0 ? 0 : Math.max(...meeting.agenda.map((i) => i.order)) + 1;
  const item: AgendaItem = {
    id: input.id,
    caseId: input.caseId,
    pupilId: input.pupilId,
    order,
    bespreekdoel: input.bespreekdoel,
    question: input.question ?? '',
    timeboxMinutes: input.timeboxMinutes ?? template.defaultTimeboxMinutes,
    mode: decision.mode,
    ...(decision.mode === 'anonymous'
      ? { pseudonym: nextPseudonym(meeting) }
      : { consentIds: [...decision.consentIds] }),
    ...(input.carryOver !== undefined ? { carryOver: input.carryOver } : {}),
    situation: '',
    discussed: '',
    decisions: [],
    actions: [],
  };
  const agenda = [...meeting.agenda, item];
  const next = finalise(
    { ...meeting, agenda, pseudonymsHandedOut: pseudonymCounter({ ...meeting, agenda }) },
    now,
  );
  if (!next.ok) return next;
  // An anonymous item the IB asked for is a choice, not a refusal: no reasons to show.
  return ok({
    meeting: next.value,
    item,
    decision: requestedAnonymous ? { mode: 'anonymous', forced: true, reasons: [] } : decision,
  });
}

/**
 * Switches an item between named and anonymous. Named needs the consent (checked on the
 * meeting's date) and records the consents that allowed it; anonymous is refused while the
 * item has partner actions (or a partner giving feedback), and gets the item's pseudonym,
 * handed out once and kept.
 */
export function setItemMode(
  meeting: Meeting,
  itemId: string,
  mode: ItemMode,
  evidence: ConsentEvidence,
  now: string,
): Result<Meeting, MeetingProblem> {
  const editable = ensureEditable(meeting);
  if (!editable.ok) return editable;
  const found = findItem(meeting, itemId);
  if (!found.ok) return found;
  const item = found.value;
  if (evidence.pupil.id !== item.pupilId) return err({ code: 'pupil-mismatch', itemId });
  if (mode === 'named') {
    const decision = agendaItemMode(evidence.pupil, evidence.consents, meeting, meeting.date);
    if (decision.mode === 'anonymous')
      return err({ code: 'named-without-consent', itemId, reasons: decision.reasons });
    return finalise(
      replaceItem(meeting, { ...item, mode: 'named', consentIds: [...decision.consentIds] }),
      now,
    );
  }
  const partnerAction = item.actions.find((a) => a.ownerKind === 'partner');
  if (partnerAction !== undefined)
    return err({ code: 'anonymous-partner-action', itemId, actionId: partnerAction.id });
  if (item.parentsFeedback?.by?.kind === 'partner')
    return err({ code: 'anonymous-partner-action', itemId });
  const { consentIds: _dropped, ...rest } = item;
  const changed = replaceItem(meeting, {
    ...rest,
    mode: 'anonymous',
    pseudonym: item.pseudonym ?? nextPseudonym(meeting),
  });
  return finalise({ ...changed, pseudonymsHandedOut: pseudonymCounter(changed) }, now);
}

/** Takes an item off the agenda; the others close ranks. Its pseudonym is not handed out again. */
export function removeAgendaItem(
  meeting: Meeting,
  itemId: string,
  now: string,
): Result<Meeting, MeetingProblem> {
  const editable = ensureEditable(meeting);
  if (!editable.ok) return editable;
  const found = findItem(meeting, itemId);
  if (!found.ok) return found;
  const remaining = agendaInOrder(meeting).filter((i) => i.id !== itemId);
  // Remember how far pseudonyms went: a later anonymous item must not inherit a letter the
  // printed agenda already gave to another child.
  const handedOut = pseudonymCounter(meeting);
  return finalise(
    {
      ...meeting,
      agenda: remaining.map((i, order) => ({ ...i, order })),
      pseudonymsHandedOut: handedOut,
    },
    now,
  );
}

/** Puts the agenda in the given order (all item ids, each once): drag and drop ends here. */
export function reorderAgenda(
  meeting: Meeting,
  orderedIds: readonly string[],
  now: string,
): Result<Meeting, MeetingProblem> {
  const editable = ensureEditable(meeting);
  if (!editable.ok) return editable;
  const ids = new Set(orderedIds);
  if (
    ids.size !== orderedIds.length ||
    ids.size !== meeting.agenda.length ||
    meeting.agenda.some((i) => !ids.has(i.id))
  )
    return err({ code: 'invalid-order' });
  const position = new Map(orderedIds.map((id, index) => [id, index]));
  return finalise(
    {
      ...meeting,
      agenda: meeting.agenda.map((i) => ({ ...i, order: position.get(i.id) ?? i.order })),
    },
    now,
  );
}

/**
 * The agenda order after dragging one item onto another: the dragged item takes the target's
 * place (so dragged down it lands after the target, dragged up before it). Undefined when
 * nothing moves: an unknown item, or an item dropped on itself.
 */
export function droppedOrder(
  order: readonly string[],
  draggedId: string,
  targetId: string,
): string[] | undefined {
  if (draggedId === targetId || !order.includes(draggedId) || !order.includes(targetId))
    return undefined;
  const without = order.filter((id) => id !== draggedId);
  without.splice(order.indexOf(targetId), 0, draggedId);
  return without;
}

/** Moves one item to `toIndex` (clamped): keyboard reordering ("omhoog", "omlaag") ends here. */
export function moveAgendaItem(
  meeting: Meeting,
  itemId: string,
  toIndex: number,
  now: string,
): Result<Meeting, MeetingProblem> {
  const ordered = agendaInOrder(meeting).map((i) => i.id);
  const from = ordered.indexOf(itemId);
  if (from < 0) return err({ code: 'item-not-found', itemId });
  const target = Math.max(0, Math.min(ordered.length - 1, Math.trunc(toIndex)));
  ordered.splice(from, 1);
  ordered.splice(target, 0, itemId);
  return reorderAgenda(meeting, ordered, now);
}

export interface ScheduledPart {
  readonly kind: 'fixed' | 'item';
  /** The fixed part's title; for items the item id (names are resolved by the caller). */
  readonly title?: string;
  readonly itemId?: string;
  readonly start: ClockTime;
  readonly end: ClockTime;
}

/**
 * The agenda with clock times: the template's fixed parts around the items, each item its
 * timebox, from the meeting's start. `overrunMinutes` > 0 when it does not fit before the end.
 */
export function agendaSchedule(
  meeting: Pick<Meeting, 'agenda' | 'startTime' | 'endTime'>,
  template: Pick<MeetingTemplate, 'agendaParts'>,
): { readonly parts: readonly ScheduledPart[]; readonly overrunMinutes: number } {
  let clock = clockMinutes(meeting.startTime);
  const parts: ScheduledPart[] = [];
  for (const part of template.agendaParts) {
    if (part.kind === 'fixed') {
      parts.push({
        kind: 'fixed',
        title: part.title,
        start: formatClock(clock),
        end: formatClock(clock + part.minutes),
      });
      clock += part.minutes;
      continue;
    }
    for (const item of agendaInOrder(meeting)) {
      parts.push({
        kind: 'item',
        itemId: item.id,
        start: formatClock(clock),
        end: formatClock(clock + item.timeboxMinutes),
      });
      clock += item.timeboxMinutes;
    }
  }
  return { parts, overrunMinutes: Math.max(0, clock - clockMinutes(meeting.endTime)) };
}
