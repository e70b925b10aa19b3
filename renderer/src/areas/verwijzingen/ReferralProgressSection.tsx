// Runs in: renderer.
//
// How far a sent referral is: a warning for each overdue contact or feedback, every status
// with its date (and how it was sent, and why it moved), when contact and feedback are
// expected, and the button to record the next status (none once the referral is final).
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { IsoDate } from '../../../../shared/domain/dates';
import { REFERRAL_TRANSITIONS } from '../../../../shared/referrals/lifecycle';
import { overdueReferrals } from '../../../../shared/referrals/overdue';
import type { Referral } from '../../../../shared/referrals/referral';
import { WizardSection } from './WizardSection';

export function ReferralProgressSection({
  referral,
  recipientName,
  today,
  date,
  onChangeStatus,
}: {
  readonly referral: Referral;
  readonly recipientName: string;
  readonly today: IsoDate;
  /** A date as the user reads it. */
  readonly date: (d: IsoDate) => string;
  readonly onChangeStatus: () => void;
}) {
  const { t } = useTranslation();
  const overdue = overdueReferrals([referral], today);
  const final = REFERRAL_TRANSITIONS[referral.status].length === 0;
  return (
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
        <Button variant="contained" onClick={onChangeStatus}>
          {t('referrals.status.open')}
        </Button>
      )}
    </WizardSection>
  );
}
