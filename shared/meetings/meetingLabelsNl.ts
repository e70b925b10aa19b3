// Runs in: any environment.
//
// Dutch names for the meeting module's codes, for documents (agenda, minutes, invitation)
// that are always Dutch. The UI translates the same codes through i18next instead.
import type { MeetingKind } from '../domain/consent';
import type { ActionStatus } from './actions';
import type { GoalSide } from './actieplan';
import type { AttendeePresence, Bespreekdoel, MeetingStatus } from './meeting';

/** The name of a meeting as a title or calendar summary ("Zorgteam"). */
export const MEETING_KIND_TITLES_NL: Readonly<Record<MeetingKind, string>> = {
  zorgteam: 'Zorgteam',
  zat: 'ZAT (zorg- en adviesteam)',
  driehoeksoverleg: 'Driehoeksoverleg',
};

/** The name in running text ("het zorgteam"). */
export const MEETING_KIND_IN_TEXT_NL: Readonly<Record<MeetingKind, string>> = {
  zorgteam: 'het zorgteam',
  zat: 'het ZAT (zorg- en adviesteam)',
  driehoeksoverleg: 'het driehoeksoverleg',
};

/** The four purposes of putting a case on the agenda (brief §2, 000:926-935). */
export const BESPREEKDOEL_LABELS_NL: Readonly<Record<Bespreekdoel, string>> = {
  'informatie-advies': 'Informatie, advies of consultatie voor school',
  'niet-pluis': 'Consultatie bij een niet-pluisgevoel of signalen die nog niet duidelijk zijn',
  'verwijzing-verwacht': 'Consultatie bij signalen die vrijwel zeker tot een verwijzing leiden',
  aanmelding: 'Aanmelding voor ondersteuning of geïndiceerde zorg',
};

export const PRESENCE_LABELS_NL: Readonly<Record<AttendeePresence, string>> = {
  onbekend: 'Nog niet vastgelegd',
  aanwezig: 'Aanwezig',
  afwezig: 'Afwezig',
  afgemeld: 'Afgemeld',
};

export const MEETING_STATUS_LABELS_NL: Readonly<Record<MeetingStatus, string>> = {
  concept: 'Concept',
  gepland: 'Gepland',
  bezig: 'Bezig',
  vastgesteld: 'Vastgesteld',
};

export const ACTION_STATUS_LABELS_NL: Readonly<Record<ActionStatus, string>> = {
  open: 'Open',
  gedaan: 'Gedaan',
  'niet-meer-nodig': 'Niet meer nodig',
};

export const GOAL_SIDE_LABELS_NL: Readonly<Record<GoalSide, string>> = {
  school: 'School',
  thuis: 'Thuis',
};
