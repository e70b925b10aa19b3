// Runs in: Node (Vitest).
//
// The meldcode track's rules (issue 16): the five steps in order (a conversation not held for
// safety counts as recorded), dates never before the signal or in the future, a decision
// always with reasons (a decision not to report included), the report only after a decision
// to report, the five-working-day answer reminder, closing, and the afwegingskader config.
import { describe, expect, it } from 'vitest';
import { APP_RECORD_REGISTRY } from '../../../shared/records/catalog';
import { recordsUnder, parentedRecords } from '../../../shared/records/descendants';
import { validateRecord } from '../../../shared/records/registry';
import {
  AFWEGING_QUESTION_IDS,
  AFWEGINGSKADER_QUESTIONS,
  AFWEGINGSKADER_SOURCE,
} from '../../../shared/meldcode/afwegingskader';
import {
  afwegingAdvice,
  closeTrack,
  decisionOrganisesHelp,
  MELDCODE_DECISIONS,
  meldcodeTrackSchema,
  nextOnTrack,
  recordAnswer,
  recordReport,
  recordStep,
  type AfwegingStep,
  type MeldcodeTrack,
  type StepRecord,
} from '../../../shared/meldcode/meldcode';
import { NOW, STEP, TODAY, answers, started, through, value } from './tracks';

describe('the afwegingskader configuration', () => {
  it('has one question per id, numbered 1..5, each with Dutch and English text, and names its source', () => {
    expect(AFWEGINGSKADER_QUESTIONS.map((q) => q.id)).toEqual([...AFWEGING_QUESTION_IDS]);
    expect(AFWEGINGSKADER_QUESTIONS.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
    for (const q of AFWEGINGSKADER_QUESTIONS) {
      expect(q.nl.endsWith('?')).toBe(true);
      expect(q.en.endsWith('?')).toBe(true);
    }
    expect(AFWEGINGSKADER_SOURCE.title).toContain('Onderwijs');
    expect(AFWEGINGSKADER_SOURCE.inForceFrom).toBe('2019-01-01');
  });

  it('advises: no suspicion closes, acute or structural unsafety or failing help reports, otherwise help', () => {
    expect(afwegingAdvice(answers({ vermoeden: 'nee' }))).toBe('afsluiten');
    expect(afwegingAdvice(answers({ onveiligheid: 'ja' }))).toBe('melden');
    expect(afwegingAdvice(answers({ hulp: 'nee' }))).toBe('melden');
    expect(afwegingAdvice(answers({ aanvaarding: 'nee' }))).toBe('melden');
    expect(afwegingAdvice(answers({ resultaat: 'nee' }))).toBe('melden');
    expect(afwegingAdvice(answers())).toBe('hulp');
  });
});

describe('the meldcode track record', () => {
  it('is a registered record type under its case, so deleting the case deletes the track', () => {
    const def = APP_RECORD_REGISTRY.get('case.meldcode');
    const track = through('besluit');
    expect(validateRecord(def, track)).toEqual(track);
    expect(def.parentOf?.(track)).toBe('c-1');
    expect('searchText' in def).toBe(false);
    const refs = parentedRecords([def], () => [track]);
    expect(recordsUnder('c-1', refs)).toEqual([{ type: 'case.meldcode', id: 'm-1' }]);
  });

  it('refuses stored data with a step out of order or a date before the signal', () => {
    const track = started();
    expect(
      meldcodeTrackSchema.safeParse({ ...track, steps: { overleg: STEP.overleg.data } }).success,
    ).toBe(false);
    expect(
      meldcodeTrackSchema.safeParse({
        ...track,
        steps: { signalen: { ...STEP.signalen.data, date: '2026-03-01' } },
      }).success,
    ).toBe(false);
    expect(
      meldcodeTrackSchema.safeParse({ ...track, steps: { signalen: STEP.signalen.data } }).success,
    ).toBe(true);
  });
});

describe('recording the steps', () => {
  it('walks the five steps in order and says what comes next', () => {
    let track = started();
    expect(nextOnTrack(track, TODAY)).toEqual({ kind: 'step', step: 'signalen' });
    track = through('afweging', track);
    expect(nextOnTrack(track, TODAY)).toEqual({ kind: 'step', step: 'besluit' });
    track = value(recordStep(track, STEP.besluit, TODAY, NOW));
    expect(nextOnTrack(track, TODAY)).toEqual({ kind: 'close' });
  });

  it('explains a step out of order: names the first step still missing', () => {
    expect(recordStep(started(), STEP.gesprek, TODAY, NOW)).toEqual({
      ok: false,
      error: { code: 'meldcode.out-of-order', missing: 'signalen' },
    });
    expect(recordStep(through('signalen'), STEP.besluit, TODAY, NOW)).toEqual({
      ok: false,
      error: { code: 'meldcode.out-of-order', missing: 'overleg' },
    });
  });

  it('accepts a conversation not held for the safety of the child, with the explanation, and goes on', () => {
    const track = through('overleg');
    const notHeld: StepRecord = {
      step: 'gesprek',
      data: {
        date: '2026-03-05',
        by: 'Ineke (IB)',
        held: false,
        reason: 'veiligheid-kind',
        explanation: 'Vader dreigde; een gesprek maakt het thuis onveiliger.',
      },
    };
    const after = value(recordStep(track, notHeld, TODAY, NOW));
    expect(value(recordStep(after, STEP.afweging, TODAY, NOW)).steps.afweging).toBeDefined();
    // Not held without a reason is no record of step 3.
    expect(
      recordStep(
        track,
        { step: 'gesprek', data: { ...notHeld.data, explanation: '  ' } } as StepRecord,
        TODAY,
        NOW,
      ).ok,
    ).toBe(false);
  });

  it('refuses a conversation with nobody', () => {
    expect(
      recordStep(
        through('overleg'),
        {
          step: 'gesprek',
          data: { ...STEP.gesprek.data, withParents: false, withChild: false },
        } as StepRecord,
        TODAY,
        NOW,
      ),
    ).toMatchObject({ ok: false, error: { code: 'meldcode.invalid' } });
  });

  it('refuses dates before the signal (also of a Veilig Thuis consultation) and dates in the future', () => {
    expect(
      recordStep(
        started(),
        { step: 'signalen', data: { ...STEP.signalen.data, date: '2026-03-01' } },
        TODAY,
        NOW,
      ),
    ).toEqual({
      ok: false,
      error: { code: 'meldcode.date-before-signal', signalDate: '2026-03-02' },
    });
    const vt = {
      ...STEP.overleg.data,
      veiligThuis: { date: '2026-02-20', person: 'X', anonymous: true, advice: 'Y' },
    };
    expect(
      recordStep(through('signalen'), { step: 'overleg', data: vt }, TODAY, NOW),
    ).toMatchObject({ ok: false, error: { code: 'meldcode.date-before-signal' } });
    expect(
      recordStep(
        started(),
        { step: 'signalen', data: { ...STEP.signalen.data, date: '2026-03-21' } },
        TODAY,
        NOW,
      ),
    ).toEqual({ ok: false, error: { code: 'meldcode.date-in-future' } });
  });

  it('requires every afwegingskader question answered with a motivation, except after "no suspicion"', () => {
    const track = through('gesprek');
    const partial: AfwegingStep = { ...STEP.afweging.data, answers: answers().slice(0, 3) };
    expect(recordStep(track, { step: 'afweging', data: partial }, TODAY, NOW)).toMatchObject({
      ok: false,
      error: { code: 'meldcode.invalid' },
    });
    const noMotivation: AfwegingStep = {
      ...STEP.afweging.data,
      answers: answers().map((a) => ({ ...a, motivation: ' ' })),
    };
    expect(recordStep(track, { step: 'afweging', data: noMotivation }, TODAY, NOW).ok).toBe(false);
    const noSuspicion: AfwegingStep = {
      ...STEP.afweging.data,
      answers: answers({ vermoeden: 'nee' }).slice(0, 1),
    };
    expect(recordStep(track, { step: 'afweging', data: noSuspicion }, TODAY, NOW).ok).toBe(true);
  });

  it('refuses a decision without reasons, also a decision not to report', () => {
    const track = through('afweging');
    expect(
      recordStep(
        track,
        { step: 'besluit', data: { ...STEP.besluit.data, decision: 'geen', reasons: '   ' } },
        TODAY,
        NOW,
      ),
    ).toEqual({ ok: false, error: { code: 'meldcode.reasons-required' } });
    const notReported = value(
      recordStep(
        track,
        {
          step: 'besluit',
          data: {
            ...STEP.besluit.data,
            decision: 'geen',
            reasons: 'Geen vermoeden meer na het gesprek.',
          },
        },
        TODAY,
        NOW,
      ),
    );
    expect(notReported.steps.besluit).toMatchObject({
      decision: 'geen',
      reasons: 'Geen vermoeden meer na het gesprek.',
    });
    expect(
      recordReport(notReported, { date: '2026-03-10', by: 'Ineke', contact: 'VT' }, TODAY, NOW),
    ).toEqual({ ok: false, error: { code: 'meldcode.not-reported' } });
  });
});

describe('after the decision', () => {
  const reporting = (): MeldcodeTrack =>
    value(
      recordStep(
        through('afweging'),
        { step: 'besluit', data: { ...STEP.besluit.data, decision: 'melden-en-hulp' } },
        TODAY,
        NOW,
      ),
    );

  it('asks for monitoring agreements exactly when the decision organises help', () => {
    expect(MELDCODE_DECISIONS.filter(decisionOrganisesHelp)).toEqual(['hulp', 'melden-en-hulp']);
  });

  it('records the report and reminds when Veilig Thuis has not answered within five working days', () => {
    const track = reporting();
    expect(nextOnTrack(track, TODAY)).toEqual({ kind: 'report' });
    // Friday 13 March + 5 working days = Friday 20 March.
    const reported = value(
      recordReport(
        track,
        { date: '2026-03-13', by: 'Ineke (IB)', contact: 'Meldpunt Veilig Thuis Twente' },
        TODAY,
        NOW,
      ),
    );
    expect(nextOnTrack(reported, '2026-03-20')).toEqual({
      kind: 'answer',
      dueDate: '2026-03-20',
      overdue: false,
    });
    expect(nextOnTrack(reported, '2026-03-23')).toEqual({
      kind: 'answer',
      dueDate: '2026-03-20',
      overdue: true,
    });
    expect(recordAnswer(reported, { date: '2026-03-12', summary: 'x' }, TODAY, NOW)).toEqual({
      ok: false,
      error: { code: 'meldcode.answer-before-report' },
    });
    const answered = value(
      recordAnswer(
        reported,
        { date: '2026-03-18', summary: 'Veilig Thuis start een onderzoek.' },
        TODAY,
        NOW,
      ),
    );
    expect(nextOnTrack(answered, TODAY)).toEqual({ kind: 'close' });
  });

  it('drops the report when the decision is changed to one without a report', () => {
    const reported = value(
      recordReport(reporting(), { date: '2026-03-13', by: 'Ineke', contact: 'VT' }, TODAY, NOW),
    );
    const changed = value(recordStep(reported, STEP.besluit, TODAY, NOW));
    expect(changed.report).toBeUndefined();
  });

  it('closes only after the decision, and a closed track takes no more changes', () => {
    const closing = {
      date: '2026-03-19',
      by: 'Ineke (IB)',
      reason: 'Hulp loopt; monitoring via het actieplan.',
    };
    expect(closeTrack(through('afweging'), closing, TODAY, NOW)).toEqual({
      ok: false,
      error: { code: 'meldcode.no-decision' },
    });
    const closed = value(closeTrack(through('besluit'), closing, TODAY, NOW));
    expect(nextOnTrack(closed, TODAY)).toEqual({ kind: 'closed' });
    expect(recordStep(closed, STEP.signalen, TODAY, NOW)).toEqual({
      ok: false,
      error: { code: 'meldcode.closed' },
    });
  });
});
