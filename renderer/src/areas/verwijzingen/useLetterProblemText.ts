// Runs in: renderer.
//
// Why a letter cannot be drawn up, in words: a recipient that is gone from the list, a pupil
// without a parent with gezag to sign, a picked item that no longer exists, or a meldcode
// part whose basis does not hold.
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
        case 'meldcode-part.track-missing':
          return t('meldcode.referralPart.problems.trackMissing');
        case 'meldcode-part.no-decision':
          return t('meldcode.referralPart.problems.noDecision');
        case 'meldcode-part.no-basis':
          return t('meldcode.referralPart.problems.noBasis');
        case 'meldcode-part.motivation-required':
          return t('meldcode.referralPart.problems.motivationRequired');
        case 'meldcode-part.consent-missing':
          return t('meldcode.referralPart.problems.consentMissing');
        case 'meldcode-part.consent-invalid':
          return t('meldcode.referralPart.problems.consentInvalid');
        default: {
          const never: never = problem;
          throw new Error(`unknown letter problem ${JSON.stringify(never)}`);
        }
      }
    },
    [t],
  );
}
