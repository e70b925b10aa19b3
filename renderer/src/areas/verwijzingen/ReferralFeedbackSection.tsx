// Runs in: renderer.
//
// The feedback (terugkoppeling) that came back on a referral. It is recorded only with a
// "terugkoppeling ontvangen" consent for the recipient; without one the section says so, with
// the consent check's reasons, and offers to record that consent.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ConsentDecision } from '../../../../shared/domain/consentEvaluation';
import type { IsoDate } from '../../../../shared/domain/dates';
import type { Referral } from '../../../../shared/referrals/referral';
import { furtherReasons } from '../../consent/reasonText';
import type { ConsentLabels } from '../../consent/useConsentLabels';
import { WizardSection } from './WizardSection';

export function ReferralFeedbackSection({
  referral,
  recipientName,
  feedbackConsent,
  labels,
  date,
  onAddFeedback,
  onRecordConsent,
}: {
  readonly referral: Referral;
  readonly recipientName: string;
  readonly feedbackConsent: ConsentDecision;
  readonly labels: ConsentLabels;
  /** A date as the user reads it. */
  readonly date: (d: IsoDate) => string;
  readonly onAddFeedback: () => void;
  readonly onRecordConsent: () => void;
}) {
  const { t } = useTranslation();
  return (
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
        <Button variant="outlined" onClick={onAddFeedback}>
          {t('referrals.feedback.add')}
        </Button>
      ) : (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={onRecordConsent}>
              {t('referrals.feedback.recordConsent')}
            </Button>
          }
        >
          {t('referrals.feedback.noConsent', { recipient: recipientName })}{' '}
          {furtherReasons(feedbackConsent.reasons, labels, (m) =>
            t(`directory.consent.reasons.${m.key}`, { ...m.values, defaultValue: '' }),
          )}
        </Alert>
      )}
    </WizardSection>
  );
}
