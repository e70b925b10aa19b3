// Runs in: Node (Vitest).
import { describe, expect, it } from 'vitest';
import { referralDraftErrors } from '../../../shared/referrals/draftChecks';
import { referral } from './builders';

describe('referralDraftErrors', () => {
  it('finds nothing missing in a complete concept', () => {
    expect(referralDraftErrors(referral(), true)).toEqual([]);
  });

  it('lists every missing field in the order of the wizard, whitespace counting as empty', () => {
    const empty = referral({
      dataCategories: [],
      composition: { ...referral().composition, reasonAndQuestion: '  ', askOfRecipient: '\n' },
    });
    expect(referralDraftErrors(empty, false)).toEqual([
      'recipient',
      'categories',
      'reasonAndQuestion',
      'askOfRecipient',
    ]);
  });
});
