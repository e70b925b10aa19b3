// Runs in: Node (test tooling).
//
// Small builders for valid domain records, so each test states only what matters to it.
import type { Zorgdossier } from '../../../shared/domain/case';
import type { CaseEntry } from '../../../shared/domain/caseEntry';
import type { Consent } from '../../../shared/domain/consent';
import type { Organisation } from '../../../shared/domain/directory';
import type { Involvement } from '../../../shared/domain/involvement';
import type { Guardian, Pupil } from '../../../shared/domain/pupil';
import type { Voice } from '../../../shared/domain/voice';

export const T0 = '2026-01-05T09:00:00.000Z';

export const mother: Guardian = {
  id: 'g-mother',
  name: 'Marieke van der Berg',
  relation: 'moeder',
  hasGezag: true,
};
export const father: Guardian = {
  id: 'g-father',
  name: 'Thomas van der Berg',
  relation: 'vader',
  hasGezag: true,
};
export const stepfather: Guardian = {
  id: 'g-step',
  name: 'Karel Smit',
  relation: 'verzorger',
  hasGezag: false,
};

export function pupil(overrides: Partial<Pupil> = {}): Pupil {
  return {
    id: 'p-zoe',
    firstName: 'Zoë',
    tussenvoegsel: 'van der',
    lastName: 'Berg',
    dateOfBirth: '2015-03-12',
    group: '5B',
    homeMunicipality: 'Enschede',
    homePostcode: '7511 JK',
    guardians: [mother, father, stepfather],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function zorgdossier(overrides: Partial<Zorgdossier> = {}): Zorgdossier {
  return {
    id: 'c-1',
    pupilId: 'p-zoe',
    signal: {
      date: '2026-01-05',
      raisedBy: 'juf Sanne (leerkracht groep 5)',
      description: 'Zoë is stil en moe in de klas.',
    },
    hulpvraag: 'Hoe helpen we Zoë weer mee te doen?',
    leefgebieden: ['onderwijs', 'opvoeding-en-gezin'],
    status: 'signalering',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function entry(overrides: Partial<CaseEntry> & Pick<CaseEntry, 'id'>): CaseEntry {
  return {
    caseId: 'c-1',
    kind: 'notitie',
    date: '2026-01-10',
    recordedAt: T0,
    title: 'Gesprek met moeder',
    body: 'Moeder herkent het beeld.',
    author: 'Anouk (IB)',
    ...overrides,
  };
}

/** A consent for the zorgteam signed by both parents with gezag and the pupil. */
export function consent(overrides: Partial<Consent> = {}): Consent {
  return {
    id: 'k-1',
    caseId: 'c-1',
    pupilId: 'p-zoe',
    purpose: 'bespreken-op-naam',
    meetingKinds: ['zorgteam'],
    dataCategories: ['basisgegevens', 'zorgsignaal-en-hulpvraag', 'gedrag-en-welbevinden'],
    givenBy: [
      {
        personKind: 'guardian',
        guardianId: 'g-mother',
        name: 'Marieke van der Berg',
        method: 'schriftelijk',
        date: '2026-01-10',
      },
      {
        personKind: 'guardian',
        guardianId: 'g-father',
        name: 'Thomas van der Berg',
        method: 'schriftelijk',
        date: '2026-01-10',
      },
      {
        personKind: 'pupil',
        name: 'Zoë van der Berg',
        method: 'mondeling',
        witnessedBy: 'Anouk (IB)',
        date: '2026-01-10',
      },
    ],
    date: '2026-01-10',
    validUntil: '2026-07-31',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A consent to exchange information with the wijkteam (org-wijk). */
export function exchangeConsent(overrides: Partial<Consent> = {}): Consent {
  const { meetingKinds: _omit, ...base } = consent();
  return {
    ...base,
    id: 'k-exchange',
    purpose: 'informatie-uitwisselen',
    recipientOrganisationId: 'org-wijk',
    recipientOrganisationName: 'Wijkteam Enschede-Centrum',
    ...overrides,
  };
}

export function involvement(
  overrides: Partial<Involvement> & Pick<Involvement, 'id'>,
): Involvement {
  return {
    caseId: 'c-1',
    name: 'Joost Kamphuis',
    role: 'wijkcoach',
    organisationName: 'Wijkteam Enschede-Centrum',
    since: '2026-01-12',
    isRegisseur: false,
    coordinationLevel: 'informeren',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function organisation(
  overrides: Partial<Organisation> & Pick<Organisation, 'id' | 'name'>,
): Organisation {
  return {
    kind: 'wijkteam',
    municipalities: [],
    postcodeRanges: [],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A parents' voice of case c-1 (issue 18). */
export function voice(overrides: Partial<Voice> = {}): Voice {
  return {
    id: 'v-1',
    caseId: 'c-1',
    kind: 'ouders',
    date: '2026-02-01',
    text: 'Moeder wil graag dat Zoë weer plezier heeft op school.',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}
