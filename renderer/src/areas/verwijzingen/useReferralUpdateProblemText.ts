// Runs in: renderer.
//
// Why a change to a referral was not stored, in words (referralUpdates.ts says when).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralUpdateProblem } from './referralUpdates';

export function useReferralUpdateProblemText(): (problem: ReferralUpdateProblem) => string {
  const { t } = useTranslation();
  return useCallback(
    (problem: ReferralUpdateProblem): string => {
      switch (problem.code) {
        case 'missing':
          return t('referrals.common.saveFailed');
        case 'blocked':
          return t('referrals.send.blocked');
        case 'lifecycle':
          return t(`referrals.lifecycle.errors.${problem.lifecycle}`);
        case 'feedback':
          return t(`referrals.feedback.errors.${problem.feedback}`);
        case 'parents-review':
          return t(`referrals.parentsReview.errors.${problem.parentsReview}`);
        default: {
          const never: never = problem;
          throw new Error(`unknown referral update problem ${JSON.stringify(never)}`);
        }
      }
    },
    [t],
  );
}
