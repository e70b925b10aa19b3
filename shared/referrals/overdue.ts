// Runs in: any environment.
//
// Feedback is "the best-documented failure" of the chain (brief §6). This finds the referrals
// the dashboard and the case must flag: no contact by the expected contact date, and no
// feedback by the expected feedback date, until resolved.
import { compareIsoDates, daysBetween, type IsoDate } from '../domain/dates';
import type { Referral, ReferralStatus } from './referral';

export interface OverdueReferral {
  readonly referralId: string;
  readonly caseId: string;
  readonly kind: 'contact' | 'feedback';
  readonly dueDate: IsoDate;
  /** Calendar days since the due date (>= 1). */
  readonly daysOverdue: number;
}

/** Statuses that mean the recipient made contact (or the referral ended). */
const CONTACT_RESOLVED: readonly ReferralStatus[] = [
  'contact-opgenomen',
  'intake-gedaan',
  'hulp-gestart',
  'afgesloten',
  'teruggestuurd',
];
/** Statuses that end the wait for feedback even without a feedback entry. */
const FEEDBACK_ENDED: readonly ReferralStatus[] = ['afgesloten', 'teruggestuurd'];

/**
 * Overdue items on `today`, contact before feedback, then by due date. Overdue means the
 * due date has passed (today is after it). Concept referrals are never overdue.
 */
export function overdueReferrals(
  referrals: readonly Referral[],
  today: IsoDate,
): OverdueReferral[] {
  const out: OverdueReferral[] = [];
  for (const r of referrals) {
    if (!r.history.some((h) => h.status === 'verstuurd')) continue;
    const reached = new Set(r.history.map((h) => h.status));
    const item = (kind: OverdueReferral['kind'], dueDate: IsoDate): OverdueReferral => ({
      referralId: r.id,
      caseId: r.caseId,
      kind,
      dueDate,
      daysOverdue: daysBetween(dueDate, today),
    });
    if (
      r.expectedContactDate !== undefined &&
      compareIsoDates(today, r.expectedContactDate) > 0 &&
      !CONTACT_RESOLVED.some((s) => reached.has(s))
    ) {
      out.push(item('contact', r.expectedContactDate));
    }
    if (
      r.expectedFeedbackDate !== undefined &&
      compareIsoDates(today, r.expectedFeedbackDate) > 0 &&
      r.feedback.length === 0 &&
      !FEEDBACK_ENDED.includes(r.status)
    ) {
      out.push(item('feedback', r.expectedFeedbackDate));
    }
  }
  return out.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'contact' ? -1 : 1) ||
      compareIsoDates(a.dueDate, b.dueDate) ||
      (a.referralId < b.referralId ? -1 : 1),
  );
}
