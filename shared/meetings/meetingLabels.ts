// Runs in: any environment.
//
// How meeting mode and afronden name things: an agenda item by the pupil's name when it is
// discussed by name and ONLY by its pseudonym when anonymous; an owner's kind proposed from
// the organisation (only proposed: the user applies it); the file names of the minutes (kind and date, never a name). Pure, so
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
 * The owner kind to PROPOSE for this organisation when it differs from the one chosen: the
 * school's own name proposes "school", any other organisation "partner". Undefined when
 * nothing is typed or the choice already matches. Only a proposal, shown with the reason and
 * applied by the user: a name compare cannot know that "Basisschool De Linde" is "OBS De
 * Linde", and a kind changed silently made school staff partners (issue 21, point 2).
 */
export function ownerKindSuggestion(
  organisation: string,
  schoolName: string,
  chosen: OwnerKind,
): OwnerKind | undefined {
  const org = organisation.trim().toLowerCase();
  if (org === '') return undefined;
  const proposed: OwnerKind = org === schoolName.trim().toLowerCase() ? 'school' : 'partner';
  return proposed === chosen ? undefined : proposed;
}

/** "notulen-zorgteam-2026-12-01.pdf": the kind and the date, never a name. */
export function minutesFileName(
  meeting: Pick<Meeting, 'kind' | 'date'>,
  extension: 'pdf' | 'docx',
): string {
  return `notulen-${meeting.kind}-${meeting.date}.${extension}`;
}
