// Runs in: renderer.
//
// The referrals of this case: each with its recipient, status, dates and what is overdue
// (until resolved), a link to its screen, and "Nieuwe verwijzing" to start the wizard.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { sentDate } from '../../../../../../shared/referrals/lifecycle';
import { overdueReferrals } from '../../../../../../shared/referrals/overdue';
import { hrefFor, useHashRoute } from '../../../../app/router';
import { formatIsoDate } from '../../../../i18n/dates';
import { todayIso } from '../../../../../../shared/domain/dates';
import { useLanguage } from '../../../../i18n/useLanguage';
import { useRecordList } from '../../../../records/useRecords';
import { useSession } from '../../../../security/VaultProvider';
import { ReferralStatusChip } from '../../../../referrals/ReferralStatusChip';
import { NewReferralDialog } from './NewReferralDialog';

export function CaseReferralsTab({
  pupilId,
  caseId,
}: {
  readonly pupilId: string;
  readonly caseId: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const [, navigate] = useHashRoute();
  const all = useRecordList(session, 'case.referral');
  const organisations = useRecordList(session, 'directory.organisation');
  const pupils = useRecordList(session, 'pupil');
  const pupil = pupils.find((p) => p.id === pupilId);
  const [creating, setCreating] = useState(false);
  const referrals = all
    .filter((r) => r.caseId === caseId)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const today = todayIso();
  const overdue = overdueReferrals(referrals, today);
  const date = (d: string): string => formatIsoDate(d, language);
  const recipientName = (id: string): string =>
    organisations.find((o) => o.id === id)?.name ?? t('referrals.common.unknownRecipient');

  return (
    <Box>
      <Box
        sx={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          flexWrap: 'wrap',
          gap: 2,
          mb: 2,
        }}
      >
        <Box>
          <Typography variant="h2">{t('referrals.caseTab.title')}</Typography>
          <Typography color="text.secondary">{t('referrals.caseTab.intro')}</Typography>
        </Box>
        <Button
          variant="contained"
          startIcon={<AddIcon />}
          onClick={() => setCreating(true)}
          disabled={pupil === undefined}
        >
          {t('referrals.caseTab.new')}
        </Button>
      </Box>
      {referrals.length === 0 ? (
        <Typography>{t('referrals.caseTab.none')}</Typography>
      ) : (
        <Stack
          component="ul"
          spacing={1.5}
          aria-label={t('referrals.caseTab.listLabel')}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
        >
          {referrals.map((r) => {
            const sent = sentDate(r);
            const late = overdue.filter((o) => o.referralId === r.id);
            return (
              <Paper component="li" variant="outlined" key={r.id} sx={{ p: 2 }}>
                <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Link
                    href={hrefFor({ area: 'verwijzingen', path: [r.id] })}
                    sx={{ fontWeight: 600 }}
                  >
                    {t('referrals.caseTab.item', {
                      recipient: recipientName(r.recipientOrganisationId),
                    })}
                  </Link>
                  <ReferralStatusChip status={r.status} />
                </Box>
                <Typography variant="body2" color="text.secondary">
                  {sent === undefined
                    ? t('referrals.caseTab.concept', { date: date(r.history[0]?.date ?? today) })
                    : t('referrals.list.sentOn', { date: date(sent) })}
                  {r.expectedContactDate !== undefined && r.status === 'verstuurd'
                    ? ` · ${t('referrals.caseTab.contactBy', { date: date(r.expectedContactDate) })}`
                    : ''}
                  {r.route === undefined
                    ? ''
                    : ` · ${t('referrals.caseTab.route', { route: t(`referrals.routes.${r.route.kind}`) })}`}
                  {r.feedback.length === 0
                    ? ''
                    : ` · ${t('referrals.caseTab.feedbackCount', { count: r.feedback.length })}`}
                </Typography>
                {late.map((o) => (
                  <Alert key={o.kind} severity="warning" sx={{ mt: 1 }}>
                    {t(
                      o.kind === 'contact'
                        ? 'referrals.overdue.contact'
                        : 'referrals.overdue.feedback',
                      {
                        date: date(o.dueDate),
                        count: o.daysOverdue,
                        recipient: recipientName(r.recipientOrganisationId),
                      },
                    )}
                  </Alert>
                ))}
              </Paper>
            );
          })}
        </Stack>
      )}
      {creating && pupil !== undefined ? (
        <NewReferralDialog
          session={session}
          pupil={pupil}
          caseId={caseId}
          organisations={organisations}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate({ area: 'verwijzingen', path: [id] });
          }}
        />
      ) : null}
    </Box>
  );
}
