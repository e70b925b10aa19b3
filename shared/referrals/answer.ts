// Runs in: any environment.
//
// The recipient's answer to the school (issue 15 §3): a `.zorgtafel` file of kind
// 'referral-answer', sealed to the deelsleutel the package came from and signed by the
// recipient. It names the referral by the letter's document id and fingerprint and carries
// the lifecycle steps with their dates (never the recipient's own notes), feedback text only
// as far as the family's consent to feed back allows (the consent basis that came in the
// package; without it the answer says so and carries no text), and optionally the home goals
// of the plan van aanpak.
import { z } from 'zod';
import { compareIsoDates, isoDateSchema, type IsoDate } from '../domain/dates';
import { err, ok, type Result } from '../result';
import { DOCUMENT_ID_PATTERN } from './referral';
import {
  OTHER_ROUTES,
  planGoalSchema,
  type PlanGoal,
  type ReceivedReferral,
  type ReceivedStep,
} from './received';
import type { FeedbackConsentBasis } from './package';

/** Format tag inside an answer's content. */
export const REFERRAL_ANSWER_FORMAT = 'zorgtafel-verwijsantwoord/1';
/** Longest feedback text an answer carries. */
export const ANSWER_FEEDBACK_MAX = 4000;

/** One step as it travels: the date, and only what the school records (a reason, a route). */
export const answerStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('contact'), date: isoDateSchema }).strict(),
  z.object({ step: z.literal('intake'), date: isoDateSchema }).strict(),
  z.object({ step: z.literal('plan'), date: isoDateSchema }).strict(),
  z.object({ step: z.literal('hulp-gestart'), date: isoDateSchema }).strict(),
  z.object({ step: z.literal('afgesloten'), date: isoDateSchema }).strict(),
  z
    .object({
      step: z.literal('teruggestuurd'),
      date: isoDateSchema,
      reason: z.string().trim().min(1).max(2000),
    })
    .strict(),
  z
    .object({ step: z.literal('andere-route'), date: isoDateSchema, route: z.enum(OTHER_ROUTES) })
    .strict(),
]);
export type AnswerStep = z.infer<typeof answerStepSchema>;

/** Feedback text, or why there is none: no consent to feed back, or nothing written. */
export const answerFeedbackSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('text'), text: z.string().trim().min(1).max(ANSWER_FEEDBACK_MAX) })
    .strict(),
  z.object({ kind: z.literal('no-consent') }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
]);
export type AnswerFeedback = z.infer<typeof answerFeedbackSchema>;

export const referralAnswerSchema = z
  .object({
    format: z.literal(REFERRAL_ANSWER_FORMAT),
    documentId: z.string().regex(DOCUMENT_ID_PATTERN),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    from: z
      .object({ name: z.string().trim().min(1).max(200), organisation: z.string().max(200) })
      .strict(),
    answeredOn: isoDateSchema,
    steps: z.array(answerStepSchema).max(20),
    feedback: answerFeedbackSchema,
    homeGoals: z.array(planGoalSchema).max(30),
  })
  .strict()
  .superRefine((a, ctx) => {
    // The same order rule as the recipient's lifecycle: never a step dated before the previous one.
    a.steps.forEach((s, i) => {
      const previous = a.steps[i - 1];
      if (previous !== undefined && compareIsoDates(s.date, previous.date) < 0)
        ctx.addIssue({ code: 'custom', path: ['steps', i], message: 'steps are in date order' });
    });
    if (new Set(a.steps.map((s) => s.step)).size !== a.steps.length)
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'each step once' });
  });
export type ReferralAnswer = z.infer<typeof referralAnswerSchema>;

/** Whether the recipient may write feedback on `today`, and what the consent covers. */
export type FeedbackAllowance =
  | { readonly allowed: true; readonly basis: FeedbackConsentBasis }
  | {
      readonly allowed: false;
      readonly reason: 'no-consent' | 'expired';
      readonly until?: IsoDate;
    };

/** The consent to feed back as the package stated it, checked against `today`. */
export function answerFeedbackAllowance(
  received: Pick<ReceivedReferral, 'package'>,
  today: IsoDate,
): FeedbackAllowance {
  const basis = received.package.feedbackConsent;
  if (basis === undefined) return { allowed: false, reason: 'no-consent' };
  if (compareIsoDates(today, basis.validUntil) > 0)
    return { allowed: false, reason: 'expired', until: basis.validUntil };
  return { allowed: true, basis };
}

/** The home goals of the plan van aanpak (empty before a plan was recorded). */
export function planHomeGoals(received: Pick<ReceivedReferral, 'history'>): readonly PlanGoal[] {
  const plan = received.history.find((h) => h.step === 'plan');
  return plan?.step === 'plan' ? plan.goals : [];
}

function travellingStep(step: ReceivedStep): AnswerStep {
  switch (step.step) {
    case 'contact':
    case 'intake':
    case 'plan':
    case 'hulp-gestart':
    case 'afgesloten':
      return { step: step.step, date: step.date };
    case 'teruggestuurd':
      return { step: step.step, date: step.date, reason: step.reason };
    case 'andere-route':
      return { step: step.step, date: step.date, route: step.route };
    default: {
      const never: never = step;
      return never;
    }
  }
}

export type AnswerBuildProblem =
  | { readonly code: 'answer.feedback-without-consent'; readonly reason: 'no-consent' | 'expired' }
  | { readonly code: 'answer.invalid' };

/**
 * The answer's content. Feedback text is refused unless the package's consent basis allows it
 * on `today`; without that consent the answer says 'no-consent'. Notes never travel.
 */
export function buildReferralAnswer(
  received: Pick<ReceivedReferral, 'package' | 'history'>,
  input: {
    readonly from: { readonly name: string; readonly organisation: string };
    readonly feedbackText: string;
    readonly includeHomeGoals: boolean;
  },
  today: IsoDate,
): Result<ReferralAnswer, AnswerBuildProblem> {
  const allowance = answerFeedbackAllowance(received, today);
  const text = input.feedbackText.trim();
  if (!allowance.allowed && text !== '')
    return err({ code: 'answer.feedback-without-consent', reason: allowance.reason });
  const feedback: AnswerFeedback = !allowance.allowed
    ? { kind: 'no-consent' }
    : text === ''
      ? { kind: 'none' }
      : { kind: 'text', text };
  const parsed = referralAnswerSchema.safeParse({
    format: REFERRAL_ANSWER_FORMAT,
    documentId: received.package.documentId,
    fingerprint: received.package.fingerprint,
    from: { name: input.from.name.trim(), organisation: input.from.organisation.trim() },
    answeredOn: today,
    steps: received.history.map(travellingStep),
    feedback,
    homeGoals: input.includeHomeGoals ? planHomeGoals(received) : [],
  });
  return parsed.success ? ok(parsed.data) : err({ code: 'answer.invalid' });
}

/** The suggested file name: no personal data, only what and when. */
export function referralAnswerFileName(today: IsoDate): string {
  return `antwoord-verwijzing-${today}.zorgtafel`;
}
