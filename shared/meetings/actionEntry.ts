// Runs in: any environment.
//
// The rules behind meeting mode's action entry ("wat / wie / wanneer"): a name typed as "wie"
// that matches an attendee brings that attendee's organisation along (unless an organisation
// was typed already; the owner kind is never changed with it, see ownerKindSuggestion), and an entry row becomes an action only with a description,
// a valid due date (or none) and, for an anonymously discussed pupil, an owner at the school.
// Pure, so the screens that type actions and their tests share one version.
import { isValidIsoDate } from '../domain/dates';
import { err, ok, type Result } from '../result';
import type { MeetingAction } from './actions';
import type { Attendee } from './meeting';
import type { EntryDraft } from './runState';

/**
 * The organisation of the attendee whose name was typed (case and outer spaces ignored);
 * undefined when nobody matches or an organisation was typed already (the user's text wins).
 */
export function ownerFromAttendee(
  attendees: readonly Pick<Attendee, 'name' | 'organisation'>[],
  name: string,
  typedOrganisation: string,
): string | undefined {
  if (typedOrganisation.trim() !== '') return undefined;
  const wanted = name.trim().toLowerCase();
  return attendees.find((a) => a.name.trim().toLowerCase() === wanted)?.organisation;
}

export type ActionEntryProblem = 'empty' | 'invalid-date' | 'anonymous-partner';

/** The entry row as a new open action, or why it cannot be one yet. */
export function actionFromEntry(
  draft: EntryDraft,
  anonymous: boolean,
  id: string,
): Result<MeetingAction, ActionEntryProblem> {
  if (draft.actionDescription.trim() === '') return err('empty');
  if (draft.actionDue !== '' && !isValidIsoDate(draft.actionDue)) return err('invalid-date');
  if (anonymous && draft.actionOwnerKind === 'partner') return err('anonymous-partner');
  return ok({
    id,
    description: draft.actionDescription.trim(),
    ownerName: draft.actionOwner.trim(),
    ownerOrganisation: draft.actionOrganisation.trim(),
    ownerKind: draft.actionOwnerKind,
    ...(draft.actionDue === '' ? {} : { dueDate: draft.actionDue }),
    status: 'open',
    outcome: '',
  });
}
