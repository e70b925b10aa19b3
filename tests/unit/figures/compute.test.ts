// Runs in: Node (test tooling).
//
// Every figure of issue 17 on a generated school year (generate.ts) where each expected
// number is known by construction: so many records were made for that count, plus records
// just outside the year that must not be counted.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/dates';
import { yearBefore } from '../../../shared/domain/schoolYear';
import { computeFigures, type FiguresInput } from '../../../shared/figures/compute';
import {
  FIGURE_TABLE_IDS,
  type FigureTable,
  type FigureTableId,
} from '../../../shared/figures/model';
import { consent } from '../domain/builders';
import type { ReceivedReferral } from '../../../shared/referrals/received';
import { addWorkingDays } from '../../../shared/referrals/workingDays';
import {
  action,
  caseOn,
  consentOn,
  emptyInput,
  item,
  meeting,
  sentReferral,
  statusEntry,
  times,
  track,
  YEAR,
} from './generate';

const IN = '2025-10-01';
const BEFORE = '2025-07-15';

function table(input: FiguresInput, id: FigureTableId, period = YEAR): FigureTable {
  const found = computeFigures(input, period).tables.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no table ${id}`);
  return found;
}

/** The table as { row: [cells] } for a readable comparison. */
function byRow(t: FigureTable): Record<string, number[]> {
  return Object.fromEntries(t.rows.map((r, i) => [r.name ?? r.key, t.cells[i] ?? []]));
}

describe('signals and cases', () => {
  const signal = (raisedBy: string) => ({ date: IN, raisedBy, description: 'x' });
  const inYear = [
    ...times(7, () =>
      caseOn(IN, { signal: signal('juf Sanne (groep 5)'), leefgebieden: ['onderwijs'] }),
    ),
    ...times(6, () =>
      caseOn(IN, { signal: signal('Moeder'), leefgebieden: ['onderwijs', 'opvoeding-en-gezin'] }),
    ),
    ...times(5, () => caseOn(IN, { signal: signal('huisarts'), leefgebieden: [] })),
    ...times(2, () => caseOn(IN, { signal: signal('buurman'), leefgebieden: [] })),
  ];
  const closedBefore = times(2, () =>
    caseOn(BEFORE, { status: 'afgesloten', closedAt: '2025-07-20', closedReason: 'Klaar' }),
  );
  const openBefore = caseOn(BEFORE);
  const after = caseOn('2026-08-05');
  const entries = [
    ...inYear.slice(7, 13).map((c) => statusEntry(c.id, '2025-12-01', 'in-bespreking')),
    ...inYear
      .slice(13, 18)
      .flatMap((c) => [
        statusEntry(c.id, '2026-01-01', 'verwezen'),
        statusEntry(c.id, '2026-08-10', 'afgesloten'),
      ]),
    ...inYear.slice(18).map((c) => statusEntry(c.id, '2026-03-01', 'afgesloten')),
    ...closedBefore.map((c) => statusEntry(c.id, '2025-07-20', 'afgesloten')),
  ];
  const input = emptyInput({
    cases: [...inYear, ...closedBefore, openBefore, after],
    caseEntries: entries,
  });

  it('counts new cases (one signal each) by source category', () => {
    expect(byRow(table(input, 'new-cases-by-source'))).toEqual({
      leerkracht: [7],
      'intern-begeleider': [0],
      ouders: [6],
      leerling: [0],
      partner: [5],
      anders: [2],
    });
  });

  it('counts new cases by leefgebied, a case once per leefgebied, and those without one', () => {
    expect(byRow(table(input, 'new-cases-by-leefgebied'))).toEqual({
      onderwijs: [13],
      'opvoeding-en-gezin': [6],
      geen: [7],
    });
  });

  it('counts cases by their status on the last day, leaving out cases closed before the year', () => {
    expect(byRow(table(input, 'cases-by-status-at-end'))).toEqual({
      signalering: [8],
      'in-bespreking': [6],
      verwezen: [5],
      afgesloten: [2],
    });
  });

  it('computes the year before from the same records', () => {
    const before = yearBefore(YEAR);
    expect(byRow(table(input, 'new-cases-by-source', before)).leerkracht).toEqual([3]);
    expect(byRow(table(input, 'cases-by-status-at-end', before))).toEqual({
      signalering: [1],
      'in-bespreking': [0],
      verwezen: [0],
      afgesloten: [2],
    });
  });
});

describe('meetings, agenda items and ZAT evaluations', () => {
  let letter = 0;
  const anon = (bespreekdoel: 'informatie-advies' | 'verwijzing-verwacht') =>
    item({
      bespreekdoel,
      mode: 'anonymous',
      pseudonym: `Leerling ${String.fromCharCode(65 + letter++)}`,
    });
  const items = [
    ...times(12, () => item({ bespreekdoel: 'informatie-advies' })),
    ...times(3, () => anon('informatie-advies')),
    ...times(5, () => item({ bespreekdoel: 'niet-pluis' })),
    ...times(2, () => item({ bespreekdoel: 'verwijzing-verwacht' })),
    ...times(6, () => anon('verwijzing-verwacht')),
  ];
  const evaluation = (doDifferently: string) => ({
    wentWell: 'Goed',
    didNotGoWell: '',
    doDifferently,
  });
  const meetings = [
    meeting({ agenda: items }),
    ...times(5, () => meeting({})),
    ...times(2, () =>
      meeting({
        kind: 'zat',
        processEvaluation: evaluation('Eerder de ouders uitnodigen\n- Zoë beter voorbereiden'),
      }),
    ),
    meeting({ kind: 'zat', processEvaluation: evaluation('Verslag binnen een week rondsturen') }),
    meeting({
      kind: 'zat',
      status: 'bezig',
      approvedAt: undefined,
      approvedBy: undefined,
      processEvaluation: { wentWell: '', didNotGoWell: '', doDifferently: '' },
    }),
    meeting({ kind: 'zat', status: 'bezig', approvedAt: undefined, approvedBy: undefined }),
    meeting({
      kind: 'driehoeksoverleg',
      status: 'gepland',
      approvedAt: undefined,
      approvedBy: undefined,
      agenda: times(4, () => item({})),
    }),
    meeting({ kind: 'driehoeksoverleg', date: '2025-06-01' }),
    meeting({ kind: 'zat', date: '2025-06-01', processEvaluation: evaluation('Niet meetellen') }),
  ];
  const input = emptyInput({ meetings });
  const figures = computeFigures(input, YEAR);

  it('counts meetings held (started or approved) by kind', () => {
    expect(byRow(table(input, 'meetings-by-kind'))).toEqual({
      zorgteam: [6],
      zat: [5],
      driehoeksoverleg: [0],
    });
  });

  it('counts agenda items of held meetings by bespreekdoel, named and anonymous', () => {
    const t = table(input, 'agenda-items-by-bespreekdoel');
    expect(t.columns).toEqual(['named', 'anonymous']);
    expect(byRow(t)).toEqual({
      'informatie-advies': [12, 3],
      'niet-pluis': [5, 0],
      'verwijzing-verwacht': [2, 6],
      aanmelding: [0, 0],
    });
  });

  it('counts ZAT evaluations with any text and lists their points without a name', () => {
    expect(byRow(table(input, 'zat-evaluations'))).toEqual({ gehouden: [3] });
    expect(figures.evaluationPoints).toEqual([
      'Eerder de ouders uitnodigen',
      'Eerder de ouders uitnodigen',
      'Verslag binnen een week rondsturen',
    ]);
    expect(figures.withheldPoints).toBe(2);
  });
});

describe('actions by owner organisation', () => {
  const source = {
    meetingId: 'm-x',
    meetingKind: 'zorgteam' as const,
    meetingDate: IN,
    itemId: 'i-x',
  };
  const plans = [
    {
      actions: [
        ...times(6, () => action({ status: 'gedaan' })),
        ...times(3, () => action({ status: 'gedaan', doneOn: '2025-10-20' })),
        action({ status: 'gedaan', dueDate: undefined, source, doneOn: '2026-03-01' }),
        ...times(4, () => action({ status: 'gedaan', doneOn: '2025-11-02' })),
        ...times(5, () => action({ source, dueDate: '2026-12-01' })),
        ...times(2, () => action({ dueDate: '2026-01-01' })),
        ...times(5, () =>
          action({ ownerKind: 'partner', ownerOrganisation: 'GGD Twente', status: 'gedaan' }),
        ),
        action({
          ownerKind: 'partner',
          ownerOrganisation: 'GGD Twente',
          status: 'niet-meer-nodig',
        }),
        action({ ownerKind: 'partner', ownerOrganisation: ' ', status: 'gedaan' }),
        action({ source: { ...source, meetingDate: '2025-06-01' } }),
        action({ dueDate: undefined }),
      ],
    },
  ];

  it('counts actions made in the year: done on time, late or on an unknown day, no longer needed, open and open past their due date', () => {
    const t = table(emptyInput({ plans }), 'actions-by-organisation');
    expect(t.columns).toEqual([
      'gedaan-op-tijd',
      'gedaan-te-laat',
      'gedaan-datum-onbekend',
      'niet-meer-nodig',
      'open',
      'open-te-laat',
    ]);
    // School: 3 done before the due date (1 November) and 1 without a due date are on time,
    // 4 done the day after are late, 6 done before dates were recorded have no date.
    expect(byRow(t)).toEqual({
      school: [4, 4, 6, 0, 5, 2],
      'GGD Twente': [0, 0, 5, 1, 0, 0],
      onbekend: [0, 0, 1, 0, 0, 0],
    });
  });
});

describe('referrals', () => {
  const SENT = '2025-09-01';
  const organisations = [
    { id: 'o-wijkteam', name: 'Wijkteam Centrum' },
    { id: 'o-ggd', name: 'GGD Twente' },
  ];
  const contactAfter = [1, 2, 3, 5, 7, 8, 10];
  const feedbackAfter = [10, 20, 30, 40, 50, 60];
  const helped = contactAfter.map((days, i) => {
    const contact = addWorkingDays(SENT, days);
    const fbDays = feedbackAfter[i];
    return sentReferral(SENT, {
      recipientOrganisationId: 'o-wijkteam',
      history: [
        { status: 'contact-opgenomen', date: contact },
        { status: 'hulp-gestart', date: addDays(contact, 3) },
      ],
      ...(fbDays === undefined
        ? {}
        : {
            expectedFeedbackDate: addDays(SENT, 28),
            feedback: [{ date: addDays(SENT, fbDays), from: 'Wijkcoach', text: 'Gestart' }],
          }),
    });
  });
  const returned = sentReferral(SENT, {
    recipientOrganisationId: 'o-wijkteam',
    history: [{ status: 'teruggestuurd', date: '2025-09-10', reason: 'Niet passend' }],
  });
  const otherRoute = times(2, () =>
    sentReferral(SENT, {
      recipientOrganisationId: 'o-wijkteam',
      route: { kind: 'huisarts', date: '2025-09-20' },
    }),
  );
  const running = [
    sentReferral(SENT, { recipientOrganisationId: 'o-ggd', expectedFeedbackDate: '2025-10-01' }),
    sentReferral('2026-07-20', {
      recipientOrganisationId: 'o-ggd',
      expectedFeedbackDate: '2026-08-20',
    }),
    ...times(3, () => sentReferral(SENT, { recipientOrganisationId: 'o-ggd' })),
  ];
  const notSent = sentReferral(SENT, { recipientOrganisationId: 'o-ggd' });
  const concept = {
    ...notSent,
    history: [notSent.history[0] ?? { status: 'concept' as const, date: SENT }],
    status: 'concept' as const,
  };
  const lastYear = sentReferral('2025-05-01', { recipientOrganisationId: 'o-ggd' });
  const input = emptyInput({
    organisations,
    referrals: [...helped, returned, ...otherRoute, ...running, concept, lastYear],
  });
  const measures = Object.fromEntries(
    computeFigures(input, YEAR).measures.map((m) => [m.id, { n: m.n, value: m.value }]),
  );

  it('counts referrals sent in the year by recipient and the route the family took', () => {
    const t = table(input, 'referrals-by-recipient-and-route');
    expect(t.columns).toEqual(['geen', 'huisarts', 'veilig-thuis', 'eigen-initiatief', 'anders']);
    expect(byRow(t)).toEqual({
      'GGD Twente': [5, 0, 0, 0, 0],
      'Wijkteam Centrum': [8, 2, 0, 0, 0],
    });
  });

  it('counts referrals by outcome', () => {
    expect(byRow(table(input, 'referrals-by-outcome'))).toEqual({
      'hulp-gestart': [7],
      teruggestuurd: [1],
      'andere-route': [2],
      lopend: [5],
    });
  });

  it('takes the median of working days to first contact and the share within five', () => {
    expect(measures['contact-working-days-median']).toEqual({ n: 7, value: 5 });
    expect(measures['contact-within-5-working-days-share']).toEqual({ n: 7, value: 4 / 7 });
  });

  it('takes the median of days to feedback and the share on time, counting feedback overdue as late', () => {
    expect(measures['feedback-days-median']).toEqual({ n: 6, value: 35 });
    expect(measures['feedback-on-time-share']).toEqual({ n: 7, value: 2 / 7 });
  });
});

describe('plan van aanpak within six weeks (received referrals)', () => {
  const INTAKE = '2025-10-06';
  const received = (history: ReceivedReferral['history']): Pick<ReceivedReferral, 'history'> => ({
    history: [
      { step: 'contact', date: '2025-10-01' },
      { step: 'intake', date: INTAKE },
      ...history,
    ],
  });
  const plan = (days: number) => ({
    step: 'plan' as const,
    date: addDays(INTAKE, days),
    goals: [{ leefgebiedId: 'onderwijs', goal: 'Weer naar school' }],
  });
  const receivedReferrals: Pick<ReceivedReferral, 'history'>[] = [
    // On time: a plan on day 10, 30 and exactly day 42 (the due day).
    ...[10, 30, 42, 42].map((d) => received([plan(d)])),
    // Late: a plan on day 43 and 60, and no plan while the term passed.
    received([plan(43)]),
    received([plan(60)]),
    received([]),
    // Left out: ended before the term without a plan; no intake yet; intake the year before.
    received([{ step: 'afgesloten', date: addDays(INTAKE, 20) }]),
    { history: [{ step: 'contact', date: '2025-10-01' }] },
    { history: [{ step: 'intake', date: '2025-05-01' }, plan(10)] },
  ];
  const measure = (today: string) =>
    computeFigures(emptyInput({ receivedReferrals, today }), YEAR).measures.find(
      (m) => m.id === 'plan-within-six-weeks-share',
    );

  it('takes the share of plans recorded within 42 days of an intake in the year, a passed term without a plan counting as late', () => {
    expect(measure('2026-09-01')).toEqual({
      id: 'plan-within-six-weeks-share',
      n: 7,
      value: 4 / 7,
    });
  });

  it('does not count a referral whose term has not passed yet and that has no plan', () => {
    // On 1 November the term (17 November) is still running: only the recorded plans count.
    expect(measure('2025-11-01')).toEqual({
      id: 'plan-within-six-weeks-share',
      n: 6,
      value: 4 / 6,
    });
  });
});

describe('consents', () => {
  const refusal = consent().givenBy[0];
  if (refusal === undefined) throw new Error('builder has givers');
  const consents = [
    ...times(6, () => consentOn(IN)),
    ...times(2, () => consentOn(IN, { withdrawn: { date: '2026-02-01', by: 'Moeder' } })),
    ...times(3, () => consentOn(IN, { givenBy: [], refusedBy: [refusal] })),
    consentOn('2024-09-01', { validUntil: '2025-07-31' }),
    consentOn('2025-06-15'),
  ];

  it('counts consents asked, given, refused, withdrawn and run out in the year', () => {
    expect(byRow(table(emptyInput({ consents }), 'consents'))).toEqual({
      gevraagd: [11],
      gegeven: [8],
      geweigerd: [3],
      ingetrokken: [2],
      verlopen: [7],
    });
  });
});

describe('meldcode', () => {
  const besluit = (decision: 'melden' | 'hulp' | 'geen') => ({
    besluit: { date: '2026-01-10', by: 'Anouk', decision, reasons: 'Afweging' },
  });
  const tracks = [
    track(IN, { steps: besluit('melden') }),
    ...times(3, () => track(IN, { steps: besluit('hulp') })),
    track(IN, {
      steps: besluit('geen'),
      closed: { date: '2026-02-01', by: 'Anouk', reason: 'Klaar' },
    }),
    track('2025-05-01', {
      steps: besluit('geen'),
      closed: { date: '2026-02-01', by: 'Anouk', reason: 'Klaar' },
    }),
  ];
  const input = emptyInput({ meldcodeTracks: tracks });

  it('counts tracks started and closed, and decisions by kind (counts only)', () => {
    expect(byRow(table(input, 'meldcode-tracks'))).toEqual({ gestart: [5], afgesloten: [2] });
    expect(byRow(table(input, 'meldcode-decisions'))).toEqual({
      melden: [1],
      hulp: [3],
      'melden-en-hulp': [0],
      geen: [2],
    });
  });
});

describe('an empty vault', () => {
  it('gives every table, all zeros, in the fixed order', () => {
    const figures = computeFigures(emptyInput(), YEAR);
    expect(figures.tables.map((t) => t.id)).toEqual(FIGURE_TABLE_IDS);
    expect(figures.tables.flatMap((t) => t.cells.flat()).every((v) => v === 0)).toBe(true);
  });
});
