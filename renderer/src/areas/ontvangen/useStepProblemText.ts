// Runs in: renderer.
//
// Why a step of a received referral was not stored, in words that say what to do
// (receivedReferrals.ts recordStep says when).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';
import type { StepProblem } from '../../referrals/receivedReferrals';

export function useStepProblemText(): (problem: StepProblem) => string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useCallback(
    (problem: StepProblem): string => {
      switch (problem.code) {
        case 'missing':
        case 'received.invalid-step':
          return t('received.step.saveFailed');
        case 'received.final':
          return t('received.errors.final');
        case 'received.out-of-order':
          return t('received.errors.outOfOrder', {
            allowed: problem.allowed.map((s) => t(`received.statuses.${s}`)).join(', '),
          });
        case 'received.before-receipt':
          return t('received.errors.beforeReceipt', {
            date: formatIsoDate(problem.receivedOn, language),
          });
        case 'received.before-previous':
          return t('received.errors.beforePrevious', {
            date: formatIsoDate(problem.previous, language),
          });
        case 'received.in-future':
          return t('received.errors.inFuture');
        default: {
          const never: never = problem;
          throw new Error(`unknown step problem ${JSON.stringify(never)}`);
        }
      }
    },
    [t, language],
  );
}
