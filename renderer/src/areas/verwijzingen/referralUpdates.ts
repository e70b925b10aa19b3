// Runs in: renderer.
//
// Every change a referral screen makes to a referral record, apart from the screens so they
// only ask and report: the parents' review of the draft, "verstuurd", a later status, feedback that came back, the family's
// other route. Each reads the record as saved now (not what the screen last rendered), lets
// the shared rules decide, and stores the result; a refusal comes back as a problem the
// screen puts in words (useReferralUpdateProblemText). Sending and closing also move the case
// along the care route (records/caseRoute.ts): sent → "verwezen", the last one closed → back
// to "in bespreking".
import type { IsoDate } from '../../../../shared/domain/dates';
import { referralConsentGate } from '../../../../shared/referrals/consentGate';
import { recordFeedback, type FeedbackError } from '../../../../shared/referrals/feedback';
import {
  isReferralFinal,
  transitionReferral,
  type TransitionErrorCode,
} from '../../../../shared/referrals/lifecycle';
import {
  recordParentsReview,
  type ParentsReviewErrorCode,
} from '../../../../shared/referrals/parentsReview';
import type {
  ParentsReview,
  Referral,
  ReferralFeedback,
  ReferralRoute,
  ReferralStatus,
  SentVia,
} from '../../../../shared/referrals/referral';
import { err, ok, type Result } from '../../../../shared/result';
import { applyRouteEvent, otherReferralInProgress } from '../../records/caseRoute';
import { holidaysOf } from '../../referrals/holidays';
import type { AppSession } from '../../security/VaultProvider';
import type { ReferralSources } from './referralSources';

/** Why a change was not stored: the record is gone, consent does not allow it, or a rule refused. */
export type ReferralUpdateProblem =
  | { readonly code: 'missing' }
  | { readonly code: 'blocked' }
  | { readonly code: 'lifecycle'; readonly lifecycle: TransitionErrorCode }
  | { readonly code: 'feedback'; readonly feedback: FeedbackError['code'] }
  | { readonly code: 'parents-review'; readonly parentsReview: ParentsReviewErrorCode };

type Outcome = Promise<Result<void, ReferralUpdateProblem>>;
type Sources = Pick<ReferralSources, 'referral' | 'pupil'>;

function consentsOf(session: AppSession, pupilId: string) {
  return session.records.list('case.consent').filter((c) => c.pupilId === pupilId);
}

/** Reads the saved referral, lets `change` decide, stores what it returns. */
async function update(
  session: AppSession,
  referralId: string,
  change: (current: Referral) => Result<Referral, ReferralUpdateProblem>,
): Outcome {
  const current = session.records.get('case.referral', referralId);
  if (current === undefined) return err({ code: 'missing' });
  const next = change(current);
  if (!next.ok) return next;
  await session.records.put('case.referral', next.value);
  return ok(undefined);
}

/** The parents saw the draft (when, how, their reaction, the corrections); a concept only. */
export function recordReferralParentsReview(
  session: AppSession,
  sources: Sources,
  review: ParentsReview,
  today: IsoDate,
): Outcome {
  return update(session, sources.referral.id, (current) => {
    const next = recordParentsReview(current, review, today, new Date().toISOString());
    return next.ok ? next : err({ code: 'parents-review', parentsReview: next.error });
  });
}

/**
 * Marks the referral sent; call after the concept is flushed. The consent gate decides again
 * on the day of sending, and the lifecycle sets the expected contact and feedback dates from
 * the school's working-day terms. Without a recorded parents' review `withoutParentsReview`
 * says why (the lifecycle refuses otherwise).
 */
export async function sendReferral(
  session: AppSession,
  sources: Sources & Pick<ReferralSources, 'letterhead'>,
  date: IsoDate,
  via: SentVia,
  withoutParentsReview?: string,
): Outcome {
  const sent = await update(session, sources.referral.id, (current) => {
    if (
      !referralConsentGate(current, sources.pupil, consentsOf(session, sources.pupil.id), date)
        .allowed
    )
      return err({ code: 'blocked' });
    return lifecycle(
      transitionReferral(current, 'verstuurd', {
        date,
        sentVia: via,
        ...(withoutParentsReview === undefined ? {} : { withoutParentsReview }),
        contactWorkingDays: sources.letterhead.contactWorkingDays,
        feedbackWorkingDays: sources.letterhead.feedbackWorkingDays,
        holidays: holidaysOf(session),
        now: new Date().toISOString(),
      }),
    );
  });
  if (sent.ok)
    await applyRouteEvent(session, sources.referral.caseId, {
      cause: 'referral-sent',
      refId: sources.referral.id,
      date,
    });
  return sent;
}

/** A later status (in behandeling, afgerond, …) with its date and, where asked, the reason. */
export async function changeReferralStatus(
  session: AppSession,
  sources: Sources,
  change: { readonly status: ReferralStatus; readonly date: IsoDate; readonly reason?: string },
): Outcome {
  const changed = await update(session, sources.referral.id, (current) =>
    lifecycle(
      transitionReferral(current, change.status, {
        date: change.date,
        ...(change.reason === undefined ? {} : { reason: change.reason }),
        now: new Date().toISOString(),
      }),
    ),
  );
  const { caseId, id } = sources.referral;
  if (changed.ok && isReferralFinal(change.status))
    await applyRouteEvent(session, caseId, {
      cause: 'referral-closed',
      refId: id,
      date: change.date,
      otherReferralInProgress: otherReferralInProgress(session, caseId, id),
    });
  return changed;
}

/** Feedback that came back: recorded only with a "terugkoppeling ontvangen" consent on `today`. */
export function recordReferralFeedback(
  session: AppSession,
  sources: Sources,
  feedback: ReferralFeedback,
  today: IsoDate,
): Outcome {
  return update(session, sources.referral.id, (current) => {
    const next = recordFeedback(
      current,
      feedback,
      sources.pupil,
      consentsOf(session, sources.pupil.id),
      today,
    );
    return next.ok
      ? ok({ ...next.value, updatedAt: new Date().toISOString() })
      : err({ code: 'feedback', feedback: next.error.code });
  });
}

/** The family's other route (they went elsewhere, or declined). */
export function setReferralRoute(
  session: AppSession,
  sources: Sources,
  route: ReferralRoute,
): Outcome {
  return update(session, sources.referral.id, (current) =>
    ok({ ...current, route, updatedAt: new Date().toISOString() }),
  );
}

function lifecycle(
  next: ReturnType<typeof transitionReferral>,
): Result<Referral, ReferralUpdateProblem> {
  return next.ok ? next : err({ code: 'lifecycle', lifecycle: next.error.code });
}
