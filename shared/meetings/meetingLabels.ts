// Runs in: any environment.
//
// How meeting mode and afronden name things: an agenda item by the pupil's name when it is
// discussed by name and ONLY by its pseudonym when anonymous; an owner's kind guessed from
// the organisation; the file names of the minutes (kind and date, never a name). Pure, so
// the privacy rule is unit-tested.
import { displayName, type Pupil } from '../domain/pupil';
import type { OwnerKind } from './actions';
import type { AgendaItem, Meeting } from './meeting';

/** The item's title on screen: the pupil's name (named) or the pseudonym (anonymous). */
export function itemTitle(
  item: Pick<AgendaItem, 'mode' | 'pseudonym' | 'pupilId'>,
  pupils: readonly Pick<Pupil, 'id' | 'firstName' | 'tussenvoegsel' | 'lastName'>[],
  unknown: string,
): string {
  if (item.mode === 'anonymous') return item.pseudonym ?? unknown;
  const pupil = pupils.find((p) => p.id === item.pupilId);
  return pupil === undefined ? unknown : displayName(pupil);
}

/**
 * Whether an owner with this organisation works for the school: no organisation (a parent, a
 * teacher typed by name) or the school's own name. The user can always change it.
 */
export function guessOwnerKind(organisation: string, schoolName: string): OwnerKind {
  const org = organisation.trim().toLowerCase();
  return org === '' || org === schoolName.trim().toLowerCase() ? 'school' : 'partner';
}

/** "notulen-zorgteam-2026-12-01.pdf": the kind and the date, never a name. */
export function minutesFileName(
  meeting: Pick<Meeting, 'kind' | 'date'>,
  extension: 'pdf' | 'docx',
): string {
  return `notulen-${meeting.kind}-${meeting.date}.${extension}`;
}
