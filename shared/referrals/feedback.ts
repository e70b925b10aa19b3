// Runs in: any environment.
//
// Recording feedback (terugkoppeling) from the recipient. "Consent to ask information, is that
// also consent to feed back?" (brief §5): no. Feedback is recorded only when a valid
// 'terugkoppeling-ontvangen' consent for that recipient exists; otherwise the app must say so
// (code 'feedback.no-consent' with the consent reasons) and record nothing.
import { err, ok, type Result } from '../result';
import {
  evaluateConsent,
  type ConsentDecision,
  type ConsentReason,
} from '../domain/consentEvaluation';
import type { Consent, DataCategory } from '../domain/consent';
import { compareIsoDates, isValidIsoDate, type IsoDate } from '../domain/dates';
import type { Pupil } from '../domain/pupil';
import { sentDate } from './lifecycle';
import type { FeedbackConsentBasis } from './package';
import { feedbackSchema, type Referral, type ReferralFeedback } from './referral';

export type FeedbackError =
  | { readonly code: 'feedback.no-consent'; readonly reasons: readonly ConsentReason[] }
  | { readonly code: 'feedback.not-sent' }
  | { readonly code: 'feedback.invalid' }
  | { readonly code: 'feedback.before-sent' };

/** What the consent check needs of the pupil. */
type FeedbackPupil = Pick<
  Pupil,
  'id' | 'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'guardians'
>;

/** Feedback is about the care question and how it goes: what a feedback consent must cover. */
export const FEEDBACK_CONSENT_CATEGORIES: readonly DataCategory[] = ['zorgsignaal-en-hulpvraag'];

/**
 * Whether feedback from the referral's recipient may be recorded on `onDate`: a valid
 * 'terugkoppeling-ontvangen' consent for that recipient, or the reasons why not. The follow-up
 * screen asks this before it offers "Terugkoppeling vastleggen"; recordFeedback asks it again.
 */
export function feedbackConsentDecision(
  referral: Pick<Referral, 'recipientOrganisationId'>,
  pupil: FeedbackPupil,
  consents: readonly Consent[],
  onDate: IsoDate,
): ConsentDecision {
  return evaluateConsent(
    {
      purpose: 'terugkoppeling-ontvangen',
      recipientOrganisationId: referral.recipientOrganisationId,
      categories: FEEDBACK_CONSENT_CATEGORIES,
      onDate,
    },
    pupil,
    consents,
  );
}

/** Adds `feedback` to the referral when consent allows it on `onDate`. */
export function recordFeedback(
  referral: Referral,
  feedback: ReferralFeedback,
  pupil: FeedbackPupil,
  consents: readonly Consent[],
  onDate: IsoDate,
): Result<Referral, FeedbackError> {
  const parsed = feedbackSchema.safeParse(feedback);
  if (!parsed.success || !isValidIsoDate(onDate)) return err({ code: 'feedback.invalid' });
  const sent = sentDate(referral);
  if (sent === undefined) return err({ code: 'feedback.not-sent' });
  if (compareIsoDates(parsed.data.date, sent) < 0) return err({ code: 'feedback.before-sent' });
  const decision = feedbackConsentDecision(referral, pupil, consents, onDate);
  if (!decision.allowed) return err({ code: 'feedback.no-consent', reasons: decision.reasons });
  return ok({ ...referral, feedback: [...referral.feedback, parsed.data] });
}

/**
 * What the school's feedback consent covers on `onDate`, for the package (the recipient sees it
 * and offers feedback text only with it): the categories and end date of the valid consent
 * that lasts longest, or undefined when feedback may not be received.
 */
export function feedbackConsentBasis(
  referral: Pick<Referral, 'recipientOrganisationId'>,
  pupil: FeedbackPupil,
  consents: readonly Consent[],
  onDate: IsoDate,
): FeedbackConsentBasis | undefined {
  const decision = feedbackConsentDecision(referral, pupil, consents, onDate);
  if (!decision.allowed) return undefined;
  const best = consents
    .filter((c) => decision.consentIds.includes(c.id))
    .sort((a, b) => compareIsoDates(b.validUntil, a.validUntil))[0];
  return best === undefined
    ? undefined
    : { categories: [...best.dataCategories], validUntil: best.validUntil };
}
