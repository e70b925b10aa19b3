// Runs in: any environment.
//
// The school opens the recipient's answer (issue 15 §3), like a meeting reply: nothing is
// taken over without a choice. The answer must name a referral of this vault (the document id
// and fingerprint of a package made from it) and come from a deelsleutel of a directory contact
// of that referral's recipient organisation; otherwise it is refused and nothing is stored.
// Each item that still differs is offered: a lifecycle date, the family's other route,
// the feedback (only with a valid consent to receive feedback, else refused with the reasons
// and its text never shown), each home goal for the thuis side of the actieplan. Opening the
// same answer again offers nothing, so a replay changes nothing.
import type { Consent } from '../domain/consent';
import type { ConsentReason } from '../domain/consentEvaluation';
import type { IsoDate } from '../domain/dates';
import type { ContactPerson } from '../domain/directory';
import type { Pupil } from '../domain/pupil';
import type { Actieplan } from '../meetings/actieplan';
import { saveGoal, type PlanInvalid } from '../meetings/actieplanEdit';
import { err, ok, type Result } from '../result';
import type { AnswerStep, ReferralAnswer } from './answer';
import { feedbackConsentDecision, recordFeedback, type FeedbackError } from './feedback';
import { transitionReferral, type TransitionError } from './lifecycle';
import type { PlanGoal } from './received';
import type { Referral, ReferralFeedback, ReferralRoute, ReferralStatus } from './referral';

type AnswerPupil = Pick<
  Pupil,
  'id' | 'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'guardians'
>;

/** Why an answer is not taken in at all. */
export type AnswerRefusal =
  | { readonly code: 'answer.unknown-referral' }
  | { readonly code: 'answer.unknown-sender' }
  | { readonly code: 'answer.foreign-sender' };

/** The referral status a recipient's step means on the school's side (none for the plan). */
const STEP_STATUS: Readonly<Record<AnswerStep['step'], ReferralStatus | null>> = {
  contact: 'contact-opgenomen',
  intake: 'intake-gedaan',
  plan: null,
  'hulp-gestart': 'hulp-gestart',
  afgesloten: 'afgesloten',
  teruggestuurd: 'teruggestuurd',
  'andere-route': null,
};

/**
 * The referral the answer is about and the contact who sent it, or why it is refused: no
 * package of a referral here has this document id and fingerprint, the sender's deelsleutel is
 * in no directory contact, or only in contacts of another organisation than the recipient.
 */
export function matchAnswer(
  answer: Pick<ReferralAnswer, 'documentId' | 'fingerprint'>,
  senderDeelsleutel: string,
  referrals: readonly Referral[],
  contacts: readonly Pick<ContactPerson, 'id' | 'organisationId' | 'deelsleutel'>[],
): Result<{ readonly referral: Referral; readonly contactId: string }, AnswerRefusal> {
  const referral = referrals.find((r) =>
    (r.letters ?? []).some(
      (l) =>
        l.variant === 'package' &&
        l.documentId === answer.documentId &&
        l.fingerprint === answer.fingerprint,
    ),
  );
  if (referral === undefined) return err({ code: 'answer.unknown-referral' });
  const senders = contacts.filter((c) => c.deelsleutel?.trim() === senderDeelsleutel);
  if (senders.length === 0) return err({ code: 'answer.unknown-sender' });
  const contact = senders.find((c) => c.organisationId === referral.recipientOrganisationId);
  if (contact === undefined) return err({ code: 'answer.foreign-sender' });
  return ok({ referral, contactId: contact.id });
}

/** One change the school may take over. */
export type AnswerItem =
  | {
      readonly id: string;
      readonly kind: 'status';
      readonly status: ReferralStatus;
      readonly date: IsoDate;
      readonly reason?: string;
    }
  | { readonly id: string; readonly kind: 'route'; readonly route: ReferralRoute }
  | { readonly id: string; readonly kind: 'feedback'; readonly feedback: ReferralFeedback }
  | { readonly id: string; readonly kind: 'home-goal'; readonly goal: PlanGoal };

export interface AnswerReview {
  /** What still differs from the school's records, in the answer's order. */
  readonly items: readonly AnswerItem[];
  /** The answer carried feedback but no valid consent to receive it: the reasons (text not shown). */
  readonly feedbackRefused?: readonly ConsentReason[];
}

const sameText = (a: string, b: string): boolean => a.trim() === b.trim();

/** The items of `answer` that differ from the referral and the case's actieplan. */
export function reviewAnswer(
  answer: ReferralAnswer,
  referral: Referral,
  plan: Actieplan | undefined,
  pupil: AnswerPupil,
  consents: readonly Consent[],
  today: IsoDate,
): AnswerReview {
  const items: AnswerItem[] = [];
  for (const step of answer.steps) {
    const status = STEP_STATUS[step.step];
    if (status !== null && !referral.history.some((h) => h.status === status))
      items.push({
        id: `status:${status}`,
        kind: 'status',
        status,
        date: step.date,
        ...(step.step === 'teruggestuurd' ? { reason: step.reason } : {}),
      });
    if (
      step.step === 'andere-route' &&
      (referral.route?.kind !== step.route || referral.route.date !== step.date)
    )
      items.push({ id: 'route', kind: 'route', route: { kind: step.route, date: step.date } });
  }
  let feedbackRefused: readonly ConsentReason[] | undefined;
  if (answer.feedback.kind === 'text') {
    const decision = feedbackConsentDecision(referral, pupil, consents, today);
    const feedback: ReferralFeedback = {
      date: answer.answeredOn,
      from: `${answer.from.name}${answer.from.organisation === '' ? '' : ` (${answer.from.organisation})`}`.slice(
        0,
        200,
      ),
      text: answer.feedback.text,
    };
    if (!decision.allowed) feedbackRefused = decision.reasons;
    else if (
      !referral.feedback.some((f) => f.date === feedback.date && sameText(f.text, feedback.text))
    )
      items.push({ id: 'feedback', kind: 'feedback', feedback });
  }
  answer.homeGoals.forEach((goal, i) => {
    const onPlan = (plan?.goals ?? []).some(
      (g) =>
        g.side === 'thuis' &&
        g.leefgebieden[0] === goal.leefgebiedId &&
        sameText(g.text, goal.goal),
    );
    if (!onPlan) items.push({ id: `goal:${i}`, kind: 'home-goal', goal });
  });
  return feedbackRefused === undefined ? { items } : { items, feedbackRefused };
}

export type AnswerApplyProblem =
  | { readonly code: 'answer.choice-not-offered'; readonly id: string }
  | { readonly code: 'answer.transition'; readonly error: TransitionError }
  | { readonly code: 'answer.feedback'; readonly error: FeedbackError }
  | { readonly code: 'answer.plan'; readonly error: PlanInvalid };

/**
 * The referral and plan with the chosen items taken over (each undefined when unchanged). A
 * choice the review did not offer is refused, so a stale screen writes nothing unseen; the
 * dates go through the referral's own lifecycle rules and the feedback through recordFeedback
 * (its consent asked again).
 */
export function applyAnswerChoices(
  input: {
    readonly referral: Referral;
    readonly plan: Actieplan | undefined;
    readonly pupil: AnswerPupil;
    readonly consents: readonly Consent[];
  },
  review: AnswerReview,
  chosen: readonly string[],
  options: { readonly today: IsoDate; readonly now: string; readonly newId: () => string },
): Result<{ readonly referral?: Referral; readonly plan?: Actieplan }, AnswerApplyProblem> {
  const unknown = chosen.find((id) => !review.items.some((item) => item.id === id));
  if (unknown !== undefined) return err({ code: 'answer.choice-not-offered', id: unknown });
  let referral = input.referral;
  let plan = input.plan;
  let referralChanged = false;
  let planChanged = false;
  for (const item of review.items.filter((i) => chosen.includes(i.id))) {
    switch (item.kind) {
      case 'status': {
        const moved = transitionReferral(referral, item.status, {
          date: item.date,
          ...(item.reason === undefined ? {} : { reason: item.reason }),
          now: options.now,
        });
        if (!moved.ok) return err({ code: 'answer.transition', error: moved.error });
        referral = moved.value;
        referralChanged = true;
        break;
      }
      case 'route':
        referral = { ...referral, route: item.route, updatedAt: options.now };
        referralChanged = true;
        break;
      case 'feedback': {
        const recorded = recordFeedback(
          referral,
          item.feedback,
          input.pupil,
          input.consents,
          options.today,
        );
        if (!recorded.ok) return err({ code: 'answer.feedback', error: recorded.error });
        referral = { ...recorded.value, updatedAt: options.now };
        referralChanged = true;
        break;
      }
      case 'home-goal': {
        const saved = saveGoal(
          plan,
          referral.caseId,
          options.newId(),
          { side: 'thuis', leefgebieden: [item.goal.leefgebiedId], text: item.goal.goal },
          options.now,
        );
        if (!saved.ok) return err({ code: 'answer.plan', error: saved.error });
        plan = saved.value;
        planChanged = true;
        break;
      }
      default: {
        const never: never = item;
        return never;
      }
    }
  }
  return ok({
    ...(referralChanged ? { referral } : {}),
    ...(planChanged && plan !== undefined ? { plan } : {}),
  });
}
