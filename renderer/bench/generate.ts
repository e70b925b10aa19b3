// Runs in: renderer.
//
// The benchmark's deterministic test-data generator. Given a target record count and a seed
// it yields the records of ten years of school care work (brief §10): pupils, about one in
// two of whom over ten years gets a zorgdossier (10% per year), each case with a chronology
// of several entries, working notes, involved professionals and consents, plus the
// organisations and contact persons of the sociale kaart. Only record types of the app's
// catalog are produced; the vault validates each one with the registry when it is written.
// Pure: no DOM, no clock, no Math.random, so the same seed gives the same vault everywhere.
import type { Zorgdossier } from '../../shared/domain/case';
import type { CaseEntry, CaseEntryKind } from '../../shared/domain/caseEntry';
import type { CaseStatus } from '../../shared/domain/caseStatus';
import type { Consent, ConsentPurpose, DataCategory } from '../../shared/domain/consent';
import { DEFAULT_LEEFGEBIEDEN } from '../../shared/domain/leefgebieden';
import type { ContactPerson, Organisation } from '../../shared/domain/directory';
import type { CoordinationLevelId, Involvement } from '../../shared/domain/involvement';
import type { Guardian, Pupil } from '../../shared/domain/pupil';
import type { WorkingNote } from '../../shared/domain/workingNote';
import type { AppRecordMap } from '../../shared/records/catalog';
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
import { Prng } from './prng';

/** Named sizes (approximate record counts). `10k` is issue 8's `school`. */
export const BENCH_SIZES = {
  tiny: 200,
  '1k': 1_000,
  '10k': 10_000,
  large: 50_000,
  region: 200_000,
} as const;
export type BenchSize = keyof typeof BENCH_SIZES;

export function isBenchSize(value: string): value is BenchSize {
  return Object.hasOwn(BENCH_SIZES, value);
}

/** The record types the generator writes. */
export const GENERATED_TYPES = [
  'directory.organisation',
  'directory.contact',
  'pupil',
  'case',
  'case.entry',
  'case.working-note',
  'case.involvement',
  'case.consent',
] as const satisfies readonly (keyof AppRecordMap)[];
export type GeneratedType = (typeof GENERATED_TYPES)[number];

/** Records of one type, ready for `session.records.putMany(type, records)`. */
export type GeneratedBatch = { [K in GeneratedType]: { readonly type: K; readonly records: AppRecordMap[K][] } }[GeneratedType];

export interface GenerateOptions {
  /** Records per yielded batch (one putMany transaction each). */
  readonly batchSize?: number;
  /** Seed string; the default makes every run of the benchmark write the same vault. */
  readonly seed?: string;
}

export const DEFAULT_SEED = 'zorgtafel-bench-v1';

/** Bookkeeping time of every generated record: fixed, so the output never depends on the clock. */
const NOW = '2026-11-01T09:00:00.000Z';
/** Day 0 of the ten years the data spans. */
const START_MS = Date.UTC(2016, 7, 22);
const TEN_YEARS_DAYS = 3700;
const DAY_MS = 86_400_000;

/** The app's user (author of the working notes): a fixed id, as the profile would give. */
const AUTHOR_ID = 'r0000000000000000000000000000b001';

function dayToIso(day: number): string {
  return new Date(START_MS + day * DAY_MS).toISOString().slice(0, 10);
}

function timestampOf(day: number, minute: number): string {
  return new Date(START_MS + day * DAY_MS + minute * 60_000).toISOString();
}

const POSTCODE_LETTERS = 'ABCDEFGHJKLMNPRTVWXZ';

function postcode(rng: Prng, area: number): string {
  let letters = `${rng.pick([...POSTCODE_LETTERS])}${rng.pick([...POSTCODE_LETTERS])}`;
  // SA, SD and SS are never issued; the letter set has no S, so this cannot happen, but keep the rule visible.
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') letters = 'AB';
  return `${area} ${letters}`;
}

function phone(rng: Prng): string {
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

function paragraph(rng: Prng, min: number, max: number): string {
  return rng.sample(ENTRY_SENTENCES, rng.int(min, max)).join(' ');
}

/** Directory of the sociale kaart: a few organisations per municipality, contacts per organisation. */
function directory(rng: Prng, organisations: number): { orgs: Organisation[]; contacts: ContactPerson[] } {
  const orgs: Organisation[] = [];
  const contacts: ContactPerson[] = [];
  for (let i = 0; i < organisations; i++) {
    const template = ORGANISATION_TEMPLATES[i % ORGANISATION_TEMPLATES.length] ?? ORGANISATION_TEMPLATES[0];
    const place = MUNICIPALITIES[Math.floor(i / ORGANISATION_TEMPLATES.length) % MUNICIPALITIES.length] ?? MUNICIPALITIES[0];
    if (template === undefined || place === undefined) throw new RangeError('empty word lists');
    const areaBound = template.kind === 'wijkteam' || template.kind === 'ggd-jgz' || template.kind === 'leerplicht';
    const org: Organisation = {
      id: rng.recordId(),
      name: `${template.name} ${place.name}`,
      kind: template.kind,
      municipalities: areaBound ? [place.name] : [],
      postcodeRanges: template.kind === 'wijkteam' ? [{ from: String(place.from), to: String(place.to) }] : [],
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
        contacts.push({ ...contact, absentUntil: dayToIso(TEN_YEARS_DAYS + rng.int(10, 90)), replacedBy: colleague.id });
      } else {
        contacts.push(contact);
      }
    }
  }
  return { orgs, contacts };
}

function displaySurname([prefix, last]: readonly [string, string]): string {
  return prefix === '' ? last : `${prefix} ${last}`;
}

function pupil(rng: Prng): Pupil {
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
    guardians.push(rng.chance(0.6) ? { ...guardian, email: `ouder.${String(rng.int(1000, 99_999))}@voorbeeld.invalid` } : guardian);
  }
  const base: Pupil = {
    id: rng.recordId(),
    firstName: rng.pick(FIRST_NAMES),
    lastName,
    dateOfBirth: dayToIso(rng.int(-3650, 1800)),
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
const ENTRY_KINDS_WEIGHTED: readonly CaseEntryKind[] = ENTRY_KIND_WEIGHTS.flatMap(([kind, weight]) => Array.from({ length: weight }, () => kind));

const CATEGORIES_GENERAL: readonly DataCategory[] = [
  'basisgegevens',
  'zorgsignaal-en-hulpvraag',
  'schoolresultaten',
  'gedrag-en-welbevinden',
  'aanwezigheid-en-verzuim',
  'thuissituatie',
  'overlegverslagen',
  'actieplan',
];

interface CaseBundle {
  readonly zorgdossier: Zorgdossier;
  readonly entries: CaseEntry[];
  readonly notes: WorkingNote[];
  readonly involvements: Involvement[];
  readonly consents: Consent[];
}

function caseFor(rng: Prng, child: Pupil, contacts: readonly ContactPerson[], orgById: ReadonlyMap<string, Organisation>): CaseBundle {
  const caseId = rng.recordId();
  const signalDay = rng.int(0, TEN_YEARS_DAYS - 30);
  const lengthDays = rng.int(60, 900);
  const lastDay = Math.min(TEN_YEARS_DAYS, signalDay + lengthDays);
  const closed = lastDay < TEN_YEARS_DAYS - 60 || rng.chance(0.2);
  const status: CaseStatus = closed ? 'afgesloten' : rng.pick(['signalering', 'in-bespreking', 'in-bespreking', 'verwezen'] as const);
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
      coordinationLevel: rng.pick<CoordinationLevelId>(['van-elkaar-weten', 'informeren', 'afstemmen', 'een-plan', 'gezin-partij-bij-plan', 'zorgcoordinatie']),
      createdAt: NOW,
      updatedAt: NOW,
    };
    const withOrg: Involvement = org === undefined ? involvement : { ...involvement, organisationId: org.id, organisationName: org.name };
    return contact.phone === undefined ? withOrg : { ...withOrg, phone: contact.phone };
  });

  const base: Zorgdossier = {
    id: caseId,
    pupilId: child.id,
    signal: { date: dayToIso(signalDay), raisedBy: rng.pick(RAISED_BY), description: rng.pick(SIGNAL_DESCRIPTIONS) },
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
  const withRegisseur: Zorgdossier = regisseur === undefined ? base : { ...base, regisseur: { kind: 'involvement', involvementId: regisseur.id } };
  const zorgdossier: Zorgdossier = closed ? { ...withRegisseur, closedAt: dayToIso(lastDay), closedReason: rng.pick(CLOSED_REASONS) } : withRegisseur;

  const entries: CaseEntry[] = [];
  const entry = (kind: CaseEntryKind, day: number, body: string, extra: Partial<Pick<CaseEntry, 'status' | 'refId'>> = {}): void => {
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
  const middle = rng.int(4, 22);
  for (let i = 0; i < middle; i++) entry(rng.pick(ENTRY_KINDS_WEIGHTED), rng.int(signalDay, lastDay), paragraph(rng, 1, 5));
  if (status !== 'signalering') entry('status', Math.min(lastDay, signalDay + rng.int(7, 40)), '', { status: 'in-bespreking' });
  if (closed) entry('status', lastDay, zorgdossier.closedReason ?? '', { status: 'afgesloten' });

  const notes: WorkingNote[] = Array.from({ length: rng.int(0, 6) }, () => {
    const day = rng.int(signalDay, lastDay);
    return { id: rng.recordId(), caseId, authorId: AUTHOR_ID, body: paragraph(rng, 1, 3), date: dayToIso(day), createdAt: NOW, updatedAt: NOW };
  });

  const consents: Consent[] = [];
  const givers = child.guardians.filter((g) => g.hasGezag);
  const givenBy = (day: number): Consent['givenBy'] =>
    givers.length === 0
      ? [{ personKind: 'pupil', name: child.firstName, method: 'mondeling', witnessedBy: author, date: dayToIso(day) }]
      : givers.map((g) => ({ personKind: 'guardian' as const, guardianId: g.id, name: g.name, method: rng.pick(['schriftelijk', 'mondeling'] as const), date: dayToIso(day) }));
  const consentCount = rng.int(1, 3);
  for (let i = 0; i < consentCount; i++) {
    const day = rng.int(signalDay, Math.max(signalDay, lastDay - 1));
    const purpose: ConsentPurpose = i === 0 ? 'bespreken-op-naam' : rng.pick(['informatie-uitwisselen', 'verwijzen', 'terugkoppeling-ontvangen', 'document-doorgeven'] as const);
    const common = {
      id: rng.recordId(),
      caseId,
      pupilId: child.id,
      givenBy: givenBy(day),
      date: dayToIso(day),
      validUntil: dayToIso(day + rng.int(180, 365)),
      createdAt: NOW,
      updatedAt: NOW,
    };
    const recipient = involvements[i % Math.max(1, involvements.length)];
    let consent: Consent;
    if (purpose === 'bespreken-op-naam' || recipient?.organisationId === undefined || recipient.organisationName === undefined) {
      consent = { ...common, purpose: 'bespreken-op-naam', meetingKinds: rng.sample(['zorgteam', 'zat', 'driehoeksoverleg'] as const, rng.int(1, 3)), dataCategories: rng.sample(CATEGORIES_GENERAL, rng.int(2, 5)) };
    } else if (purpose === 'document-doorgeven') {
      consent = {
        ...common,
        purpose,
        recipientOrganisationId: recipient.organisationId,
        recipientOrganisationName: recipient.organisationName,
        documentName: rng.pick(['rapport groep 6', 'OPP 2025', 'verslag dyslexieonderzoek', 'groeidocument']),
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
    consents.push(rng.chance(0.05) ? { ...consent, withdrawn: { date: consent.validUntil, by: consent.givenBy[0]?.name ?? author } } : consent);
  }
  return { zorgdossier, entries, notes, involvements, consents };
}

type Buffers = { [K in GeneratedType]: AppRecordMap[K][] };

/**
 * Yields the records of a vault of about `target` records, grouped by type in batches of at
 * most `batchSize`. The total lands within one case (about 40 records) of the target.
 */
export function* generateVault(target: number, options: GenerateOptions = {}): Generator<GeneratedBatch> {
  const batchSize = options.batchSize ?? 2000;
  const rng = new Prng(`${options.seed ?? DEFAULT_SEED}/${String(target)}`);
  const buffers: Buffers = {
    'directory.organisation': [],
    'directory.contact': [],
    pupil: [],
    case: [],
    'case.entry': [],
    'case.working-note': [],
    'case.involvement': [],
    'case.consent': [],
  };
  function* flush(force: boolean): Generator<GeneratedBatch> {
    for (const type of GENERATED_TYPES) {
      const records = buffers[type];
      if (records.length === 0 || (!force && records.length < batchSize)) continue;
      // The buffer is replaced, so a yielded batch is never changed afterwards.
      buffers[type] = [] as never;
      yield { type, records } as GeneratedBatch;
    }
  }
  // The sociale kaart: about 0.4% of the records, at least one of each kind.
  const { orgs, contacts } = directory(rng, Math.max(ORGANISATION_TEMPLATES.length, Math.round(target * 0.004)));
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  buffers['directory.organisation'].push(...orgs);
  buffers['directory.contact'].push(...contacts);
  let total = orgs.length + contacts.length;
  while (total < target) {
    const child = pupil(rng);
    buffers.pupil.push(child);
    total += 1;
    // Ten years at ~10% a year with a care need: about half of all pupils get a case at some
    // point, a few of them two.
    const cases = rng.chance(0.45) ? (rng.chance(0.12) ? 2 : 1) : 0;
    for (let c = 0; c < cases && total < target; c++) {
      const bundle = caseFor(rng, child, contacts, orgById);
      buffers.case.push(bundle.zorgdossier);
      buffers['case.entry'].push(...bundle.entries);
      buffers['case.working-note'].push(...bundle.notes);
      buffers['case.involvement'].push(...bundle.involvements);
      buffers['case.consent'].push(...bundle.consents);
      total += 1 + bundle.entries.length + bundle.notes.length + bundle.involvements.length + bundle.consents.length;
    }
    yield* flush(false);
  }
  yield* flush(true);
}
