// Runs in: Node (Vitest).
//
// The meldcode step dialogs' form checks (renderer/src/areas/leerlingen/case/meldcode/
// meldcodeForms.ts): each refused input gives the field's error code the dialog turns into a
// Dutch message that says what to do, and valid input gives the step record.
import { describe, expect, it } from 'vitest';
import {
  answerField,
  checkFields,
  formFromStep,
  motivationField,
  stepFromForm,
} from '../../../shared/meldcode/meldcodeForms';
import { AFWEGING_QUESTION_IDS } from '../../../shared/meldcode/afwegingskader';

const TODAY = '2026-11-18';
const SIGNAL = '2026-11-03';
const defaults = { today: TODAY, by: 'Ineke (IB)' };

describe('meldcode step forms', () => {
  it('refuses a date before the signal or in the future, and empty required fields', () => {
    const values = { ...formFromStep('signalen', {}, defaults), date: '2026-11-01' };
    expect(stepFromForm('signalen', values, TODAY, SIGNAL)).toEqual({
      record: undefined,
      errors: { date: 'beforeSignal', observations: 'required' },
    });
    expect(
      stepFromForm('signalen', { ...values, date: '2026-11-19', observations: 'x' }, TODAY, SIGNAL)
        .errors,
    ).toEqual({ date: 'inFuture' });
    expect(
      stepFromForm('signalen', { ...values, date: '2026-11-31', observations: 'x' }, TODAY, SIGNAL)
        .errors,
    ).toEqual({ date: 'invalidDate' });
  });

  it('gives the step record for valid input, with the linked entries', () => {
    const values = {
      ...formFromStep('signalen', {}, { ...defaults, entryId: 'e-1' }),
      observations: ' Blauwe plek. ',
    };
    expect(stepFromForm('signalen', values, TODAY, SIGNAL)).toEqual({
      errors: {},
      record: {
        step: 'signalen',
        data: {
          date: TODAY,
          by: 'Ineke (IB)',
          observations: 'Blauwe plek.',
          interpretation: '',
          entryIds: ['e-1'],
        },
      },
    });
  });

  it('checks the Veilig Thuis consultation only when it took place', () => {
    const values = {
      ...formFromStep('overleg', {}, defaults),
      colleague: 'Bram',
      advice: 'Gesprek voeren.',
    };
    expect(stepFromForm('overleg', values, TODAY, SIGNAL).errors).toEqual({});
    expect(
      stepFromForm('overleg', { ...values, vt: 'true', vtDate: '2026-10-01' }, TODAY, SIGNAL)
        .errors,
    ).toEqual({ vtDate: 'beforeSignal', vtPerson: 'required', vtAdvice: 'required' });
  });

  it('asks who a conversation was with, or the reason it was not held', () => {
    const held = { ...formFromStep('gesprek', {}, defaults), withParents: '', summary: 'x' };
    expect(stepFromForm('gesprek', held, TODAY, SIGNAL).errors).toEqual({ withParents: 'nobody' });
    expect(stepFromForm('gesprek', { ...held, held: '' }, TODAY, SIGNAL).errors).toEqual({
      reason: 'required',
      explanation: 'required',
    });
  });

  it('asks every afwegingskader question with a motivation, only the first after "no suspicion"', () => {
    const empty = formFromStep('afweging', {}, defaults);
    expect(Object.keys(stepFromForm('afweging', empty, TODAY, SIGNAL).errors)).toHaveLength(
      AFWEGING_QUESTION_IDS.length * 2,
    );
    const noSuspicion = {
      ...empty,
      [answerField('vermoeden')]: 'nee',
      [motivationField('vermoeden')]: 'Verklaard door een val.',
    };
    const result = stepFromForm('afweging', noSuspicion, TODAY, SIGNAL);
    expect(result.errors).toEqual({});
    expect(result.record).toMatchObject({
      step: 'afweging',
      data: {
        answers: [
          { questionId: 'vermoeden', answer: 'nee', motivation: 'Verklaard door een val.' },
        ],
      },
    });
  });

  it('refuses a decision without one chosen or without reasons', () => {
    const values = formFromStep('besluit', {}, defaults);
    expect(stepFromForm('besluit', values, TODAY, SIGNAL).errors).toEqual({
      decision: 'required',
      reasons: 'required',
    });
    expect(
      stepFromForm('besluit', { ...values, decision: 'geen', reasons: '  ' }, TODAY, SIGNAL).errors,
    ).toEqual({ reasons: 'required' });
  });

  it('checks the follow-up dialogs the same way', () => {
    expect(
      checkFields(
        { date: '2026-11-02', contact: '' },
        { dates: ['date'], texts: ['contact'] },
        TODAY,
        SIGNAL,
      ),
    ).toEqual({ date: 'beforeSignal', contact: 'required' });
  });
});
