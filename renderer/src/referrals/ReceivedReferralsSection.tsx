// Runs in: renderer.
//
// Ontvangen bestanden: the referrals this team received and kept (issue 15), newest first,
// each with its status, linking to its screen. Nothing is shown while there are none.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { receivedStatus } from '../../../shared/referrals/received';
import { hrefFor } from '../app/router';
import { receivedReferralRoute } from '../app/routes';
import { formatIsoDate } from '../i18n/dates';
import { useLanguage } from '../i18n/useLanguage';
import { useRecordList } from '../records/useRecords';
import { useSession } from '../security/VaultProvider';

export function ReceivedReferralsSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const received = useRecordList(session, 'referral.received');
  const sorted = useMemo(
    () => [...received].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)),
    [received],
  );
  if (sorted.length === 0) return null;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="received-referrals"
      sx={{ p: 2.5 }}
    >
      <Typography variant="h2" id="received-referrals">
        {t('received.list.title')}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {sorted.map((r) => (
          <Box component="li" key={r.id} sx={{ py: 1 }}>
            <Link href={hrefFor(receivedReferralRoute(r.id))} sx={{ fontWeight: 600 }}>
              {t('received.list.item', {
                pupil: r.package.letter.pupil.name,
                school: r.package.letter.school.name,
              })}
            </Link>
            <Typography variant="body2" color="text.secondary">
              {t('received.list.meta', {
                date: formatIsoDate(r.receivedOn, language),
                status: t(`received.statuses.${receivedStatus(r)}`),
              })}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
