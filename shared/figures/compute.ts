// Runs in: any environment.
//
// The figures of one period, computed from the records (definitions: docs/figures.md). Pure
// and synchronous: the same records and period always give the same counts, which the unit
// tests check on generated data where each number is known by construction. Nothing here is
// anonymous yet; suppression.ts makes it so before anything is shown or written.
import { daysBetween, type IsoDate } from '../domain/dates';
import type { Zorgdossier } from '../domain/case';
import type { CaseEntry } from '../domain/caseEntry';
import { CASE_STATUSES, type CaseStatus } from '../domain/caseStatus';
import type { Consent } from '../domain/consent';
import type { Organisation } from '../domain/directory';
import { inPeriod, type DatePeriod } from '../domain/schoolYear';
import type { Actieplan } from '../meetings/actieplan';
import type { PlanAction } from '../meetings/actions';
import { BESPREEKDOELEN, ITEM_MODES, MEETING_KINDS, type Meeting } from '../meetings/meeting';
import { MELDCODE_DECISIONS, type MeldcodeTrack } from '../meldcode/meldcode';
import type { ReceivedReferral } from '../referrals/received';
import { planDueDate, stepDate } from '../referrals/receivedLifecycle';
import { REFERRAL_ROUTES, type Referral } from '../referrals/referral';
import { workingDaysBetween } from '../referrals/workingDays';
import {
  FIGURE_TABLE_IDS,
  type FigureMeasure,
  type FigureRow,
  type FigureTable,
  type FigureTableId,
  type Figures,
} from './model';
import { anonymousPoints } from './points';
import { SIGNAL_SOURCES, signalSourceOf } from './signalSource';

export interface FiguresInput {
  readonly cases: readonly Zorgdossier[];
  readonly caseEntries: readonly Pick<
    CaseEntry,
    'caseId' | 'kind' | 'date' | 'recordedAt' | 'status'
  >[];
  readonly meetings: readonly Meeting[];
  readonly plans: readonly Pick<Actieplan, 'actions'>[];
  readonly referrals: readonly Referral[];
  /** Referrals this vault received as the helping organisation (the plan van aanpak term). */
  readonly receivedReferrals: readonly Pick<ReceivedReferral, 'history'>[];
  readonly consents: readonly Consent[];
  readonly meldcodeTracks: readonly MeldcodeTrack[];
  readonly organisations: readonly Pick<Organisation, 'id' | 'name'>[];
  /** The school's leefgebied ids in its own order (careSettings). */
  readonly leefgebiedOrder: readonly string[];
  /** Folded name words the evaluation points are checked against (points.ts nameWords). */
  readonly nameWords: ReadonlySet<string>;
  /** Today: what is open past its due date is overdue up to the earlier of today and the period end. */
  readonly today: IsoDate;
}

const ONE_COLUMN = ['aantal'] as const;

/** A one-column table from counts per key, in the order of `keys`. */
function listTable(
  id: FigureTableId,
  keys: readonly string[],
  counts: ReadonlyMap<string, number>,
  additive: boolean,
): FigureTable {
  return {
    id,
    rows: keys.map((key) => ({ key })),
    columns: [...ONE_COLUMN],
    cells: keys.map((key) => [counts.get(key) ?? 0]),
    additive,
  };
}

/** Counts items per key. */
function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** A two-way table of additive counts: each item lands in one row and one column. */
function crossTable<T>(
  id: FigureTableId,
  items: readonly T[],
  rowOf: (item: T) => FigureRow,
  columns: readonly string[],
  columnOf: (item: T) => string,
  fixedRows: readonly FigureRow[] = [],
): FigureTable {
  const rows = new Map<string, FigureRow>(fixedRows.map((r) => [r.key, r]));
  const cells = new Map<string, number[]>();
  for (const row of fixedRows)
    cells.set(
      row.key,
      columns.map(() => 0),
    );
  for (const item of items) {
    const row = rowOf(item);
    if (!rows.has(row.key)) rows.set(row.key, row);
    const line = cells.get(row.key) ?? columns.map(() => 0);
    const column = columns.indexOf(columnOf(item));
    line[column] = (line[column] ?? 0) + 1;
    cells.set(row.key, line);
  }
  // Fixed rows keep their order; rows found in the data (organisations) follow by name.
  const found = [...rows.values()]
    .filter((r) => !fixedRows.some((f) => f.key === r.key))
    .sort((a, b) => (a.name ?? a.key).localeCompare(b.name ?? b.key, 'nl'));
  const ordered = [...fixedRows, ...found];
  return {
    id,
    rows: ordered,
    columns: [...columns],
    cells: ordered.map((r) => cells.get(r.key) ?? columns.map(() => 0)),
    additive: true,
  };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function share(hits: number, n: number): number | null {
  return n === 0 ? null : hits / n;
}

function earlier(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** A case's status on `day`: its last status entry up to that day, or its current status when it has none. */
function statusOn(
  c: Zorgdossier,
  entries: readonly Pick<CaseEntry, 'date' | 'recordedAt' | 'status'>[],
  day: IsoDate,
): { readonly status: CaseStatus; readonly since: IsoDate } {
  let last: Pick<CaseEntry, 'date' | 'recordedAt' | 'status'> | undefined;
  for (const e of entries) {
    if (e.status === undefined || e.date > day) continue;
    if (
      last === undefined ||
      e.date > last.date ||
      (e.date === last.date && e.recordedAt > last.recordedAt)
    )
      last = e;
  }
  if (last?.status !== undefined) return { status: last.status, since: last.date };
  if (entries.some((e) => e.status !== undefined))
    return { status: 'signalering', since: c.signal.date };
  return { status: c.status, since: c.closedAt ?? c.signal.date };
}

function caseTables(input: FiguresInput, period: DatePeriod): FigureTable[] {
  const newCases = input.cases.filter((c) => inPeriod(c.signal.date, period));
  const leefgebieden = new Map<string, number>();
  for (const c of newCases) {
    const ids = c.leefgebieden.length === 0 ? ['geen'] : c.leefgebieden;
    for (const id of ids) leefgebieden.set(id, (leefgebieden.get(id) ?? 0) + 1);
  }
  const extra = [...leefgebieden.keys()]
    .filter((id) => id !== 'geen' && !input.leefgebiedOrder.includes(id))
    .sort();
  const entriesByCase = new Map<string, Pick<CaseEntry, 'date' | 'recordedAt' | 'status'>[]>();
  for (const e of input.caseEntries) {
    if (e.kind !== 'status') continue;
    const list = entriesByCase.get(e.caseId) ?? [];
    list.push(e);
    entriesByCase.set(e.caseId, list);
  }
  // Cases that existed at the end and were not already closed before the period began.
  const atEnd = input.cases.flatMap((c) => {
    if (c.signal.date > period.to) return [];
    const at = statusOn(c, entriesByCase.get(c.id) ?? [], period.to);
    return at.status === 'afgesloten' && at.since < period.from ? [] : [at.status];
  });
  return [
    listTable(
      'new-cases-by-source',
      SIGNAL_SOURCES,
      countBy(newCases, (c) => signalSourceOf(c.signal.raisedBy)),
      true,
    ),
    listTable(
      'new-cases-by-leefgebied',
      [...input.leefgebiedOrder, ...extra, 'geen'],
      leefgebieden,
      false,
    ),
    listTable(
      'cases-by-status-at-end',
      CASE_STATUSES,
      countBy(atEnd, (s) => s),
      true,
    ),
  ];
}

/** Meetings in the period that took place (started or approved). */
function heldMeetings(input: FiguresInput, period: DatePeriod): Meeting[] {
  return input.meetings.filter(
    (m) => inPeriod(m.date, period) && (m.status === 'bezig' || m.status === 'vastgesteld'),
  );
}

function meetingTables(held: readonly Meeting[]): FigureTable[] {
  const items = held.flatMap((m) => m.agenda);
  const evaluations = held.filter(
    (m) =>
      m.kind === 'zat' &&
      m.processEvaluation !== undefined &&
      Object.values(m.processEvaluation).some((text) => text.trim() !== ''),
  );
  return [
    listTable(
      'meetings-by-kind',
      MEETING_KINDS,
      countBy(held, (m) => m.kind),
      true,
    ),
    crossTable(
      'agenda-items-by-bespreekdoel',
      items,
      (i) => ({ key: i.bespreekdoel }),
      ITEM_MODES,
      (i) => i.mode,
      BESPREEKDOELEN.map((key) => ({ key })),
    ),
    listTable('zat-evaluations', ['gehouden'], new Map([['gehouden', evaluations.length]]), false),
  ];
}

export const ACTION_COLUMNS = [
  'gedaan-op-tijd',
  'gedaan-te-laat',
  'gedaan-datum-onbekend',
  'niet-meer-nodig',
  'open',
  'open-te-laat',
] as const;

/**
 * An action's column: done on time (completion date on or before the due date, or no due
 * date to miss), done late, done before completion dates were recorded, no longer needed,
 * open, or open past its due date (before `overdueBefore`).
 */
function actionColumn(
  a: Pick<PlanAction, 'status' | 'dueDate' | 'doneOn'>,
  overdueBefore: IsoDate,
): (typeof ACTION_COLUMNS)[number] {
  switch (a.status) {
    case 'gedaan':
      if (a.doneOn === undefined) return 'gedaan-datum-onbekend';
      return a.dueDate === undefined || a.doneOn <= a.dueDate ? 'gedaan-op-tijd' : 'gedaan-te-laat';
    case 'niet-meer-nodig':
      return 'niet-meer-nodig';
    case 'open':
      return a.dueDate !== undefined && a.dueDate < overdueBefore ? 'open-te-laat' : 'open';
    default: {
      const never: never = a.status;
      return never;
    }
  }
}

function actionTable(input: FiguresInput, period: DatePeriod): FigureTable {
  const overdueBefore = earlier(period.to, input.today);
  const actions = input.plans.flatMap((p) =>
    p.actions.filter((a) => {
      const made = a.source?.meetingDate ?? a.dueDate;
      return made !== undefined && inPeriod(made, period);
    }),
  );
  return crossTable(
    'actions-by-organisation',
    actions,
    (a): FigureRow => {
      if (a.ownerKind === 'school') return { key: 'school' };
      const name = a.ownerOrganisation.trim();
      return name === '' ? { key: 'onbekend' } : { key: `org:${name.toLowerCase()}`, name };
    },
    ACTION_COLUMNS,
    (a) => actionColumn(a, overdueBefore),
    [{ key: 'school' }],
  );
}

/** The day a referral was sent: its first 'verstuurd' in the history. */
export function sentDate(r: Pick<Referral, 'history'>): IsoDate | undefined {
  return r.history.find((h) => h.status === 'verstuurd')?.date;
}

const CONTACT_STATUSES: ReadonlySet<string> = new Set([
  'contact-opgenomen',
  'intake-gedaan',
  'hulp-gestart',
]);

export const REFERRAL_OUTCOMES = [
  'hulp-gestart',
  'teruggestuurd',
  'andere-route',
  'lopend',
] as const;

function referralOutcome(r: Referral): (typeof REFERRAL_OUTCOMES)[number] {
  if (r.history.some((h) => h.status === 'hulp-gestart')) return 'hulp-gestart';
  if (r.history.some((h) => h.status === 'teruggestuurd')) return 'teruggestuurd';
  if (r.route !== undefined) return 'andere-route';
  return 'lopend';
}

/**
 * For a referral this organisation received with its intake in the period: whether the plan
 * van aanpak came within six weeks of the intake (planDueDate). Counted once the plan is
 * recorded or the term passed (before `dueBy`) without one; a referral that ended before its
 * term without a plan is left out (there was nothing left to plan).
 */
function planOnTime(
  r: Pick<ReceivedReferral, 'history'>,
  period: DatePeriod,
  dueBy: IsoDate,
): boolean[] {
  const intake = stepDate(r, 'intake');
  const due = planDueDate(r);
  if (intake === undefined || due === undefined || !inPeriod(intake, period)) return [];
  const plan = stepDate(r, 'plan');
  if (plan !== undefined) return [plan <= due];
  const ended = r.history.find((h) => ENDING_STEPS.has(h.step));
  if (ended !== undefined && ended.date <= due) return [];
  return due < dueBy ? [false] : [];
}

const ENDING_STEPS: ReadonlySet<string> = new Set(['afgesloten', 'teruggestuurd', 'andere-route']);

function referralFigures(
  input: FiguresInput,
  period: DatePeriod,
): { tables: FigureTable[]; measures: FigureMeasure[] } {
  const names = new Map(input.organisations.map((o) => [o.id, o.name]));
  const sent = input.referrals.flatMap((r) => {
    const date = sentDate(r);
    return date !== undefined && inPeriod(date, period) ? [{ r, date }] : [];
  });
  const contactDays = sent.flatMap(({ r, date }) => {
    const contact = r.history.find((h) => CONTACT_STATUSES.has(h.status));
    return contact === undefined ? [] : [workingDaysBetween(date, contact.date)];
  });
  const feedbackDays = sent.flatMap(({ r, date }) => {
    const first = r.feedback.map((f) => f.date).sort()[0];
    return first === undefined ? [] : [daysBetween(date, first)];
  });
  const dueBy = earlier(period.to, input.today);
  const feedbackDue = sent.flatMap(({ r }) => {
    const expected = r.expectedFeedbackDate;
    const first = r.feedback.map((f) => f.date).sort()[0];
    if (expected === undefined) return [];
    if (first !== undefined) return [first <= expected];
    return expected < dueBy ? [false] : [];
  });
  const planDue = input.receivedReferrals.flatMap((r) => planOnTime(r, period, dueBy));
  const routes = ['geen', ...REFERRAL_ROUTES];
  return {
    tables: [
      crossTable(
        'referrals-by-recipient-and-route',
        sent,
        ({ r }): FigureRow => {
          const name = names.get(r.recipientOrganisationId);
          return name === undefined
            ? { key: 'onbekend' }
            : { key: `org:${r.recipientOrganisationId}`, name };
        },
        routes,
        ({ r }) => r.route?.kind ?? 'geen',
      ),
      listTable(
        'referrals-by-outcome',
        REFERRAL_OUTCOMES,
        countBy(sent, ({ r }) => referralOutcome(r)),
        true,
      ),
    ],
    measures: [
      { id: 'contact-working-days-median', n: contactDays.length, value: median(contactDays) },
      {
        id: 'contact-within-5-working-days-share',
        n: contactDays.length,
        value: share(contactDays.filter((d) => d <= 5).length, contactDays.length),
      },
      { id: 'feedback-days-median', n: feedbackDays.length, value: median(feedbackDays) },
      {
        id: 'feedback-on-time-share',
        n: feedbackDue.length,
        value: share(feedbackDue.filter(Boolean).length, feedbackDue.length),
      },
      {
        id: 'plan-within-six-weeks-share',
        n: planDue.length,
        value: share(planDue.filter(Boolean).length, planDue.length),
      },
    ],
  };
}

export const CONSENT_ROWS = [
  'gevraagd',
  'gegeven',
  'geweigerd',
  'ingetrokken',
  'verlopen',
] as const;

function consentTable(input: FiguresInput, period: DatePeriod): FigureTable {
  const counts = new Map<string, number>();
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const c of input.consents) {
    const refused = (c.refusedBy?.length ?? 0) > 0;
    if (inPeriod(c.date, period)) {
      add('gevraagd');
      add(refused ? 'geweigerd' : 'gegeven');
    }
    if (c.withdrawn !== undefined && inPeriod(c.withdrawn.date, period)) add('ingetrokken');
    const ranOut =
      !refused &&
      c.withdrawn === undefined &&
      inPeriod(c.validUntil, period) &&
      c.validUntil < input.today;
    if (ranOut) add('verlopen');
  }
  return listTable('consents', CONSENT_ROWS, counts, false);
}

function meldcodeTables(input: FiguresInput, period: DatePeriod): FigureTable[] {
  const counts = new Map<string, number>([
    ['gestart', input.meldcodeTracks.filter((t) => inPeriod(t.signalDate, period)).length],
    [
      'afgesloten',
      input.meldcodeTracks.filter((t) => t.closed !== undefined && inPeriod(t.closed.date, period))
        .length,
    ],
  ]);
  const decided = input.meldcodeTracks.flatMap((t) => {
    const besluit = t.steps.besluit;
    return besluit !== undefined && inPeriod(besluit.date, period) ? [besluit.decision] : [];
  });
  return [
    listTable('meldcode-tracks', ['gestart', 'afgesloten'], counts, false),
    listTable(
      'meldcode-decisions',
      MELDCODE_DECISIONS,
      countBy(decided, (d) => d),
      true,
    ),
  ];
}

/** Every figure of `period` (before suppression). */
export function computeFigures(input: FiguresInput, period: DatePeriod): Figures {
  const held = heldMeetings(input, period);
  const referrals = referralFigures(input, period);
  const byId = new Map<FigureTableId, FigureTable>(
    [
      ...caseTables(input, period),
      ...meetingTables(held),
      actionTable(input, period),
      ...referrals.tables,
      consentTable(input, period),
      ...meldcodeTables(input, period),
    ].map((t) => [t.id, t]),
  );
  const points = anonymousPoints(
    held.flatMap((m) =>
      m.kind === 'zat' && m.processEvaluation !== undefined
        ? [m.processEvaluation.doDifferently]
        : [],
    ),
    input.nameWords,
  );
  return {
    period,
    tables: FIGURE_TABLE_IDS.flatMap((id) => byId.get(id) ?? []),
    measures: referrals.measures,
    evaluationPoints: points.points,
    withheldPoints: points.withheld,
  };
}
