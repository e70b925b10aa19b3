// Runs in: any environment.
//
// Dutch names for the domain's codes, for documents (consent forms, letters, exports) that
// are always Dutch. The UI does not use these: it translates the same codes through i18next,
// so the screen can be English while a letter to parents stays Dutch.
import type { CaseEntryKind, StatusCause } from './caseEntry';
import type { CaseStatus } from './caseStatus';
import type { ConsentMethod, ConsentPurpose, DataCategory, MeetingKind } from './consent';
import type { OrganisationKind } from './directory';
import type { GuardianRelation } from './pupil';

/** What each data category means, in words parents understand. */
export const DATA_CATEGORY_LABELS_NL: Readonly<Record<DataCategory, string>> = {
  basisgegevens: 'Basisgegevens: naam, geboortedatum, groep of klas, adres en contactgegevens',
  'zorgsignaal-en-hulpvraag': 'De zorg die er is en de vraag om hulp',
  schoolresultaten: 'Schoolresultaten en ontwikkeling in het leren',
  'gedrag-en-welbevinden': 'Gedrag en welbevinden op school',
  'aanwezigheid-en-verzuim': 'Aanwezigheid en verzuim',
  thuissituatie: 'De thuissituatie, voor zover die van belang is voor school',
  medisch: 'Medische gegevens',
  overlegverslagen: 'Verslagen van overleggen over het kind',
  actieplan: 'Het actieplan: de afspraken en wie wat doet',
  'benoemd-document': 'Het document dat hierboven genoemd is',
};

export const CONSENT_PURPOSE_LABELS_NL: Readonly<Record<ConsentPurpose, string>> = {
  'bespreken-op-naam': 'Bespreken met naam',
  'informatie-uitwisselen': 'Informatie uitwisselen',
  verwijzen: 'Aanmelden (verwijzen)',
  'terugkoppeling-ontvangen': 'Terugkoppeling ontvangen',
  'document-doorgeven': 'Een document doorgeven',
};

export const MEETING_KIND_LABELS_NL: Readonly<Record<MeetingKind, string>> = {
  zorgteam: 'het zorgteam van school',
  zat: 'het zorg- en adviesteam (ZAT)',
  driehoeksoverleg: 'een driehoeksoverleg (ouders, school en hulpverlener)',
};

export const CONSENT_METHOD_LABELS_NL: Readonly<Record<ConsentMethod, string>> = {
  schriftelijk: 'schriftelijk',
  mondeling: 'mondeling',
};

export const GUARDIAN_RELATION_LABELS_NL: Readonly<Record<GuardianRelation, string>> = {
  moeder: 'moeder',
  vader: 'vader',
  verzorger: 'verzorger',
  voogd: 'voogd',
  other: 'ouder/verzorger',
};

export const ORGANISATION_KIND_LABELS_NL: Readonly<Record<OrganisationKind, string>> = {
  ondersteuningsteam: 'Ondersteuningsteam',
  wijkteam: 'Wijkteam',
  'ggd-jgz': 'GGD / jeugdgezondheidszorg',
  leerplicht: 'Leerplicht',
  smw: 'Schoolmaatschappelijk werk',
  samenwerkingsverband: 'Samenwerkingsverband',
  'veilig-thuis': 'Veilig Thuis',
  other: 'Andere organisatie',
};

export const CASE_STATUS_LABELS_NL: Readonly<Record<CaseStatus, string>> = {
  signalering: 'Signalering',
  'in-bespreking': 'In bespreking',
  verwezen: 'Verwezen',
  afgesloten: 'Afgesloten',
};

/** Why the status moved by itself, as the chronology says it (the screen's nl text is the same). */
export const STATUS_CAUSE_LABELS_NL: Readonly<Record<StatusCause, string>> = {
  agenda: 'Automatisch: het dossier is op de agenda van een overleg gezet.',
  'referral-sent': 'Automatisch: de verwijzing is verstuurd.',
  'referral-closed': 'Automatisch: de verwijzing is afgerond; het dossier wordt weer besproken.',
};

export const CASE_ENTRY_KIND_LABELS_NL: Readonly<Record<CaseEntryKind, string>> = {
  signaal: 'Signaal',
  notitie: 'Notitie',
  gesprek: 'Gesprek',
  overleg: 'Overleg',
  actie: 'Actie',
  toestemming: 'Toestemming',
  verwijzing: 'Verwijzing',
  terugkoppeling: 'Terugkoppeling',
  status: 'Status',
};
