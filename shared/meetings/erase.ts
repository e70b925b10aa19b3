// Runs in: any environment.
//
// What a case's retention deletion does to the meetings that discussed it. The meeting record
// stays (it is the team's record of that meeting and holds other cases), but the case's
// agenda items lose everything about the child: each becomes an anonymous item under its
// pseudonym ("Leerling A", a new letter if it was named) with its question, minutes,
// decisions, actions, carried-over snapshot, parents' feedback and evaluation date removed,
// and it no longer points at the case, the pupil or any consent (both ids are replaced by a
// fresh random id that names nothing). Only the meeting-wide texts (place, attendees,
// process evaluation, addenda) are scrubbed of the pupil's names; other items are untouched.
import { nextPseudonym, pseudonymCounter } from './agenda';
import type { AgendaItem, Meeting } from './meeting';
import { scrubPupil, type IdentifyingPupil } from './names';

/** The ids of the meeting's agenda items about `caseId`. */
export function itemsOfCase(meeting: Meeting, caseId: string): string[] {
  return meeting.agenda.filter((i) => i.caseId === caseId).map((i) => i.id);
}

/** An agenda item about a deleted case: pseudonym, bespreekdoel, position and timebox only. */
function erasedItem(item: AgendaItem, pseudonym: string, orphanId: string): AgendaItem {
  return {
    id: item.id,
    caseId: orphanId,
    pupilId: orphanId,
    order: item.order,
    bespreekdoel: item.bespreekdoel,
    question: '',
    timeboxMinutes: item.timeboxMinutes,
    mode: 'anonymous',
    pseudonym,
    situation: '',
    discussed: '',
    decisions: [],
    actions: [],
  };
}

/**
 * `meeting` with the items of `caseId` erased (see the module comment). `newId` gives the
 * random id that replaces the case and pupil ids; `pupil`, when still known, is scrubbed from
 * the meeting-wide texts. Returns the meeting unchanged when it has no item of the case.
 */
export function eraseCaseFromMeeting(
  meeting: Meeting,
  caseId: string,
  newId: () => string,
  now: string,
  pupil?: IdentifyingPupil,
): Meeting {
  if (!meeting.agenda.some((i) => i.caseId === caseId)) return meeting;
  let current = meeting;
  const pseudonyms: string[] = [];
  for (const item of meeting.agenda) {
    if (item.caseId !== caseId) continue;
    const pseudonym = item.pseudonym ?? nextPseudonym(current);
    pseudonyms.push(pseudonym);
    const agenda = current.agenda.map((i) =>
      i.id === item.id ? erasedItem(i, pseudonym, newId()) : i,
    );
    current = { ...current, agenda, pseudonymsHandedOut: pseudonymCounter({ ...current, agenda }) };
  }
  const replacement = pseudonyms[0] ?? 'Leerling';
  // The forms the user added for the case's items are its pupil's names too.
  const added = meeting.agenda.flatMap((i) =>
    i.caseId === caseId ? (i.nameCorrections?.added ?? []) : [],
  );
  const scrub = (text: string): string =>
    pupil === undefined ? text : scrubPupil(text, pupil, replacement, 'own', { kept: [], added });
  return {
    ...current,
    place: scrub(current.place),
    attendees: current.attendees.map((a) => ({
      ...a,
      name: scrub(a.name),
      role: scrub(a.role),
      organisation: scrub(a.organisation),
    })),
    ...(current.processEvaluation !== undefined
      ? {
          processEvaluation: {
            wentWell: scrub(current.processEvaluation.wentWell),
            didNotGoWell: scrub(current.processEvaluation.didNotGoWell),
            doDifferently: scrub(current.processEvaluation.doDifferently),
          },
        }
      : {}),
    addenda: current.addenda.map((a) => ({ ...a, text: scrub(a.text), author: scrub(a.author) })),
    updatedAt: now,
  };
}
