// Runs in: any environment.
//
// "Parents see the draft first" (issue 18 point 2): before a referral leaves school the
// parents read the draft letter (the parents' copy, in a conversation, by post, …), and the
// school records when, how, what they said and what it changed. The review is recorded while
// the referral is a concept; sending without one needs a reason (lifecycle.ts), so a referral
// never leaves silently behind the family's back.
import { err, ok, type Result } from '../result';
import { compareIsoDates, type IsoDate } from '../domain/dates';
import { parentsReviewSchema, type ParentsReview, type Referral } from './referral';

export type ParentsReviewErrorCode =
  | 'parents-review.not-concept'
  | 'parents-review.invalid'
  | 'parents-review.in-future'
  | 'parents-review.before-concept';

/**
 * Records (or replaces) the parents' review of the draft. Only a concept can get one: once
 * sent, the letter is what it is. The date lies between the concept's start and `today`.
 */
export function recordParentsReview(
  referral: Referral,
  review: ParentsReview,
  today: IsoDate,
  now?: string,
): Result<Referral, ParentsReviewErrorCode> {
  if (referral.status !== 'concept') return err('parents-review.not-concept');
  const parsed = parentsReviewSchema.safeParse({
    ...review,
    reaction: review.reaction.trim(),
    corrections: review.corrections.trim(),
  });
  if (!parsed.success) return err('parents-review.invalid');
  if (compareIsoDates(parsed.data.date, today) > 0) return err('parents-review.in-future');
  const started = referral.history[0]?.date;
  if (started !== undefined && compareIsoDates(parsed.data.date, started) < 0)
    return err('parents-review.before-concept');
  return ok({
    ...referral,
    parentsReview: parsed.data,
    ...(now === undefined ? {} : { updatedAt: now }),
  });
}

/** What the screens show about the parents' review of a referral. */
export type ParentsReviewState =
  | { readonly kind: 'seen'; readonly review: ParentsReview }
  | { readonly kind: 'sent-without'; readonly reason: string }
  /** A concept nobody recorded a review for yet: sending will ask for one or a reason. */
  | { readonly kind: 'open' }
  /** Sent before Zorgtafel recorded reviews (a version-1 record): nothing is known. */
  | { readonly kind: 'not-recorded' };

export function parentsReviewState(
  referral: Pick<Referral, 'status' | 'parentsReview' | 'sentWithoutParentsReview'>,
): ParentsReviewState {
  if (referral.parentsReview !== undefined) return { kind: 'seen', review: referral.parentsReview };
  if (referral.sentWithoutParentsReview !== undefined)
    return { kind: 'sent-without', reason: referral.sentWithoutParentsReview };
  return referral.status === 'concept' ? { kind: 'open' } : { kind: 'not-recorded' };
}
