// Runs in: renderer.
//
// A referral after it was sent: how far it is (every status with its date), when contact and
// feedback are expected and whether they are overdue, whether the parents saw the draft (or
// why it was sent without), the feedback that came back (recorded
// only with a "terugkoppeling ontvangen" consent; otherwise the screen says so and offers to
// record one), the family's other route, and the letter again (the gate decides anew, so a
// withdrawal blocks it; what was sent stays recorded as sent).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import { type IsoDate, todayIso } from '../../../../shared/domain/dates';
import {
  feedbackConsentDecision,
  FEEDBACK_CONSENT_CATEGORIES,
} from '../../../../shared/referrals/feedback';
import { sentDate } from '../../../../shared/referrals/lifecycle';
import type {
  ReferralFeedback,
  ReferralRoute,
  ReferralStatus,
} from '../../../../shared/referrals/referral';
import type { Result } from '../../../../shared/result';
import { RecordConsentDialog } from '../../consent/RecordConsentDialog';
import { formatIsoDate } from '../../i18n/dates';
import { useConsentLabels } from '../../consent/useConsentLabels';
import { useLanguage } from '../../i18n/useLanguage';
import type { AppSession } from '../../security/VaultProvider';
import { FeedbackDialog, RouteDialog, StatusDialog } from './FollowUpDialogs';
import type { ReferralSources } from './referralSources';
import {
  changeReferralStatus,
  recordReferralFeedback,
  setReferralRoute,
  type ReferralUpdateProblem,
} from './referralUpdates';
import { ReferralFeedbackSection } from './ReferralFeedbackSection';
import { ReferralLettersSection, ReferralRouteSection } from './ReferralLettersSection';
import { ParentsReviewSummary } from './ParentsReviewSummary';
import { ReferralProgressSection } from './ReferralProgressSection';
import { WizardSection } from './WizardSection';
import { useReferralUpdateProblemText } from './useReferralUpdateProblemText';

type Open = 'status' | 'feedback' | 'route' | 'consent' | null;

export function ReferralFollowUp({
  session,
  sources,
}: {
  readonly session: AppSession;
  readonly sources: ReferralSources;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const today = todayIso();
  const [open, setOpen] = useState<Open>(null);
  const { referral, pupil } = sources;
  const recipientName = sources.recipient?.name ?? t('referrals.common.unknownRecipient');
  const date = (d: IsoDate): string => formatIsoDate(d, language);
  const labels = useConsentLabels(sources.organisations, sources.consents);
  const problemText = useReferralUpdateProblemText();
  const sent = sentDate(referral) ?? today;
  const last = referral.history.at(-1)?.date ?? sent;
  /** Closes the dialog once stored; otherwise the dialog shows why not. */
  const closeOrExplain = async (
    outcome: Promise<Result<void, ReferralUpdateProblem>>,
  ): Promise<string | null> => {
    const stored = await outcome;
    if (!stored.ok) return problemText(stored.error);
    setOpen(null);
    return null;
  };
  const saveStatus = (change: { status: ReferralStatus; date: IsoDate; reason?: string }) =>
    closeOrExplain(changeReferralStatus(session, sources, change));
  const saveFeedback = (feedback: ReferralFeedback) =>
    closeOrExplain(recordReferralFeedback(session, sources, feedback, today));
  const saveRoute = (route: ReferralRoute) =>
    closeOrExplain(setReferralRoute(session, sources, route));

  return (
    <Stack spacing={3}>
      <ReferralProgressSection
        referral={referral}
        recipientName={recipientName}
        today={today}
        date={date}
        onChangeStatus={() => setOpen('status')}
      />

      <WizardSection title={t('referrals.parentsReview.title')} testId="parents-review">
        <ParentsReviewSummary referral={referral} date={date} />
      </WizardSection>

      <ReferralFeedbackSection
        referral={referral}
        recipientName={recipientName}
        feedbackConsent={feedbackConsentDecision(referral, pupil, sources.consents, today)}
        labels={labels}
        date={date}
        onAddFeedback={() => setOpen('feedback')}
        onRecordConsent={() => setOpen('consent')}
      />

      <ReferralRouteSection
        referral={referral}
        date={date}
        onChangeRoute={() => setOpen('route')}
      />

      <ReferralLettersSection session={session} sources={sources} sent={sent} date={date} />

      {open === 'status' ? (
        <StatusDialog
          current={referral.status}
          earliest={last}
          today={today}
          onClose={() => setOpen(null)}
          onSave={saveStatus}
        />
      ) : null}
      {open === 'feedback' ? (
        <FeedbackDialog
          earliest={sent}
          today={today}
          recipientName={recipientName}
          onClose={() => setOpen(null)}
          onSave={saveFeedback}
        />
      ) : null}
      {open === 'route' ? (
        <RouteDialog today={today} onClose={() => setOpen(null)} onSave={saveRoute} />
      ) : null}
      {open === 'consent' ? (
        <RecordConsentDialog
          session={session}
          caseId={referral.caseId}
          pupil={pupil}
          organisations={sources.organisations}
          initialScope={{
            purpose: 'terugkoppeling-ontvangen',
            meetingKinds: [],
            recipientId: referral.recipientOrganisationId,
            documentName: '',
            categories: [...FEEDBACK_CONSENT_CATEGORIES],
          }}
          onClose={() => setOpen(null)}
          onSaved={() => setOpen(null)}
        />
      ) : null}
    </Stack>
  );
}
