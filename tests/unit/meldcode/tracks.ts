// Runs in: Node (Vitest).
//
// A meldcode track walked step by step with realistic data, shared by the meldcode tests
// (the rules, and the verslag that prints them).
import { AFWEGING_QUESTION_IDS, afwegingQuestion } from '../../../shared/meldcode/afwegingskader';
import {
  recordStep,
  startTrack,
  type AfwegingAnswer,
  type MeldcodeTrack,
  type StepRecord,
} from '../../../shared/meldcode/meldcode';
import type { Result } from '../../../shared/result';

export const NOW = '2026-03-10T10:00:00.000Z';
export const TODAY = '2026-03-20';

export function value<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function started(): MeldcodeTrack {
  return value(
    startTrack({
      id: 'm-1',
      caseId: 'c-1',
      signalDate: '2026-03-02',
      sourceEntryId: 'e-1',
      startedBy: 'Ineke (IB)',
      now: NOW,
    }),
  );
}

export function answers(
  overrides: Partial<Record<(typeof AFWEGING_QUESTION_IDS)[number], 'ja' | 'nee'>> = {},
): AfwegingAnswer[] {
  const defaults = {
    vermoeden: 'ja',
    onveiligheid: 'nee',
    hulp: 'ja',
    aanvaarding: 'ja',
    resultaat: 'ja',
  } as const;
  return AFWEGING_QUESTION_IDS.map((id) => ({
    questionId: id,
    question: afwegingQuestion(id).nl,
    answer: overrides[id] ?? defaults[id],
    motivation: `motivatie ${id}`,
  }));
}

export const STEP: { readonly [K in StepRecord['step']]: Extract<StepRecord, { step: K }> } = {
  signalen: {
    step: 'signalen',
    data: {
      date: '2026-03-03',
      by: 'Ineke (IB)',
      observations: 'Blauwe plek op de arm, gezien door juf Sanne.',
      interpretation: '',
      entryIds: ['e-1'],
    },
  },
  overleg: {
    step: 'overleg',
    data: {
      date: '2026-03-04',
      by: 'Ineke (IB)',
      colleague: 'Aandachtsfunctionaris Bram',
      advice: 'Gesprek met ouders voeren.',
      veiligThuis: {
        date: '2026-03-04',
        person: 'Consulent Veilig Thuis',
        anonymous: true,
        advice: 'Eerst het gesprek.',
      },
    },
  },
  gesprek: {
    step: 'gesprek',
    data: {
      date: '2026-03-05',
      by: 'Ineke (IB)',
      held: true,
      withParents: true,
      withChild: false,
      summary: 'Moeder legt uit dat ...',
    },
  },
  afweging: {
    step: 'afweging',
    data: { date: '2026-03-06', by: 'Ineke (IB)', answers: answers() },
  },
  besluit: {
    step: 'besluit',
    data: {
      date: '2026-03-09',
      by: 'Ineke (IB)',
      decision: 'hulp',
      reasons: 'Ouders aanvaarden hulp van het wijkteam.',
    },
  },
};

export function through(last: StepRecord['step'], track = started()): MeldcodeTrack {
  let current = track;
  for (const step of ['signalen', 'overleg', 'gesprek', 'afweging', 'besluit'] as const) {
    current = value(recordStep(current, STEP[step], TODAY, NOW));
    if (step === last) break;
  }
  return current;
}
