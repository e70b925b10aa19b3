// Runs in: any environment.
//
// The view of a meeting that may leave the IB's hands (printed agenda, minutes, shared
// file): anonymous items carry no pupil name, id, date of birth or case text anywhere.
// Structurally, an anonymous item in this view has no case or pupil id and no consent ids.
// Names are replaced as names (shared/meetings/names.ts), by the item's pseudonym: in the
// anonymous item itself and in the meeting-wide texts (place, attendees, process evaluation,
// addenda) every form of the pupil's name, their parents' names and date of birth; in OTHER
// items only the forms that cannot be an ordinary word (full name, initials with surname,
// parents' full names, date of birth), so "vader werkt als bakker" in a named item stays when
// a pupil Bakker is discussed anonymously. The item's name corrections (nameCorrections.ts:
// words kept as typed, missed forms added) apply to every text, and are not in the view.
// Documents are built from this view only.
import type { MeetingAction, PlanAction } from './actions';
import {
  agendaInOrder,
  type AgendaItem,
  type Attendee,
  type CarryOverSnapshot,
  type Meeting,
  type NameCorrections,
} from './meeting';
import { EMPTY_NAME_CORRECTIONS } from './nameCorrections';
import { keptRanges, nameRanges, scrubPupil, type IdentifyingPupil } from './names';

/** A named item as shown: unchanged (names are resolved from the pupil record by id). */
export type NamedItemView = Omit<AgendaItem, 'nameCorrections'> & { readonly mode: 'named' };

/** An anonymous item as shown: no case, pupil or consent reference at all (nor the name forms the user added). */
export type AnonymousItemView = Omit<
  AgendaItem,
  'caseId' | 'pupilId' | 'consentIds' | 'pseudonym' | 'mode' | 'nameCorrections'
> & { readonly mode: 'anonymous'; readonly pseudonym: string };

export type ItemView = NamedItemView | AnonymousItemView;

export type AnonymisedMeeting = Omit<Meeting, 'agenda' | 'pseudonymsHandedOut'> & {
  readonly agenda: readonly ItemView[];
};

type Scrub = (text: string) => string;

function scrubAction<A extends MeetingAction | PlanAction>(action: A, scrub: Scrub): A {
  return {
    ...action,
    description: scrub(action.description),
    ownerName: scrub(action.ownerName),
    ownerOrganisation: scrub(action.ownerOrganisation),
    outcome: scrub(action.outcome),
  };
}

function scrubCarryOver(snapshot: CarryOverSnapshot, scrub: Scrub): CarryOverSnapshot {
  return {
    ...snapshot,
    openActions: snapshot.openActions.map((a) => scrubAction(a, scrub)),
    decisions: snapshot.decisions.map((d) => ({ ...d, text: scrub(d.text) })),
  };
}

function scrubItemTexts<I extends AgendaItem>(item: I, scrub: Scrub): I {
  const feedback = item.parentsFeedback;
  return {
    ...item,
    question: scrub(item.question),
    situation: scrub(item.situation),
    discussed: scrub(item.discussed),
    decisions: item.decisions.map((d) => ({ ...d, text: scrub(d.text) })),
    actions: item.actions.map((a) => scrubAction(a, scrub)),
    ...(item.carryOver !== undefined ? { carryOver: scrubCarryOver(item.carryOver, scrub) } : {}),
    ...(feedback !== undefined
      ? {
          parentsFeedback: {
            given: feedback.given,
            ...(feedback.by !== undefined
              ? {
                  by: {
                    ...feedback.by,
                    name: scrub(feedback.by.name),
                    organisation: scrub(feedback.by.organisation),
                  },
                }
              : {}),
            ...(feedback.reasonIfNot !== undefined
              ? { reasonIfNot: scrub(feedback.reasonIfNot) }
              : {}),
          },
        }
      : {}),
  };
}

/**
 * One name form in the view: what was typed (as found), by which pseudonym, how often, for
 * which item (whose corrections apply), and whether the user kept it as typed instead.
 */
export interface Replacement {
  readonly found: string;
  readonly pseudonym: string;
  readonly itemId: string;
  readonly count: number;
  readonly kept: boolean;
}

type OnReplace = (
  found: string,
  hidden: { readonly pseudonym: string; readonly itemId: string },
  kept: boolean,
) => void;

/**
 * What anonymise(meeting, pupils) replaces, so the user can see it before a document or file
 * leaves (and correct the minutes where a word was taken for a name). Same rules as the view.
 */
export function anonymisationReport(
  meeting: Meeting,
  pupils: readonly IdentifyingPupil[],
): Replacement[] {
  const counts = new Map<string, Replacement>();
  anonymise(meeting, pupils, (found, { pseudonym, itemId }, kept) => {
    const key = `${pseudonym}\u0000${found}\u0000${String(kept)}`;
    const before = counts.get(key);
    counts.set(key, { found, pseudonym, itemId, kept, count: (before?.count ?? 0) + 1 });
  });
  return [...counts.values()].sort(
    (a, b) =>
      a.pseudonym.localeCompare(b.pseudonym) ||
      Number(a.kept) - Number(b.kept) ||
      b.count - a.count ||
      a.found.localeCompare(b.found),
  );
}

/**
 * The shareable view of `meeting`. `pupils` are the pupils of the items (others are
 * ignored); pass them so free text is scrubbed too. Without them only the structure is
 * anonymised (ids removed), which is all the record itself holds.
 */
export function anonymise(
  meeting: Meeting,
  pupils: readonly IdentifyingPupil[] = [],
  onReplace?: OnReplace,
): AnonymisedMeeting {
  const hidden: {
    pupil: IdentifyingPupil;
    pseudonym: string;
    itemId: string;
    corrections: NameCorrections;
  }[] = [];
  for (const item of meeting.agenda) {
    if (item.mode !== 'anonymous') continue;
    const pupil = pupils.find((p) => p.id === item.pupilId);
    if (pupil !== undefined)
      hidden.push({
        pupil,
        pseudonym: item.pseudonym ?? 'Leerling',
        itemId: item.id,
        corrections: item.nameCorrections ?? EMPTY_NAME_CORRECTIONS,
      });
  }
  /** The scrub for a text: 'own' forms for the pupil whose anonymous item it is (or meeting-wide), else 'elsewhere'. */
  const scrubIn =
    (owner: 'meeting' | { readonly pupilId: string | undefined }): Scrub =>
    (text) =>
      hidden.reduce((out, entry) => {
        const { pupil, pseudonym, corrections } = entry;
        const scope = owner === 'meeting' || owner.pupilId === pupil.id ? 'own' : 'elsewhere';
        if (onReplace !== undefined) {
          for (const [start, end] of nameRanges(out, pupil, scope, corrections))
            onReplace(out.slice(start, end), entry, false);
          for (const found of keptRanges(out, pupil, scope, corrections))
            onReplace(found, entry, true);
        }
        return scrubPupil(out, pupil, pseudonym, scope, corrections);
      }, text);
  const scrub = scrubIn('meeting');
  const attendee = (a: Attendee): Attendee => ({
    ...a,
    name: scrub(a.name),
    role: scrub(a.role),
    organisation: scrub(a.organisation),
  });

  const agenda: ItemView[] = agendaInOrder(meeting).map((raw) => {
    const { nameCorrections: _corrections, ...item } = scrubItemTexts(
      raw,
      scrubIn({ pupilId: raw.mode === 'anonymous' ? raw.pupilId : undefined }),
    );
    if (item.mode === 'named') return { ...item, mode: 'named' };
    const {
      caseId: _caseId,
      pupilId: _pupilId,
      consentIds: _consentIds,
      pseudonym,
      mode: _mode,
      ...rest
    } = item;
    return { ...rest, mode: 'anonymous', pseudonym: pseudonym ?? 'Leerling' };
  });
  const { pseudonymsHandedOut: _counter, agenda: _agenda, ...base } = meeting;
  return {
    ...base,
    place: scrub(meeting.place),
    attendees: meeting.attendees.map(attendee),
    agenda,
    ...(meeting.processEvaluation !== undefined
      ? {
          processEvaluation: {
            wentWell: scrub(meeting.processEvaluation.wentWell),
            didNotGoWell: scrub(meeting.processEvaluation.didNotGoWell),
            doDifferently: scrub(meeting.processEvaluation.doDifferently),
          },
        }
      : {}),
    addenda: meeting.addenda.map((a) => ({ ...a, text: scrub(a.text), author: scrub(a.author) })),
  };
}
