// Runs in: renderer.
//
// Why a letter cannot be drawn up, in words: a recipient that is gone from the list, a pupil
// without a parent with gezag to sign, or a picked item that no longer exists.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterProblem } from './referralSources';

export function useLetterProblemText(): (problem: LetterProblem) => string {
  const { t } = useTranslation();
  return useCallback(
    (problem: LetterProblem): string => {
      switch (problem.code) {
        case 'letter.no-recipient':
          return t('referrals.letterProblems.noRecipient');
        case 'letter.no-guardian-with-gezag':
          return t('referrals.letterProblems.noGuardian');
        case 'letter.unresolved-reference':
          return t('referrals.letterProblems.unresolved');
        default: {
          const never: never = problem;
          throw new Error(`unknown letter problem ${JSON.stringify(never)}`);
        }
      }
    },
    [t],
  );
}
