// Runs in: any environment.
//
// What the meeting documents share: the header rows of a meeting and the way an agenda item
// is named. Names are resolved from the pupil records for named items only; an anonymous
// item is its pseudonym and nothing else, because documents are built from the anonymised
// view (shared/meetings/anonymise.ts), which has no pupil id to look a name up with.
import { formatDutchDate } from '../../domain/dates';
import { displayName, type Pupil } from '../../domain/pupil';
import type { ItemView } from '../../meetings/anonymise';
import { formatDutchDateWithWeekday } from '../../meetings/invitation';
import { BESPREEKDOEL_LABELS_NL, MEETING_KIND_TITLES_NL } from '../../meetings/meetingLabelsNl';
import type { Meeting } from '../../meetings/meeting';
import type { Block } from '../pdf';

export type NamePupil = Pick<Pupil, 'id' | 'firstName' | 'tussenvoegsel' | 'lastName' | 'group'>;

/** "Zoë van der Berg (groep 5B)" for a named item, "Leerling A" for an anonymous one. */
export function itemName(item: ItemView, pupils: readonly NamePupil[]): string {
  if (item.mode === 'anonymous') return item.pseudonym;
  const pupil = pupils.find((p) => p.id === item.pupilId);
  if (pupil === undefined) return 'Leerling (onbekend)';
  return pupil.group !== undefined
    ? `${displayName(pupil)} (groep ${pupil.group})`
    : displayName(pupil);
}

export function bespreekdoelText(item: Pick<ItemView, 'bespreekdoel'>): string {
  return BESPREEKDOEL_LABELS_NL[item.bespreekdoel];
}

/** Date, time and place of a meeting as field rows. */
export function meetingFields(
  meeting: Pick<Meeting, 'kind' | 'date' | 'startTime' | 'endTime' | 'place'>,
): Block {
  return {
    kind: 'fields',
    rows: [
      { label: 'Overleg', value: MEETING_KIND_TITLES_NL[meeting.kind] },
      { label: 'Datum', value: formatDutchDateWithWeekday(meeting.date) },
      { label: 'Tijd', value: `${meeting.startTime} - ${meeting.endTime} uur` },
      { label: 'Plaats', value: meeting.place.trim() === '' ? '-' : meeting.place },
    ],
  };
}

/** "Datum onbekend" or "7 maart 2026". */
export function dateOrDash(date: string | undefined): string {
  return date === undefined ? 'geen datum' : formatDutchDate(date);
}
