// Runs in: renderer.
//
// The element ids of the wizard's required fields, shared by the steps that render them and
// the wizard that moves focus to the first one still missing.
import type { ReferralDraftField } from '../../../../shared/referrals/draftChecks';

export const REFERRAL_FIELD_IDS: Readonly<Record<ReferralDraftField, string>> = {
  recipient: 'referral-recipient',
  categories: 'referral-categories',
  reasonAndQuestion: 'referral-reason',
  askOfRecipient: 'referral-ask',
};
