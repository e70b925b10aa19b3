// Runs in: renderer.
//
// Overzicht: referrals that are overdue, contact first, then feedback ("the best-documented
// failure", brief §6), each linking to its referral, until contact or feedback is recorded
// or the referral is closed. Shown once any referral has been sent.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { displayName } from '../../../../shared/domain/pupil';
import { wasSent } from '../../../../shared/referrals/lifecycle';
import { overdueReferrals } from '../../../../shared/referrals/overdue';
import { hrefFor } from '../../app/router';
import { formatIsoDate } from '../../i18n/dates';
import { todayIso } from '../../../../shared/domain/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { useRecordList } from '../../records/useRecords';
import { useSession } from '../../security/VaultProvider';
import { Widget } from './Widget';

export function ReferralWidgets() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const referrals = useRecordList(session, 'case.referral');
  const pupils = useRecordList(session, 'pupil');
  const organisations = useRecordList(session, 'directory.organisation');
  if (!referrals.some(wasSent)) return null;
  const overdue = overdueReferrals(referrals, todayIso());
  const byId = new Map(referrals.map((r) => [r.id, r]));
  return (
    <Widget title={t('referrals.widget.title')} intro={t('referrals.widget.intro')}>
      {overdue.length === 0 ? (
        <Typography>{t('referrals.widget.none')}</Typography>
      ) : (
        <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {overdue.map((o) => {
            const referral = byId.get(o.referralId);
            const pupil = pupils.find((p) => p.id === referral?.pupilId);
            const recipient =
              organisations.find((org) => org.id === referral?.recipientOrganisationId)?.name ??
              t('referrals.common.unknownRecipient');
            return (
              <Box
                component="li"
                key={`${o.referralId}-${o.kind}`}
                data-testid={`overdue-${o.kind}`}
              >
                <Link
                  href={hrefFor({ area: 'verwijzingen', path: [o.referralId] })}
                  sx={{ fontWeight: 600 }}
                >
                  {t('referrals.widget.item', {
                    name:
                      pupil === undefined ? t('referrals.common.unknownPupil') : displayName(pupil),
                    recipient,
                  })}
                </Link>
                <Typography variant="body2" color="error.dark">
                  {t(
                    o.kind === 'contact'
                      ? 'referrals.overdue.contactShort'
                      : 'referrals.overdue.feedbackShort',
                    { date: formatIsoDate(o.dueDate, language), count: o.daysOverdue },
                  )}
                </Typography>
              </Box>
            );
          })}
        </Stack>
      )}
    </Widget>
  );
}
