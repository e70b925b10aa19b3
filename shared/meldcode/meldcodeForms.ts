// Runs in: any environment.
//
// The meldcode step dialogs' fields as plain strings (what the user typed; booleans as
// "true"/""), turned into a step record with per-field error codes the dialog translates
// into Dutch messages that say what to do. Strings all the way so the same values object is
// the dialog's state and its crash-safe draft (useTextDraft stores string values only).
import { compareIsoDates, isValidIsoDate, type IsoDate } from '../domain/dates';
import { AFWEGING_QUESTION_IDS, afwegingQuestion, type AfwegingQuestionId } from './afwegingskader';
import {
  AFWEGING_ANSWERS,
  GESPREK_NOT_HELD_REASONS,
  MELDCODE_DECISIONS,
  requiredQuestions,
  type AfwegingAnswer,
  type MeldcodeSteps,
  type MeldcodeStep,
  type StepRecord,
} from './meldcode';

export type FormValues = Readonly<Record<string, string>>;
export type MeldcodeFieldError =
  'required' | 'invalidDate' | 'beforeSignal' | 'inFuture' | 'tooLong' | 'nobody';
export type FormErrors = Readonly<Record<string, MeldcodeFieldError>>;

const TRUE = 'true';

/** Form field names of an afwegingskader question's answer and motivation (letters only: draft keys). */
export function answerField(id: AfwegingQuestionId): string {
  return `answer${id}`;
}
export function motivationField(id: AfwegingQuestionId): string {
  return `motivation${id}`;
}

/** The fields of a step as stored, for editing it again (or the defaults for a new one). */
export function formFromStep(
  step: MeldcodeStep,
  steps: MeldcodeSteps,
  defaults: { readonly today: IsoDate; readonly by: string; readonly entryId?: string | undefined },
): FormValues {
  const base = { date: defaults.today, by: defaults.by };
  switch (step) {
    case 'signalen': {
      const s = steps.signalen;
      return s === undefined
        ? { ...base, observations: '', interpretation: '', entries: defaults.entryId ?? '' }
        : {
            date: s.date,
            by: s.by,
            observations: s.observations,
            interpretation: s.interpretation,
            entries: s.entryIds.join(','),
          };
    }
    case 'overleg': {
      const s = steps.overleg;
      if (s === undefined)
        return {
          ...base,
          colleague: '',
          advice: '',
          vt: '',
          vtDate: defaults.today,
          vtPerson: '',
          vtAnonymous: TRUE,
          vtAdvice: '',
        };
      const vt = s.veiligThuis;
      return {
        date: s.date,
        by: s.by,
        colleague: s.colleague,
        advice: s.advice,
        vt: vt === undefined ? '' : TRUE,
        vtDate: vt?.date ?? defaults.today,
        vtPerson: vt?.person ?? '',
        vtAnonymous: vt === undefined || vt.anonymous ? TRUE : '',
        vtAdvice: vt?.advice ?? '',
      };
    }
    case 'gesprek': {
      const s = steps.gesprek;
      if (s === undefined)
        return {
          ...base,
          held: TRUE,
          withParents: TRUE,
          withChild: '',
          summary: '',
          reason: '',
          explanation: '',
        };
      return s.held
        ? {
            date: s.date,
            by: s.by,
            held: TRUE,
            withParents: s.withParents ? TRUE : '',
            withChild: s.withChild ? TRUE : '',
            summary: s.summary,
            reason: '',
            explanation: '',
          }
        : {
            date: s.date,
            by: s.by,
            held: '',
            withParents: '',
            withChild: '',
            summary: '',
            reason: s.reason,
            explanation: s.explanation,
          };
    }
    case 'afweging': {
      const values: Record<string, string> = {
        date: steps.afweging?.date ?? defaults.today,
        by: steps.afweging?.by ?? defaults.by,
      };
      for (const id of AFWEGING_QUESTION_IDS) {
        const answer = steps.afweging?.answers.find((a) => a.questionId === id);
        values[answerField(id)] = answer?.answer ?? '';
        values[motivationField(id)] = answer?.motivation ?? '';
      }
      return values;
    }
    case 'besluit': {
      const s = steps.besluit;
      return s === undefined
        ? { ...base, decision: '', reasons: '' }
        : { date: s.date, by: s.by, decision: s.decision, reasons: s.reasons };
    }
  }
}

const LIMITS: Readonly<Record<string, number>> = {
  by: 200,
  observations: 8000,
  interpretation: 4000,
  colleague: 200,
  advice: 4000,
  vtPerson: 200,
  vtAdvice: 4000,
  summary: 8000,
  explanation: 4000,
  reasons: 4000,
};

class Checker {
  readonly errors: Record<string, MeldcodeFieldError> = {};
  constructor(
    private readonly values: FormValues,
    private readonly today: IsoDate,
    private readonly signalDate: IsoDate,
  ) {}

  text(field: string, required: boolean): string {
    const value = (this.values[field] ?? '').trim();
    if (required && value === '') this.errors[field] = 'required';
    else if (value.length > (LIMITS[field] ?? 2000)) this.errors[field] = 'tooLong';
    return value;
  }

  date(field: string): IsoDate {
    const value = (this.values[field] ?? '').trim();
    if (value === '') this.errors[field] = 'required';
    else if (!isValidIsoDate(value)) this.errors[field] = 'invalidDate';
    else if (compareIsoDates(value, this.signalDate) < 0) this.errors[field] = 'beforeSignal';
    else if (compareIsoDates(value, this.today) > 0) this.errors[field] = 'inFuture';
    return value;
  }

  flag(field: string): boolean {
    return this.values[field] === TRUE;
  }

  choice<T extends string>(field: string, options: readonly T[]): T | undefined {
    const found = options.find((o) => o === this.values[field]);
    if (found === undefined) this.errors[field] = 'required';
    return found;
  }
}

/** The step the form describes, or the errors that keep it from being saved. */
export function stepFromForm(
  step: MeldcodeStep,
  values: FormValues,
  today: IsoDate,
  signalDate: IsoDate,
): { readonly record: StepRecord | undefined; readonly errors: FormErrors } {
  const c = new Checker(values, today, signalDate);
  const date = c.date('date');
  const by = c.text('by', true);
  const record = ((): StepRecord | undefined => {
    switch (step) {
      case 'signalen': {
        const entryIds = (values['entries'] ?? '').split(',').filter((id) => id !== '');
        return {
          step,
          data: {
            date,
            by,
            observations: c.text('observations', true),
            interpretation: c.text('interpretation', false),
            entryIds,
          },
        };
      }
      case 'overleg': {
        const colleague = c.text('colleague', true);
        const advice = c.text('advice', true);
        if (!c.flag('vt')) return { step, data: { date, by, colleague, advice } };
        const veiligThuis = {
          date: c.date('vtDate'),
          person: c.text('vtPerson', true),
          anonymous: c.flag('vtAnonymous'),
          advice: c.text('vtAdvice', true),
        };
        return { step, data: { date, by, colleague, advice, veiligThuis } };
      }
      case 'gesprek': {
        if (c.flag('held')) {
          const withParents = c.flag('withParents');
          const withChild = c.flag('withChild');
          if (!withParents && !withChild) c.errors['withParents'] = 'nobody';
          return {
            step,
            data: {
              date,
              by,
              held: true,
              withParents,
              withChild,
              summary: c.text('summary', true),
            },
          };
        }
        const reason = c.choice('reason', GESPREK_NOT_HELD_REASONS);
        const explanation = c.text('explanation', true);
        return reason === undefined
          ? undefined
          : { step, data: { date, by, held: false, reason, explanation } };
      }
      case 'afweging': {
        const given = AFWEGING_QUESTION_IDS.flatMap((id) => {
          const answer = AFWEGING_ANSWERS.find((a) => a === values[answerField(id)]);
          return answer === undefined ? [] : [{ questionId: id, answer }];
        });
        const answers: AfwegingAnswer[] = [];
        for (const id of requiredQuestions(given)) {
          const answer = c.choice(answerField(id), AFWEGING_ANSWERS);
          const motivation = c.text(motivationField(id), true);
          if (answer !== undefined)
            answers.push({ questionId: id, question: afwegingQuestion(id).nl, answer, motivation });
        }
        return { step, data: { date, by, answers } };
      }
      case 'besluit': {
        const decision = c.choice('decision', MELDCODE_DECISIONS);
        const reasons = c.text('reasons', true);
        return decision === undefined ? undefined : { step, data: { date, by, decision, reasons } };
      }
    }
  })();
  const errors = c.errors;
  return { record: Object.keys(errors).length === 0 ? record : undefined, errors };
}

/** Plain date field checks for the report, answer and closing dialogs. */
export function checkFields(
  values: FormValues,
  fields: { readonly dates: readonly string[]; readonly texts: readonly string[] },
  today: IsoDate,
  signalDate: IsoDate,
): FormErrors {
  const c = new Checker(values, today, signalDate);
  for (const field of fields.dates) c.date(field);
  for (const field of fields.texts) c.text(field, true);
  return c.errors;
}
