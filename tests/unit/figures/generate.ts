// Runs in: Node (test tooling).
//
// Generated records for the figures tests: a school year (2025-2026) whose every figure is
// known by construction, because each record is made for exactly one count. Records outside
// the year (the year before, or after it) are added on purpose to show they are not counted.
import type { Zorgdossier } from '../../../shared/domain/case';
import type { CaseEntry } from '../../../shared/domain/caseEntry';
import type { Consent } from '../../../shared/domain/consent';
import type { IsoDate } from '../../../shared/domain/dates';
import type { Pupil } from '../../../shared/domain/pupil';
import type { DatePeriod } from '../../../shared/domain/schoolYear';
import type { FiguresInput } from '../../../shared/figures/compute';
import type { PublishedCell } from '../../../shared/figures/model';
import type { YearReportLabels } from '../../../shared/figures/yearReport';
import { nameSourcesOf, nameWords } from '../../../shared/figures/points';
import type { PlanAction } from '../../../shared/meetings/actions';
import type { AgendaItem, Meeting } from '../../../shared/meetings/meeting';
import type { MeldcodeTrack } from '../../../shared/meldcode/meldcode';
import type { Referral } from '../../../shared/referrals/referral';
import { consent, pupil, T0, zorgdossier } from '../domain/builders';
import { referral } from '../referrals/builders';

export const YEAR: DatePeriod = { from: '2025-08-01', to: '2026-07-31' };
export const TODAY: IsoDate = '2026-09-01';

let counter = 0;
const nextId = (prefix: string): string => `${prefix}-${(counter += 1)}`;

export function caseOn(date: IsoDate, overrides: Partial<Zorgdossier> = {}): Zorgdossier {
  return zorgdossier({
    id: nextId('c'),
    signal: { date, raisedBy: 'juf Sanne', description: 'Stil in de klas.' },
    ...overrides,
  });
}

export function statusEntry(caseId: string, date: IsoDate, status: CaseEntry['status']): CaseEntry {
  return {
    id: nextId('e'),
    caseId,
    kind: 'status',
    date,
    recordedAt: T0,
    title: '',
    body: status === 'afgesloten' ? 'Klaar' : '',
    author: 'Anouk',
    status,
  };
}

export function item(overrides: Partial<AgendaItem>): AgendaItem {
  return {
    id: nextId('i'),
    caseId: 'c-1',
    pupilId: 'p-zoe',
    order: counter,
    bespreekdoel: 'informatie-advies',
    question: '',
    timeboxMinutes: 10,
    mode: 'named',
    situation: '',
    discussed: '',
    decisions: [],
    actions: [],
    ...overrides,
  };
}

export function meeting(overrides: Partial<Meeting>): Meeting {
  return {
    id: nextId('m'),
    kind: 'zorgteam',
    date: '2025-10-01',
    startTime: '09:00',
    endTime: '10:00',
    place: '',
    attendees: [],
    status: 'vastgesteld',
    agenda: [],
    approvedAt: T0,
    approvedBy: 'Anouk',
    addenda: [],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function action(overrides: Partial<PlanAction>): PlanAction {
  return {
    id: nextId('a'),
    description: 'Gesprek',
    ownerName: 'Anouk',
    ownerOrganisation: '',
    ownerKind: 'school',
    dueDate: '2025-11-01',
    status: 'open',
    outcome: '',
    ...overrides,
  };
}

/** A referral sent on `sent`, with further history and fields. */
export function sentReferral(sent: IsoDate, overrides: Partial<Referral> = {}): Referral {
  const history = overrides.history ?? [];
  const all = [
    { status: 'concept' as const, date: sent },
    { status: 'verstuurd' as const, date: sent },
    ...history,
  ];
  return referral({
    id: nextId('v'),
    ...overrides,
    history: all,
    status: all.at(-1)?.status ?? 'verstuurd',
  });
}

export function consentOn(date: IsoDate, overrides: Partial<Consent> = {}): Consent {
  return consent({ id: nextId('k'), date, validUntil: '2026-07-31', ...overrides });
}

export function track(signalDate: IsoDate, overrides: Partial<MeldcodeTrack> = {}): MeldcodeTrack {
  return {
    id: nextId('t'),
    caseId: 'c-1',
    signalDate,
    startedBy: 'Anouk',
    steps: {},
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export const PUPILS: readonly Pupil[] = [pupil()];

/** An empty input to fill: no records, the default pupil's names for the point check. */
export function emptyInput(overrides: Partial<FiguresInput> = {}): FiguresInput {
  return {
    cases: [],
    caseEntries: [],
    meetings: [],
    plans: [],
    referrals: [],
    receivedReferrals: [],
    consents: [],
    meldcodeTracks: [],
    organisations: [],
    leefgebiedOrder: ['onderwijs', 'opvoeding-en-gezin'],
    nameWords: nameWords(nameSourcesOf({ pupils: PUPILS, contacts: [], meetings: [], plans: [] })),
    today: TODAY,
    ...overrides,
  };
}

/** `n` copies made by `make` (each with its own ids). */
export function times<T>(n: number, make: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => make(i));
}

/**
 * Labels for the year report as the tests give them: keys and organisation names as they
 * are, the published cells as the screen writes them, and no digits anywhere else, so any
 * number in the report's body is a count.
 */
export function reportLabels(): YearReportLabels {
  const cell = (c: PublishedCell): string =>
    c === '<5' ? '< 5' : c === 'hidden' ? '×' : String(c);
  return {
    title: 'Cijfers zorg',
    legend: 'Kleine aantallen staan als kleiner dan vijf.',
    periods: { current: 'Dit schooljaar', previous: 'Jaar ervoor' },
    table: (id) => id,
    rowHeader: 'Aantal',
    total: 'Totaal',
    row: (r) => r.name ?? r.key,
    column: (c) => c,
    cell,
    measures: {
      title: 'Doorlooptijden',
      measure: 'Maat',
      n: 'Over',
      name: (m) => m.id,
      value: (m) => (m?.value === null || m?.value === undefined ? '–' : String(m.value)),
    },
    points: {
      title: 'Wat het ZAT anders wil doen',
      none: 'Geen punten.',
      withheld: () => 'Punten weggelaten.',
    },
  };
}
