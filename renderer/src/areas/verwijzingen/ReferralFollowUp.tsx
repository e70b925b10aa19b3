// Runs in: renderer.
//
// A referral after it was sent: how far it is (every status with its date), when contact and
// feedback are expected and whether they are overdue, the feedback that came back (recorded
// only with a "terugkoppeling ontvangen" consent; otherwise the screen says so and offers to
// record one), the family's other route, and the letter again (the gate decides anew, so a
// withdrawal blocks it; what was sent stays recorded as sent).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { evaluateConsent } from '../../../../shared/domain/consentEvaluation';
import { type IsoDate, todayIso } from '../../../../shared/domain/dates';
import { REFERRAL_TRANSITIONS, sentDate } from '../../../../shared/referrals/lifecycle';
import { overdueReferrals } from '../../../../shared/referrals/overdue';
import type {
  ReferralFeedback,
  ReferralRoute,
  ReferralStatus,
} from '../../../../shared/referrals/referral';
import type { Result } from '../../../../shared/result';
import { RecordConsentDialog } from '../../consent/RecordConsentDialog';
import { formatIsoDate } from '../../i18n/dates';
import { reasonMessage } from '../../consent/reasonText';
import { useConsentLabels } from '../../consent/useConsentLabels';
import { useLanguage } from '../../i18n/useLanguage';
import type { AppSession } from '../../security/VaultProvider';
import { ExportActions } from './ExportActions';
import { FeedbackDialog, RouteDialog, StatusDialog } from './FollowUpDialogs';
import { LetterPreview } from '../../referrals/LetterPreview';
import { letterContentFor, type ReferralSources } from './referralSources';
import {
  changeReferralStatus,
  recordReferralFeedback,
  setReferralRoute,
  type ReferralUpdateProblem,
} from './referralUpdates';
import { useLetterProblemText } from './useLetterProblemText';
import { useReferralUpdateProblemText } from './useReferralUpdateProblemText';
import { WizardSection } from './WizardSection';

type Open = 'status' | 'feedback' | 'route' | 'consent' | null;

const LETTER_KEYS = {
  recipient: 'referrals.followUp.letterRecipient',
  parents: 'referrals.followUp.letterParents',
  package: 'referrals.followUp.letterPackage',
} as const;

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
  const letterProblemText = useLetterProblemText();
  const problemText = useReferralUpdateProblemText();
  const sent = sentDate(referral) ?? today;
  const last = referral.history.at(-1)?.date ?? sent;
  const overdue = overdueReferrals([referral], today);
  const content = letterContentFor(session, sources, sent);
  const feedbackConsent = evaluateConsent(
    {
      purpose: 'terugkoppeling-ontvangen',
      recipientOrganisationId: referral.recipientOrganisationId,
      categories: ['zorgsignaal-en-hulpvraag'],
      onDate: today,
    },
    pupil,
    sources.consents,
  );
  const final = REFERRAL_TRANSITIONS[referral.status].length === 0;

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
      <WizardSection title={t('referrals.followUp.progressTitle')} testId="referral-progress">
        {overdue.length > 0 ? (
          <Stack spacing={1} sx={{ mb: 2 }}>
            {overdue.map((o) => (
              <Alert key={o.kind} severity="warning">
                {t(
                  o.kind === 'contact' ? 'referrals.overdue.contact' : 'referrals.overdue.feedback',
                  { date: date(o.dueDate), count: o.daysOverdue, recipient: recipientName },
                )}
              </Alert>
            ))}
          </Stack>
        ) : null}
        <Box
          component="ol"
          aria-label={t('referrals.followUp.historyLabel')}
          sx={{ m: 0, pl: 2.5, mb: 2 }}
        >
          {referral.history.map((h, index) => (
            <li key={index}>
              <Typography>
                {t('referrals.followUp.historyItem', {
                  status: t(`referrals.statuses.${h.status}`),
                  date: date(h.date),
                })}
                {h.status === 'verstuurd' && referral.sentVia !== undefined
                  ? ` (${t(`referrals.sentVia.${referral.sentVia}`)})`
                  : ''}
                {h.reason === undefined
                  ? ''
                  : ` – ${t('referrals.followUp.reason', { reason: h.reason })}`}
              </Typography>
            </li>
          ))}
        </Box>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: '260px 1fr' },
            rowGap: 0.5,
            m: 0,
            mb: 2,
          }}
        >
          {referral.expectedContactDate === undefined ? null : (
            <>
              <Typography component="dt" sx={{ fontWeight: 600 }}>
                {t('referrals.followUp.expectedContact')}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {date(referral.expectedContactDate)}
              </Typography>
            </>
          )}
          {referral.expectedFeedbackDate === undefined ? null : (
            <>
              <Typography component="dt" sx={{ fontWeight: 600 }}>
                {t('referrals.followUp.expectedFeedback')}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {date(referral.expectedFeedbackDate)}
              </Typography>
            </>
          )}
        </Box>
        {final ? (
          <Typography color="text.secondary">{t('referrals.followUp.final')}</Typography>
        ) : (
          <Button variant="contained" onClick={() => setOpen('status')}>
            {t('referrals.status.open')}
          </Button>
        )}
      </WizardSection>

      <WizardSection title={t('referrals.feedback.title')} intro={t('referrals.feedback.intro')}>
        {referral.feedback.length === 0 ? (
          <Typography sx={{ mb: 2 }}>{t('referrals.feedback.none')}</Typography>
        ) : (
          <Stack
            component="ul"
            spacing={1.5}
            aria-label={t('referrals.feedback.listLabel')}
            sx={{ listStyle: 'none', p: 0, m: 0, mb: 2 }}
          >
            {referral.feedback.map((f, index) => (
              <Box
                component="li"
                key={index}
                sx={{ borderLeft: 3, borderColor: 'primary.main', pl: 1.5 }}
              >
                <Typography sx={{ fontWeight: 600 }}>
                  {t('referrals.feedback.item', { date: date(f.date), from: f.from })}
                </Typography>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{f.text}</Typography>
              </Box>
            ))}
          </Stack>
        )}
        {feedbackConsent.allowed ? (
          <Button variant="outlined" onClick={() => setOpen('feedback')}>
            {t('referrals.feedback.add')}
          </Button>
        ) : (
          <Alert
            severity="info"
            action={
              <Button color="inherit" size="small" onClick={() => setOpen('consent')}>
                {t('referrals.feedback.recordConsent')}
              </Button>
            }
          >
            {t('referrals.feedback.noConsent', { recipient: recipientName })}{' '}
            {feedbackConsent.reasons
              .filter((r) => r.code !== 'no-consent-for-purpose' && r.code !== 'wrong-recipient')
              .map((r) => {
                const m = reasonMessage(r, labels);
                return t(`directory.consent.reasons.${m.key}`, { ...m.values, defaultValue: '' });
              })
              .join(' ')}
          </Alert>
        )}
      </WizardSection>

      <WizardSection title={t('referrals.route.sectionTitle')} intro={t('referrals.route.intro')}>
        {referral.route === undefined ? null : (
          <Typography sx={{ mb: 2 }}>
            {t('referrals.route.recorded', {
              route: t(`referrals.routes.${referral.route.kind}`),
              date: date(referral.route.date),
            })}
            {referral.route.note === undefined ? '' : ` ${referral.route.note}`}
          </Typography>
        )}
        <Button variant="outlined" onClick={() => setOpen('route')}>
          {referral.route === undefined ? t('referrals.route.add') : t('referrals.route.change')}
        </Button>
      </WizardSection>

      <WizardSection
        title={t('referrals.followUp.lettersTitle')}
        intro={t('referrals.followUp.lettersIntro')}
      >
        {(referral.letters ?? []).length === 0 ? null : (
          <Box
            component="ul"
            aria-label={t('referrals.followUp.lettersLabel')}
            sx={{ m: 0, pl: 2.5, mb: 2 }}
          >
            {(referral.letters ?? []).map((l) => (
              <li key={l.documentId}>
                <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
                  {t(LETTER_KEYS[l.variant], {
                    date: date(l.date),
                    documentId: l.documentId,
                    fingerprint: l.fingerprint,
                  })}
                </Typography>
              </li>
            ))}
          </Box>
        )}
        <ExportActions session={session} sources={sources} />
        <Typography variant="h3" sx={{ mt: 3, mb: 1.5 }}>
          {t('referrals.preview.title')}
        </Typography>
        {content.ok ? (
          <LetterPreview
            content={content.value}
            variant="recipient"
            logo={sources.letterhead.logo}
          />
        ) : (
          <Alert severity="warning">{letterProblemText(content.error)}</Alert>
        )}
      </WizardSection>

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
            categories: ['zorgsignaal-en-hulpvraag'],
          }}
          onClose={() => setOpen(null)}
          onSaved={() => setOpen(null)}
        />
      ) : null}
    </Stack>
  );
}
