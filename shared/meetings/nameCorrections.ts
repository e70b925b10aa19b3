// Runs in: any environment.
//
// Correcting what anonymising replaced, before an anonymised document or file leaves (the
// replaced-names list next to the PDF, Word and share buttons). Two corrections, per
// anonymous item (so per pupil) and remembered in the item, so every later output is the same:
//
// - keep: a word taken for the pupil's name that is not (the flower "roos" for a pupil Roos)
//   stays as typed, wherever the anonymisation would have replaced it for this pupil. Refused
//   when the text would show who the pupil is: written as a name (with a capital), a form that
//   cannot be an ordinary word (full name, initials with surname, a guardian's full name, the
//   date of birth), or a form added below. The anonymous pupil's name never appears.
// - add: a missed form of the name (a nickname, a misspelling) is replaced too, as a name in
//   every text of the meeting (whole tokens, any case and accents), since the user says it is
//   this pupil's name.
//
// The stored lists are checked again on every use (names.ts), so a list from an older rule or
// a changed pupil record can never reveal a name.
import { err, ok, type Result } from '../result';
import { finalise, findItem, replaceItem } from './edit';
import type { Meeting, NameCorrections } from './meeting';
import { revealsPupil, type IdentifyingPupil } from './names';
import type { MeetingProblem } from './problems';

export const EMPTY_NAME_CORRECTIONS: NameCorrections = { kept: [], added: [] };

/** Most forms one item keeps or adds (the schema's limit). */
export const MAX_NAME_CORRECTIONS = 50;

/** Why a correction is refused. Stable codes; the UI says what to do. */
export type NameCorrectionProblem =
  /** Keeping this text would show the pupil's name. */
  | { readonly code: 'reveals-name' }
  /** The added form is empty, too short (under 2 letters) or too long (over 100 characters). */
  | { readonly code: 'form-length' }
  /** The added form has no letter, or is a pseudonym ("Leerling A"). */
  | { readonly code: 'form-not-a-name' }
  | { readonly code: 'too-many'; readonly max: number };

/** Keeps `found` (as typed) from being replaced for `pupil`, unless that would reveal the pupil. */
export function keepWord(
  corrections: NameCorrections,
  found: string,
  pupil: IdentifyingPupil,
): Result<NameCorrections, NameCorrectionProblem> {
  if (revealsPupil(found, pupil, corrections.added)) return err({ code: 'reveals-name' });
  if (corrections.kept.includes(found)) return ok(corrections);
  if (corrections.kept.length >= MAX_NAME_CORRECTIONS)
    return err({ code: 'too-many', max: MAX_NAME_CORRECTIONS });
  return ok({ ...corrections, kept: [...corrections.kept, found] });
}

/** Replaces `found` again (undoes a keep). */
export function unkeepWord(corrections: NameCorrections, found: string): NameCorrections {
  return { ...corrections, kept: corrections.kept.filter((word) => word !== found) };
}

const PSEUDONYM_LIKE = /^leerling(\s+[a-z]{1,3})?$/i;

/** Adds a missed form of the pupil's name (trimmed, runs of spaces as one). */
export function addNameForm(
  corrections: NameCorrections,
  typed: string,
): Result<NameCorrections, NameCorrectionProblem> {
  const form = typed.trim().replace(/\s+/g, ' ');
  const letters = form.match(/\p{L}/gu)?.length ?? 0;
  if (form.length > 100 || letters < 2)
    return err(
      letters === 0 && form !== '' ? { code: 'form-not-a-name' } : { code: 'form-length' },
    );
  if (PSEUDONYM_LIKE.test(form)) return err({ code: 'form-not-a-name' });
  if (corrections.added.some((a) => a.toLowerCase() === form.toLowerCase())) return ok(corrections);
  if (corrections.added.length >= MAX_NAME_CORRECTIONS)
    return err({ code: 'too-many', max: MAX_NAME_CORRECTIONS });
  // A kept word equal to the new form is no longer kept: names.ts re-checks kept words on use.
  return ok({ ...corrections, added: [...corrections.added, form] });
}

/** Stops replacing an added form. */
export function removeNameForm(corrections: NameCorrections, form: string): NameCorrections {
  return { ...corrections, added: corrections.added.filter((a) => a !== form) };
}

/**
 * `meeting` with the corrections of anonymous item `itemId` set. Allowed on approved minutes
 * too: the minutes' texts do not change, only what the anonymised outputs show of them.
 */
export function setNameCorrections(
  meeting: Meeting,
  itemId: string,
  corrections: NameCorrections,
  now: string,
): Result<Meeting, MeetingProblem> {
  const item = findItem(meeting, itemId);
  if (!item.ok) return item;
  const { nameCorrections: _old, ...rest } = item.value;
  const empty = corrections.kept.length === 0 && corrections.added.length === 0;
  return finalise(
    replaceItem(meeting, empty ? rest : { ...rest, nameCorrections: corrections }),
    now,
  );
}
