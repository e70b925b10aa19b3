// Runs in: any environment.
//
// The invitation to a meeting, as an .ics calendar file (RFC 5545) and an e-mail draft.
// Privacy rule: an invitation travels by ordinary e-mail and lands in calendars synced to
// phones and clouds, so it holds only the kind of meeting, its time and its place. No pupil
// names, no agenda, no attendees, no case text: the agenda goes separately, securely.
import { err, ok, type Result } from '../result';
import { daysBetween, formatDutchDate, type IsoDate } from '../domain/dates';
import { MEETING_KIND_IN_TEXT_NL, MEETING_KIND_TITLES_NL } from './meetingLabelsNl';
import type { Meeting } from './meeting';
import { mentionsPupil, type IdentifyingPupil } from './names';

export interface InvitationOptions {
  /** Right-hand side of the UID ("zorgtafel.local"): a host-like name, no personal data. */
  readonly uidDomain: string;
  /** When the file is made (DTSTAMP); an ISO timestamp. */
  readonly now: string;
  /** The pupils on the agenda: the place is checked against their and their parents' names. */
  readonly pupils?: readonly IdentifyingPupil[];
  /** Raise for an updated invitation of the same meeting. */
  readonly sequence?: number;
}

export type InvitationProblem =
  | { readonly code: 'invitation.invalid-uid-domain' }
  | { readonly code: 'invitation.place-names-pupil' }
  | { readonly code: 'invitation.invalid-now' };

export const AMSTERDAM_TZID = 'Europe/Amsterdam';

/** Europe/Amsterdam: CET/CEST with the EU rules (last Sunday of March and October). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines start with a space, leaving 74.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function localDateTime(date: IsoDate, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function utcStamp(timestamp: string): string | undefined {
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const SUBJECT_NAMES: Readonly<Record<Meeting['kind'], string>> = {
  zorgteam: 'zorgteam',
  zat: 'ZAT',
  driehoeksoverleg: 'driehoeksoverleg',
};

const DUTCH_WEEKDAYS = [
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
] as const;

/** "dinsdag 10 maart 2026". */
export function formatDutchDateWithWeekday(date: IsoDate): string {
  const weekday = DUTCH_WEEKDAYS[((daysBetween('1970-01-05', date) % 7) + 7) % 7] ?? '';
  return `${weekday} ${formatDutchDate(date)}`;
}

function checkPlace(meeting: Pick<Meeting, 'place'>, pupils: readonly IdentifyingPupil[]): boolean {
  return !pupils.some((p) => mentionsPupil(meeting.place, p));
}

/**
 * The .ics text of the invitation: one VEVENT with UID, DTSTAMP, DTSTART/DTEND in
 * Europe/Amsterdam (with its VTIMEZONE), SUMMARY (the meeting kind), LOCATION and a fixed
 * description. CRLF line ends, lines folded at 75 octets. Refused when the place names a
 * pupil or parent on the agenda ("bij familie Jansen thuis").
 */
export function meetingInvitationIcs(
  meeting: Pick<Meeting, 'id' | 'kind' | 'date' | 'startTime' | 'endTime' | 'place'>,
  options: InvitationOptions,
): Result<string, InvitationProblem> {
  if (
    !/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(
      options.uidDomain,
    ) ||
    options.uidDomain.length > 200
  ) {
    return err({ code: 'invitation.invalid-uid-domain' });
  }
  if (!checkPlace(meeting, options.pupils ?? []))
    return err({ code: 'invitation.place-names-pupil' });
  const stamp = utcStamp(options.now);
  if (stamp === undefined) return err({ code: 'invitation.invalid-now' });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Zorgtafel//Zorgtafel//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${meeting.id}@${options.uidDomain}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${Math.max(0, Math.trunc(options.sequence ?? 0))}`,
    `DTSTART;TZID=${AMSTERDAM_TZID}:${localDateTime(meeting.date, meeting.startTime)}`,
    `DTEND;TZID=${AMSTERDAM_TZID}:${localDateTime(meeting.date, meeting.endTime)}`,
    `SUMMARY:${escapeIcsText(MEETING_KIND_TITLES_NL[meeting.kind])}`,
    ...(meeting.place.trim() !== '' ? [`LOCATION:${escapeIcsText(meeting.place.trim())}`] : []),
    `DESCRIPTION:${escapeIcsText('Vertrouwelijk overleg. De agenda en de stukken volgen apart via een beveiligde weg.')}`,
    'CLASS:CONFIDENTIAL',
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return ok(`${lines.map(foldIcsLine).join('\r\n')}\r\n`);
}

/**
 * The e-mail draft that goes with the invitation: Dutch, no personal data (the sender signs
 * in their own mail program). Refused like the .ics when the place names a pupil or parent.
 */
export function meetingInvitationEmail(
  meeting: Pick<Meeting, 'kind' | 'date' | 'startTime' | 'endTime' | 'place'>,
  options: { readonly schoolName?: string; readonly pupils?: readonly IdentifyingPupil[] } = {},
): Result<{ readonly subject: string; readonly body: string }, InvitationProblem> {
  if (!checkPlace(meeting, options.pupils ?? []))
    return err({ code: 'invitation.place-names-pupil' });
  const when = formatDutchDateWithWeekday(meeting.date);
  const place = meeting.place.trim();
  const subject = `Uitnodiging ${SUBJECT_NAMES[meeting.kind]} ${when}, ${meeting.startTime}-${meeting.endTime} uur`;
  const body = [
    'Beste collega,',
    '',
    `Hierbij nodig ik je uit voor ${MEETING_KIND_IN_TEXT_NL[meeting.kind]} op ${when} van ${meeting.startTime} tot ${meeting.endTime} uur${place !== '' ? `, ${place}` : ''}.`,
    '',
    'In de bijlage staat de afspraak voor je agenda. De agenda en de stukken voor het overleg ontvang je apart, via een beveiligde weg. ' +
      'In deze uitnodiging staan bewust geen namen of gegevens van leerlingen.',
    '',
    'Kun je niet aanwezig zijn? Meld je dan af, dan leggen we dat vast.',
    '',
    'Met vriendelijke groet,',
    ...(options.schoolName !== undefined && options.schoolName.trim() !== ''
      ? [options.schoolName.trim()]
      : []),
  ].join('\n');
  return ok({ subject, body });
}
