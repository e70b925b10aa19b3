// Runs in: any environment.
//
// The choices in "Delen als bestand" as rules: who can be picked as a recipient (the
// meeting's attendees from the directory first, then other contacts with a deelsleutel) and
// what stops the file being sealed (no recipients, a recipient without a valid deelsleutel,
// a missing or short passphrase, an expiry date that is not a date or already past).
import { compareIsoDates, isValidIsoDate, type IsoDate } from '../domain/dates';
import type { ContactPerson } from '../domain/directory';
import type { Meeting } from '../meetings/meeting';
import { passphraseProblem } from './passphrase';

export type ShareMethod = 'deelsleutel' | 'passphrase';

/** The contacts offered as recipients, attendees first, then by name. */
export function shareCandidates(
  meeting: Pick<Meeting, 'attendees'> | undefined,
  contacts: readonly ContactPerson[],
): ContactPerson[] {
  const attendeeIds = new Set(
    meeting?.attendees.flatMap((a) => (a.contactId === undefined ? [] : [a.contactId])) ?? [],
  );
  return contacts
    .filter((c) => attendeeIds.has(c.id) || c.deelsleutel !== undefined)
    .sort(
      (a, b) =>
        Number(attendeeIds.has(b.id)) - Number(attendeeIds.has(a.id)) ||
        a.name.localeCompare(b.name, 'nl'),
    );
}

export interface ShareFormInput {
  readonly method: ShareMethod;
  readonly recipients: number;
  /** How many of the chosen recipients have no valid deelsleutel. */
  readonly recipientsWithoutKey: number;
  readonly passphrase: string;
  /** An ISO date, or '' for a file that does not expire. */
  readonly expiry: string;
  readonly today: IsoDate;
}

export interface ShareFormProblems {
  readonly recipients?: 'none' | 'missing-key';
  readonly passphrase?: 'empty' | 'too-short';
  readonly expiry?: 'invalid';
}

/** What to fix before sealing; an empty object when the file can be made. */
export function shareFormProblems(input: ShareFormInput): ShareFormProblems {
  let recipients: ShareFormProblems['recipients'];
  let passphrase: ShareFormProblems['passphrase'];
  if (input.method === 'deelsleutel') {
    if (input.recipients === 0) recipients = 'none';
    else if (input.recipientsWithoutKey > 0) recipients = 'missing-key';
  } else {
    passphrase = passphraseProblem(input.passphrase) ?? undefined;
  }
  const expired =
    input.expiry !== '' &&
    (!isValidIsoDate(input.expiry) || compareIsoDates(input.expiry, input.today) < 0);
  return {
    ...(recipients === undefined ? {} : { recipients }),
    ...(passphrase === undefined ? {} : { passphrase }),
    ...(expired ? { expiry: 'invalid' as const } : {}),
  };
}
