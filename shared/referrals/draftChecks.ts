// Runs in: any environment.
//
// What a referral concept still lacks before its letter can be made or it can be sent: a
// known recipient, at least one data category, the reason and question, and what is asked
// of the recipient. The wizard shows these as field errors, in this order, and moves focus
// to the first.
import type { Referral } from './referral';

export const REFERRAL_DRAFT_FIELDS = [
  'recipient',
  'categories',
  'reasonAndQuestion',
  'askOfRecipient',
] as const;
export type ReferralDraftField = (typeof REFERRAL_DRAFT_FIELDS)[number];

/** The fields still missing, in the order of the wizard. */
export function referralDraftErrors(
  draft: Pick<Referral, 'dataCategories' | 'composition'>,
  recipientKnown: boolean,
): ReferralDraftField[] {
  const errors: ReferralDraftField[] = [];
  if (!recipientKnown) errors.push('recipient');
  if (draft.dataCategories.length === 0) errors.push('categories');
  if (draft.composition.reasonAndQuestion.trim() === '') errors.push('reasonAndQuestion');
  if (draft.composition.askOfRecipient.trim() === '') errors.push('askOfRecipient');
  return errors;
}
