// Runs in: renderer.
//
// The benchmark's building blocks for the care file: the sociale kaart (organisations and
// contacts), pupils with guardians, and one zorgdossier with its chronology, working notes,
// involvements and consents. Shared by the bulk generator (generate.ts) and the designated
// benchmark targets (targets.ts). Pure and seeded: dates are days from a fixed epoch, never
// the clock.
import type { Zorgdossier } from '../../shared/domain/case';
import type { CaseEntry, CaseEntryKind } from '../../shared/domain/caseEntry';
import type { CaseStatus } from '../../shared/domain/caseStatus';
import {
  DATA_CATEGORIES,
  type Consent,
  type ConsentPurpose,
  type DataCategory,
} from '../../shared/domain/consent';
import { requiredConsenters } from '../../shared/domain/consenters';
import { DEFAULT_LEEFGEBIEDEN } from '../../shared/domain/leefgebieden';
import type { ContactPerson, Organisation } from '../../shared/domain/directory';
import type { CoordinationLevelId, Involvement } from '../../shared/domain/involvement';
import type { Guardian, Pupil } from '../../shared/domain/pupil';
import type { WorkingNote } from '../../shared/domain/workingNote';
import {
  CLOSED_REASONS,
  ENTRY_SENTENCES,
  ENTRY_TITLES,
  FIRST_NAMES,
  HULPVRAGEN,
  MUNICIPALITIES,
  ORGANISATION_TEMPLATES,
  PARENT_FIRST_NAMES,
  RAISED_BY,
  SIGNAL_DESCRIPTIONS,
  STAFF_NAMES,
  SURNAMES,
} from './dutchData';
import type { Prng } from './prng';

/** Bookkeeping time of every generated record: fixed, so the output never depends on the clock. */
export const NOW = '2026-11-01T09:00:00.000Z';
/** Day 0 of the ten years the data spans. */
const START_MS = Date.UTC(2016, 7, 22);
/** The last day of generated history (9 October 2026). */
export const TEN_YEARS_DAYS = 3700;
const DAY_MS = 86_400_000;
/**
 * The benchmark's "today": Tuesday 3 November 2026, day 3725. The app under benchmark runs
 * with its Date set to this day (BENCH_CLOCK; tests/bench/benchClock.ts), so "upcoming", "overdue" and consent
 * validity are the same in every run, whatever the machine's date.
 */
export const TODAY_DAY = 3725;
export const BENCH_TODAY = '2026-11-03';
/** The local time the app's Date starts from under benchmark: 14:55 on BENCH_TODAY, before the bench meeting starts. */
export const BENCH_CLOCK = '2026-11-03T14:55:00+01:00';

/** The app's user (author of the working notes): a fixed id, as the profile would give. */
export const AUTHOR_ID = 'r0000000000000000000000000000b001';

export function dayToIso(day: number): string {
  return new Date(START_MS + day * DAY_MS).toISOString().slice(0, 10);
}

export function timestampOf(day: number, minute: number): string {
  return new Date(START_MS + day * DAY_MS + minute * 60_000).toISOString();
}

const POSTCODE_LETTERS = 'ABCDEFGHJKLMNPRTVWXZ';

function postcode(rng: Prng, area: number): string {
  let letters = `${rng.pick([...POSTCODE_LETTERS])}${rng.pick([...POSTCODE_LETTERS])}`;
  // SA, SD and SS are never issued; the letter set has no S, so this cannot happen, but keep the rule visible.
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') letters = 'AB';
  return `${area} ${letters}`;
}

export function phone(rng: Prng): string {
  return `06-${String(rng.int(10_000_000, 99_999_999))}`;
}

function asciiHandle(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
  return folded === '' ? 'contact' : folded;
}

export function paragraph(rng: Prng, min: number, max: number): string {
  return rng.sample(ENTRY_SENTENCES, rng.int(min, max)).join(' ');
}

/** Directory of the sociale kaart: a few organisations per municipality, contacts per organisation. */
export function directory(
  rng: Prng,
  organisations: number,
): { orgs: Organisation[]; contacts: ContactPerson[] } {
  const orgs: Organisation[] = [];
  const contacts: ContactPerson[] = [];
  for (let i = 0; i < organisations; i++) {
    const template =
      ORGANISATION_TEMPLATES[i % ORGANISATION_TEMPLATES.length] ?? ORGANISATION_TEMPLATES[0];
    const place =
      MUNICIPALITIES[Math.floor(i / ORGANISATION_TEMPLATES.length) % MUNICIPALITIES.length] ??
      MUNICIPALITIES[0];
    if (template === undefined || place === undefined) throw new RangeError('empty word lists');
    const areaBound =
      template.kind === 'wijkteam' || template.kind === 'ggd-jgz' || template.kind === 'leerplicht';
    const org: Organisation = {
      id: rng.recordId(),
      name: `${template.name} ${place.name}`,
      kind: template.kind,
      municipalities: areaBound ? [place.name] : [],
      postcodeRanges:
        template.kind === 'wijkteam' ? [{ from: String(place.from), to: String(place.to) }] : [],
      phone: `053-${String(rng.int(1_000_000, 9_999_999))}`,
      email: `info.${asciiHandle(template.name)}@voorbeeld.invalid`,
      address: `Stationsstraat ${String(rng.int(1, 200))}, ${place.name}`,
      createdAt: NOW,
      updatedAt: NOW,
    };
    orgs.push(org);
    const count = rng.int(2, 4);
    const first = contacts.length;
    for (let c = 0; c < count; c++) {
      const name = `${rng.pick(PARENT_FIRST_NAMES)} ${displaySurname(rng.pick(SURNAMES))}`;
      const contact: ContactPerson = {
        id: rng.recordId(),
        organisationId: org.id,
        name,
        role: rng.pick(template.roles),
        phone: phone(rng),
        email: `${asciiHandle(name)}@voorbeeld.invalid`,
        createdAt: NOW,
        updatedAt: NOW,
      };
      const colleague = contacts[first];
      if (c > 0 && colleague !== undefined && rng.chance(0.1)) {
        contacts.push({
          ...contact,
          absentUntil: dayToIso(TEN_YEARS_DAYS + rng.int(10, 90)),
          replacedBy: colleague.id,
        });
      } else {
        contacts.push(contact);
      }
    }
  }
  return { orgs, contacts };
}

export function displaySurname([prefix, last]: readonly [string, string]): string {
  return prefix === '' ? last : `${prefix} ${last}`;
}

/** A pupil; `bornOnDay` fixes the date of birth (the targets need children under 12). */
export function pupil(rng: Prng, bornOnDay?: number): Pupil {
  const [tussenvoegsel, lastName] = rng.pick(SURNAMES);
  const place = rng.pick(MUNICIPALITIES);
  const guardians: Guardian[] = [];
  const count = rng.chance(0.75) ? 2 : 1;
  for (let g = 0; g < count; g++) {
    const relation = g === 0 ? (rng.chance(0.9) ? 'moeder' : 'verzorger') : 'vader';
    const guardian: Guardian = {
      id: rng.recordId(),
      name: `${rng.pick(PARENT_FIRST_NAMES)} ${displaySurname([tussenvoegsel, lastName])}`,
      relation,
      hasGezag: rng.chance(0.92),
      phone: phone(rng),
    };
    guardians.push(
      rng.chance(0.6)
        ? { ...guardian, email: `ouder.${String(rng.int(1000, 99_999))}@voorbeeld.invalid` }
        : guardian,
    );
  }
  const base: Pupil = {
    id: rng.recordId(),
    firstName: rng.pick(FIRST_NAMES),
    lastName,
    dateOfBirth: dayToIso(bornOnDay ?? rng.int(-3650, 1800)),
    group: `${String(rng.int(1, 8))}${rng.pick(['A', 'B', 'C'])}`,
    homeMunicipality: place.name,
    homePostcode: postcode(rng, rng.int(place.from, place.to)),
    guardians,
    externalId: String(rng.int(100_000, 999_999)),
    createdAt: NOW,
    updatedAt: NOW,
  };
  return tussenvoegsel === '' ? base : { ...base, tussenvoegsel };
}

const ENTRY_KIND_WEIGHTS: readonly (readonly [CaseEntryKind, number])[] = [
  ['notitie', 5],
  ['gesprek', 4],
  ['overleg', 3],
  ['actie', 3],
  ['toestemming', 1],
  ['verwijzing', 1],
  ['terugkoppeling', 1],
];
const ENTRY_KINDS_WEIGHTED: readonly CaseEntryKind[] = ENTRY_KIND_WEIGHTS.flatMap(
  ([kind, weight]) => Array.from({ length: weight }, () => kind),
);

/** The data categories of general consents: all but medical data and named documents (those have their own consents). */
export const CATEGORIES_GENERAL: readonly DataCategory[] = DATA_CATEGORIES.filter(
  (c) => c !== 'medisch' && c !== 'benoemd-document',
);

export interface CaseBundle {
  /** Days (from the epoch) of the signal and of the last event (the closing day of a closed case). */
  readonly signalDay: number;
  readonly lastDay: number;
  readonly zorgdossier: Zorgdossier;
  readonly entries: CaseEntry[];
  readonly notes: WorkingNote[];
  readonly involvements: Involvement[];
  readonly consents: Consent[];
}

/** Shapes a case for the benchmark targets: an open case from a given day with a given number of chronology entries. */
export interface CaseShape {
  readonly signalDay: number;
  readonly middleEntries: number;
}

/** Who gives consent for `child` on `day`: whom the law asks at the child's age (brief §5), or the pupil (witnessed) when no guardian has gezag. */
export function consentGivers(
  rng: Prng,
  child: Pupil,
  witness: string,
  day: number,
): Consent['givenBy'] {
  const date = dayToIso(day);
  const required = requiredConsenters(child, date);
  if (required.problem !== undefined)
    return [
      {
        personKind: 'pupil',
        name: child.firstName,
        method: 'mondeling',
        witnessedBy: witness,
        date,
      },
    ];
  return required.consenters.map((c) =>
    c.personKind === 'guardian' && c.guardianId !== undefined
      ? {
          personKind: 'guardian' as const,
          guardianId: c.guardianId,
          name: c.name,
          method: rng.pick(['schriftelijk', 'mondeling'] as const),
          date,
        }
      : {
          personKind: 'pupil' as const,
          name: c.name,
          method: 'mondeling' as const,
          witnessedBy: witness,
          date,
        },
  );
}

export function caseFor(
  rng: Prng,
  child: Pupil,
  contacts: readonly ContactPerson[],
  orgById: ReadonlyMap<string, Organisation>,
  shape?: CaseShape,
): CaseBundle {
  const caseId = rng.recordId();
  const signalDay = shape?.signalDay ?? rng.int(0, TEN_YEARS_DAYS - 30);
  const lengthDays = rng.int(60, 900);
  const lastDay =
    shape === undefined ? Math.min(TEN_YEARS_DAYS, signalDay + lengthDays) : TEN_YEARS_DAYS;
  const closed = shape === undefined && (lastDay < TEN_YEARS_DAYS - 60 || rng.chance(0.2));
  const status: CaseStatus = closed
    ? 'afgesloten'
    : shape !== undefined
      ? 'in-bespreking'
      : rng.pick(['signalering', 'in-bespreking', 'in-bespreking', 'verwezen'] as const);
  const author = rng.pick(STAFF_NAMES);

  const involvements: Involvement[] = rng.sample(contacts, rng.int(1, 5)).map((contact, index) => {
    const org = orgById.get(contact.organisationId);
    const involvement: Involvement = {
      id: rng.recordId(),
      caseId,
      contactId: contact.id,
      name: contact.name,
      role: contact.role,
      since: dayToIso(signalDay + rng.int(0, 60)),
      isRegisseur: index === 0,
      coordinationLevel: rng.pick<CoordinationLevelId>([
        'van-elkaar-weten',
        'informeren',
        'afstemmen',
        'een-plan',
        'gezin-partij-bij-plan',
        'zorgcoordinatie',
      ]),
      createdAt: NOW,
      updatedAt: NOW,
    };
    const withOrg: Involvement =
      org === undefined
        ? involvement
        : { ...involvement, organisationId: org.id, organisationName: org.name };
    return contact.phone === undefined ? withOrg : { ...withOrg, phone: contact.phone };
  });

  const base: Zorgdossier = {
    id: caseId,
    pupilId: child.id,
    signal: {
      date: dayToIso(signalDay),
      raisedBy: rng.pick(RAISED_BY),
      description: rng.pick(SIGNAL_DESCRIPTIONS),
    },
    hulpvraag: rng.pick(HULPVRAGEN),
    leefgebieden: rng.sample(
      DEFAULT_LEEFGEBIEDEN.map((l) => l.id),
      rng.int(1, 3),
    ),
    status,
    createdAt: NOW,
    updatedAt: NOW,
  };
  const regisseur = involvements[0];
  const withRegisseur: Zorgdossier =
    regisseur === undefined
      ? base
      : { ...base, regisseur: { kind: 'involvement', involvementId: regisseur.id } };
  const zorgdossier: Zorgdossier = closed
    ? { ...withRegisseur, closedAt: dayToIso(lastDay), closedReason: rng.pick(CLOSED_REASONS) }
    : withRegisseur;

  const entries: CaseEntry[] = [];
  const entry = (
    kind: CaseEntryKind,
    day: number,
    body: string,
    extra: Partial<Pick<CaseEntry, 'status' | 'refId'>> = {},
  ): void => {
    entries.push({
      id: rng.recordId(),
      caseId,
      kind,
      date: dayToIso(day),
      recordedAt: timestampOf(day, rng.int(480, 1020)),
      title: rng.pick(ENTRY_TITLES[kind]),
      body,
      author,
      ...extra,
    });
  };
  entry('signaal', signalDay, zorgdossier.signal.description);
  const middle = shape?.middleEntries ?? rng.int(4, 22);
  for (let i = 0; i < middle; i++)
    entry(rng.pick(ENTRY_KINDS_WEIGHTED), rng.int(signalDay, lastDay), paragraph(rng, 1, 5));
  if (status !== 'signalering')
    entry('status', Math.min(lastDay, signalDay + rng.int(7, 40)), '', { status: 'in-bespreking' });
  if (closed) entry('status', lastDay, zorgdossier.closedReason ?? '', { status: 'afgesloten' });

  const notes: WorkingNote[] = Array.from({ length: rng.int(0, 6) }, () => {
    const day = rng.int(signalDay, lastDay);
    return {
      id: rng.recordId(),
      caseId,
      authorId: AUTHOR_ID,
      body: paragraph(rng, 1, 3),
      date: dayToIso(day),
      createdAt: NOW,
      updatedAt: NOW,
    };
  });

  const consents: Consent[] = [];
  const givenBy = (day: number): Consent['givenBy'] => consentGivers(rng, child, author, day);
  const consentCount = rng.int(1, 3);
  for (let i = 0; i < consentCount; i++) {
    // Parents rarely object (brief §5): the consent to discuss by name comes early and covers the basics.
    const day =
      i === 0 ? signalDay + rng.int(0, 14) : rng.int(signalDay, Math.max(signalDay, lastDay - 1));
    const purpose: ConsentPurpose =
      i === 0
        ? 'bespreken-op-naam'
        : rng.pick([
            'informatie-uitwisselen',
            'verwijzen',
            'terugkoppeling-ontvangen',
            'document-doorgeven',
          ] as const);
    const common = {
      id: rng.recordId(),
      caseId,
      pupilId: child.id,
      givenBy: givenBy(day),
      date: dayToIso(day),
      validUntil: dayToIso(day + (i === 0 ? rng.int(365, 900) : rng.int(180, 365))),
      createdAt: NOW,
      updatedAt: NOW,
    };
    const recipient = involvements[i % Math.max(1, involvements.length)];
    let consent: Consent;
    if (
      purpose === 'bespreken-op-naam' ||
      recipient?.organisationId === undefined ||
      recipient.organisationName === undefined
    ) {
      const basics: DataCategory[] = ['basisgegevens', 'zorgsignaal-en-hulpvraag'];
      const more = rng.sample(CATEGORIES_GENERAL.slice(2), rng.int(0, 3));
      consent = {
        ...common,
        purpose: 'bespreken-op-naam',
        meetingKinds: rng.sample(['zorgteam', 'zat', 'driehoeksoverleg'] as const, rng.int(2, 3)),
        dataCategories: [...basics, ...more],
      };
    } else if (purpose === 'document-doorgeven') {
      consent = {
        ...common,
        purpose,
        recipientOrganisationId: recipient.organisationId,
        recipientOrganisationName: recipient.organisationName,
        documentName: rng.pick([
          'rapport groep 6',
          'OPP 2025',
          'verslag dyslexieonderzoek',
          'groeidocument',
        ]),
        dataCategories: ['benoemd-document'],
      };
    } else {
      consent = {
        ...common,
        purpose,
        recipientOrganisationId: recipient.organisationId,
        recipientOrganisationName: recipient.organisationName,
        dataCategories: rng.sample(CATEGORIES_GENERAL, rng.int(2, 6)),
      };
    }
    consents.push(
      rng.chance(0.05)
        ? {
            ...consent,
            withdrawn: { date: consent.validUntil, by: consent.givenBy[0]?.name ?? author },
          }
        : consent,
    );
  }
  return { signalDay, lastDay, zorgdossier, entries, notes, involvements, consents };
}
