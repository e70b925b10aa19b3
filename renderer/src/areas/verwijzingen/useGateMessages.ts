// Runs in: renderer.
//
// Turns every problem of the referral consent gate into one plain Dutch (or English)
// sentence that says exactly what is missing: which data, which attachment, which consent
// and why. Every code has a sentence (the switch is exhaustive).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../shared/domain/consent';
import type { Organisation } from '../../../../shared/domain/directory';
import type {
  AttachmentCandidate,
  ReferralGateProblem,
} from '../../../../shared/referrals/consentGate';
import { reasonMessage } from '../../consent/reasonText';
import { useConsentLabels } from '../../consent/useConsentLabels';

export function useGateMessages(
  recipientName: string,
  organisations: readonly Organisation[],
  consents: readonly Consent[],
  candidates: readonly AttachmentCandidate[],
): (problem: ReferralGateProblem) => string {
  const { t } = useTranslation();
  const labels = useConsentLabels(organisations, consents);
  return useCallback(
    (problem: ReferralGateProblem): string => {
      const attachmentName = (refId: string, documentName?: string): string =>
        documentName ??
        candidates.find((c) => c.refId === refId)?.label ??
        t('referrals.gate.unknownAttachment');
      switch (problem.code) {
        case 'referral.no-categories':
          return t('referrals.gate.problems.noCategories');
        case 'referral.category-not-covered':
          return t('referrals.gate.problems.categoryNotCovered', {
            category: labels.category(problem.category),
            recipient: recipientName,
          });
        case 'referral.attachment-not-covered':
          return t('referrals.gate.problems.attachmentNotCovered', {
            attachment: attachmentName(problem.attachment.refId),
            category: labels.category(problem.category),
            recipient: recipientName,
          });
        case 'referral.consent-invalid': {
          const reason = problem.reason;
          if (reason.code === 'no-consent-for-purpose')
            return t('referrals.gate.problems.noConsent', { recipient: recipientName });
          if (reason.code === 'wrong-recipient')
            return t('referrals.gate.problems.noConsent', { recipient: recipientName });
          const message = reasonMessage(reason, labels);
          return t(`directory.consent.reasons.${message.key}`, {
            ...message.values,
            defaultValue: '',
          });
        }
        case 'referral.document-consent-missing':
          return t('referrals.gate.problems.documentConsentMissing', {
            document: attachmentName(problem.attachment.refId, problem.attachment.documentName),
            recipient: recipientName,
          });
        default: {
          const never: never = problem;
          throw new Error(`unknown gate problem ${JSON.stringify(never)}`);
        }
      }
    },
    [t, labels, recipientName, candidates],
  );
}
