// Runs in: renderer.
//
// Marking a referral "verstuurd", apart from the wizard so the screen only asks and reports.
// The consent gate decides again on the day of sending, on the record as saved (not on what
// the screen last rendered), and the lifecycle sets the expected contact and feedback dates
// from the school's working-day terms.
import type { IsoDate } from '../../../../shared/domain/dates';
import { referralConsentGate } from '../../../../shared/referrals/consentGate';
import { transitionReferral, type TransitionErrorCode } from '../../../../shared/referrals/lifecycle';
import type { SentVia } from '../../../../shared/referrals/referral';
import { err, ok, type Result } from '../../../../shared/result';
import type { AppSession } from '../../security/VaultProvider';
import type { ReferralSources } from './referralSources';

/** Why sending did not happen: the record is gone, consent does not allow it, or the lifecycle refused. */
export type SendProblem = { readonly code: 'missing' } | { readonly code: 'blocked' } | { readonly code: 'lifecycle'; readonly lifecycle: TransitionErrorCode };

/** Call after the concept is flushed: reads the saved referral, asks the gate, stores the sent state. */
export async function sendReferral(
  session: AppSession,
  sources: Pick<ReferralSources, 'referral' | 'pupil' | 'letterhead'>,
  date: IsoDate,
  via: SentVia,
): Promise<Result<void, SendProblem>> {
  const current = session.records.get('case.referral', sources.referral.id);
  if (current === undefined) return err({ code: 'missing' });
  const consents = session.records.list('case.consent').filter((c) => c.pupilId === sources.pupil.id);
  const gate = referralConsentGate(current, sources.pupil, consents, date);
  if (!gate.allowed) return err({ code: 'blocked' });
  const next = transitionReferral(current, 'verstuurd', {
    date,
    sentVia: via,
    contactWorkingDays: sources.letterhead.contactWorkingDays,
    feedbackWorkingDays: sources.letterhead.feedbackWorkingDays,
    now: new Date().toISOString(),
  });
  if (!next.ok) return err({ code: 'lifecycle', lifecycle: next.error.code });
  await session.records.put('case.referral', next.value);
  return ok(undefined);
}
