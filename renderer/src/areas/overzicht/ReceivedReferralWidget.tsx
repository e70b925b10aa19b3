// Runs in: renderer.
//
// Overzicht on the waiting side (issue 15): received referrals whose contact term (five
// working days after receipt, holidays skipped) or plan term (six weeks after the intake)
// passed without the step recorded, each linking to its referral. Shown once any referral
// was received, also in a vault without pupils (a team that only receives).
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { todayIso } from '../../../../shared/domain/dates';
import { overdueReceived } from '../../../../shared/referrals/receivedLifecycle';
import { hrefFor } from '../../app/router';
import { receivedReferralRoute } from '../../app/routes';
import { formatIsoDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { useRecordList } from '../../records/useRecords';
import { useHolidays } from '../../referrals/holidays';
import { useSession } from '../../security/VaultProvider';
import { Widget } from './Widget';

export function ReceivedReferralWidget() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const received = useRecordList(session, 'referral.received');
  const holidays = useHolidays();
  if (received.length === 0) return null;
  const overdue = overdueReceived(received, todayIso(), holidays);
  const byId = new Map(received.map((r) => [r.id, r]));
  return (
    <Widget title={t('received.widget.title')} intro={t('received.widget.intro')}>
      {overdue.length === 0 ? (
        <Typography>{t('received.widget.none')}</Typography>
      ) : (
        <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {overdue.map((o) => {
            const letter = byId.get(o.receivedId)?.package.letter;
            return (
              <Box
                component="li"
                key={`${o.receivedId}-${o.kind}`}
                data-testid={`received-overdue-${o.kind}`}
              >
                <Link href={hrefFor(receivedReferralRoute(o.receivedId))} sx={{ fontWeight: 600 }}>
                  {t('received.widget.item', {
                    pupil: letter?.pupil.name ?? '',
                    school: letter?.school.name ?? '',
                  })}
                </Link>
                <Typography variant="body2" color="error.dark">
                  {t(o.kind === 'contact' ? 'received.widget.contact' : 'received.widget.plan', {
                    date: formatIsoDate(o.dueDate, language),
                    count: o.daysOverdue,
                  })}
                </Typography>
              </Box>
            );
          })}
        </Stack>
      )}
    </Widget>
  );
}
