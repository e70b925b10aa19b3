// Runs in: any environment.
//
// The referral's status lifecycle (brief §6): concept → verstuurd → contact opgenomen →
// intake gedaan → hulp gestart → afgesloten, with 'teruggestuurd' (sent back, with a reason)
// possible once the letter has left. Every change is kept in the history with its date, so
// "sent on …, contact on …" can always be shown. Sending also sets the expected contact and
// feedback dates. The consent gate is checked by the caller before sending (consentGate.ts).
// Sending also needs the parents' review of the draft (parentsReview.ts) or, without it, a
// reason that is kept on the referral and shown with it.
import { err, ok, type Result } from '../result';
import { compareIsoDates, isValidIsoDate, type IsoDate } from '../domain/dates';
import type { Referral, ReferralStatus, SentVia } from './referral';
import {
  DEFAULT_CONTACT_WORKING_DAYS,
  DEFAULT_FEEDBACK_WORKING_DAYS,
  expectedContactDate,
  expectedFeedbackDate,
} from './workingDays';

/** The statuses each status may move to. Afgesloten and teruggestuurd are final. */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  concept: ['verstuurd'],
  verstuurd: ['contact-opgenomen', 'teruggestuurd', 'afgesloten'],
  'contact-opgenomen': ['intake-gedaan', 'teruggestuurd', 'afgesloten'],
  'intake-gedaan': ['hulp-gestart', 'teruggestuurd', 'afgesloten'],
  'hulp-gestart': ['afgesloten'],
  afgesloten: [],
  teruggestuurd: [],
};

export type TransitionErrorCode =
  | 'referral.invalid-date'
  | 'referral.status-unchanged'
  | 'referral.transition-not-allowed'
  | 'referral.reason-required'
  | 'referral.reason-not-allowed'
  | 'referral.sent-via-required'
  | 'referral.date-before-previous'
  | 'referral.parents-review-required'
  | 'referral.parents-review-after-sending'
  | 'referral.parents-review-reason-not-allowed';

export interface TransitionError {
  readonly code: TransitionErrorCode;
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
}

export interface TransitionOptions {
  readonly date: IsoDate;
  /** Required for 'teruggestuurd', refused otherwise. */
  readonly reason?: string;
  /** Required for 'verstuurd'. */
  readonly sentVia?: SentVia;
  /**
   * Why the letter leaves without the parents having seen the draft, for 'verstuurd': required
   * when no review is recorded, refused when one is (and for any other status).
   */
  readonly withoutParentsReview?: string;
  /** Working days until contact is expected (default 5), for 'verstuurd'. */
  readonly contactWorkingDays?: number;
  /** Working days until feedback is expected (default 20), for 'verstuurd'. */
  readonly feedbackWorkingDays?: number;
  /** Non-working days the expected dates skip besides weekends (the school's list), for 'verstuurd'. */
  readonly holidays?: readonly IsoDate[];
  /** Bookkeeping timestamp for updatedAt. */
  readonly now?: string;
}

/**
 * Sent and not yet final: the referral is still under way for its case (the case status
 * stays "verwezen" while one is; shared/domain/caseRoute.ts).
 */
export function isReferralInProgress(status: ReferralStatus): boolean {
  return status !== 'concept' && REFERRAL_TRANSITIONS[status].length > 0;
}

/** True when a referral in `status` is final: afgesloten or teruggestuurd. */
export function isReferralFinal(status: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[status].length === 0;
}

/** True when `from` may move to `to`. */
export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[from].includes(to);
}

/** Moves the referral to `to`, or says why not. The input is never changed. */
export function transitionReferral(
  referral: Referral,
  to: ReferralStatus,
  options: TransitionOptions,
): Result<Referral, TransitionError> {
  const from = referral.status;
  const fail = (code: TransitionErrorCode): Result<never, TransitionError> =>
    err({ code, from, to });
  if (!isValidIsoDate(options.date)) return fail('referral.invalid-date');
  if (from === to) return fail('referral.status-unchanged');
  if (!canTransition(from, to)) return fail('referral.transition-not-allowed');
  const reason = options.reason?.trim() ?? '';
  if (to === 'teruggestuurd' && reason === '') return fail('referral.reason-required');
  if (to !== 'teruggestuurd' && reason !== '') return fail('referral.reason-not-allowed');
  if (to === 'verstuurd' && options.sentVia === undefined)
    return fail('referral.sent-via-required');
  const previous = referral.history.at(-1);
  if (previous !== undefined && compareIsoDates(options.date, previous.date) < 0)
    return fail('referral.date-before-previous');
  const withoutReview = options.withoutParentsReview?.trim() ?? '';
  const reviewProblem = parentsReviewProblem(referral, to, options.date, withoutReview);
  if (reviewProblem !== undefined) return fail(reviewProblem);

  const change =
    to === 'teruggestuurd'
      ? { status: to, date: options.date, reason }
      : { status: to, date: options.date };
  const sent =
    to === 'verstuurd' && options.sentVia !== undefined
      ? {
          sentVia: options.sentVia,
          expectedContactDate: expectedContactDate(
            options.date,
            options.contactWorkingDays ?? DEFAULT_CONTACT_WORKING_DAYS,
            options.holidays,
          ),
          expectedFeedbackDate: expectedFeedbackDate(
            options.date,
            options.feedbackWorkingDays ?? DEFAULT_FEEDBACK_WORKING_DAYS,
            options.holidays,
          ),
        }
      : {};
  return ok({
    ...referral,
    ...sent,
    ...(to === 'verstuurd' && withoutReview !== ''
      ? { sentWithoutParentsReview: withoutReview }
      : {}),
    status: to,
    history: [...referral.history, change],
    ...(options.now === undefined ? {} : { updatedAt: options.now }),
  });
}

/** What is wrong with sending as far as the parents' review goes (nothing for other statuses). */
function parentsReviewProblem(
  referral: Referral,
  to: ReferralStatus,
  date: IsoDate,
  withoutReview: string,
): TransitionErrorCode | undefined {
  if (to !== 'verstuurd')
    return withoutReview === '' ? undefined : 'referral.parents-review-reason-not-allowed';
  const review = referral.parentsReview;
  if (review === undefined)
    return withoutReview === '' ? 'referral.parents-review-required' : undefined;
  if (withoutReview !== '') return 'referral.parents-review-reason-not-allowed';
  return compareIsoDates(review.date, date) > 0
    ? 'referral.parents-review-after-sending'
    : undefined;
}

/** The date the referral was sent, if it was. */
export function sentDate(referral: Pick<Referral, 'history'>): IsoDate | undefined {
  return referral.history.find((h) => h.status === 'verstuurd')?.date;
}

/** True once the letter has left school (whatever happened after). */
export function wasSent(referral: Pick<Referral, 'history'>): boolean {
  return sentDate(referral) !== undefined;
}
