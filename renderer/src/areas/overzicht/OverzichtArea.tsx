// Runs in: renderer.
//
// Overzicht: the start screen. Without pupils it explains what will appear and where to
// start; with records it shows what needs attention across all cases: the backup reminder,
// open cases per status and consents that run out within 30 days.
import { useTranslation } from 'react-i18next';
import DashboardOutlinedIcon from '@mui/icons-material/DashboardOutlined';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { displayName } from '../../../../shared/domain/pupil';
import { hrefFor } from '../../app/router';
import { AreaPage } from '../../components/AreaPage';
import { EmptyState } from '../../components/EmptyState';
import { todayIso } from '../../../../shared/domain/dates';
import { useRecordList } from '../../records/useRecords';
import { formatDate, formatIsoDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { BackupReminder } from '../../security/settings/BackupReminder';
import { useSession } from '../../security/VaultProvider';
import { VISUALLY_HIDDEN_CLASS } from '../../theme';
import {
  expiringConsentsForDashboard,
  openCasesByStatus,
} from '../../../../shared/domain/dashboardData';
import { MeetingWidgets } from './MeetingWidgets';
import { MeldcodeWidget } from './MeldcodeWidget';
import { ReceivedReferralWidget } from './ReceivedReferralWidget';
import { ReferralWidgets } from './ReferralWidgets';
import { Widget } from './Widget';

function CasesWidget() {
  const { t } = useTranslation();
  const session = useSession();
  const cases = useRecordList(session, 'case');
  const { counts, total } = openCasesByStatus(cases);
  const list = hrefFor({ area: 'leerlingen' });
  return (
    <Widget title={t('dashboard.cases.title')} intro={t('dashboard.cases.intro')}>
      {total === 0 ? (
        <Typography>{t('dashboard.cases.none')}</Typography>
      ) : (
        <>
          <Typography sx={{ fontWeight: 600, mb: 1 }}>
            {t('dashboard.cases.total', { count: total })}
          </Typography>
          <Box
            component="ul"
            sx={{
              listStyle: 'none',
              p: 0,
              m: 0,
              display: 'grid',
              gap: 1,
              gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' },
            }}
          >
            {counts.map(({ status, count }) => (
              <Box component="li" key={status}>
                <Link
                  href={list}
                  underline="hover"
                  sx={{
                    display: 'block',
                    border: 1,
                    borderColor: 'divider',
                    borderRadius: 2,
                    p: 2,
                  }}
                  data-testid={`cases-${status}`}
                >
                  <Typography
                    component="span"
                    sx={{ display: 'block', fontSize: '2rem', fontWeight: 700, lineHeight: 1.2 }}
                    aria-hidden
                  >
                    {count}
                  </Typography>
                  <Typography component="span" sx={{ display: 'block' }} aria-hidden>
                    {t(`dashboard.cases.statuses.${status}`)}
                  </Typography>
                  <span className={VISUALLY_HIDDEN_CLASS}>
                    {t('dashboard.cases.statusCount', {
                      status: t(`dashboard.cases.statuses.${status}`),
                      count,
                    })}
                  </span>
                </Link>
              </Box>
            ))}
          </Box>
        </>
      )}
      <Box sx={{ mt: 2 }}>
        <Link href={list}>{t('dashboard.cases.toList')}</Link>
      </Box>
    </Widget>
  );
}

function ExpiringConsentsWidget() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const consents = useRecordList(session, 'case.consent');
  const cases = useRecordList(session, 'case');
  const pupils = useRecordList(session, 'pupil');
  const expiring = expiringConsentsForDashboard(consents, cases, todayIso());
  const nameOf = (pupilId: string): string => {
    const pupil = pupils.find((p) => p.id === pupilId);
    return pupil === undefined ? t('dashboard.consents.unknownPupil') : displayName(pupil);
  };
  return (
    <Widget title={t('dashboard.consents.title')} intro={t('dashboard.consents.intro')}>
      {expiring.length === 0 ? (
        <Typography>{t('dashboard.consents.none')}</Typography>
      ) : (
        <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {expiring.map(({ consent, daysLeft }) => {
            const until = formatIsoDate(consent.validUntil, language);
            return (
              <Box component="li" key={consent.id}>
                <Link
                  href={hrefFor({
                    area: 'leerlingen',
                    path: [consent.pupilId, 'dossier', consent.caseId],
                  })}
                  sx={{ fontWeight: 600 }}
                >
                  {t('dashboard.consents.item', {
                    name: nameOf(consent.pupilId),
                    purpose: t(`directory.consent.purposes.${consent.purpose}`),
                  })}
                  {consent.recipientOrganisationName !== undefined
                    ? ` ${t('dashboard.consents.recipient', { recipient: consent.recipientOrganisationName })}`
                    : ''}
                </Link>
                <Typography variant="body2" color={daysLeft <= 7 ? 'error.dark' : 'text.secondary'}>
                  {daysLeft === 0
                    ? t('dashboard.consents.lastDay', { date: until })
                    : t('dashboard.consents.daysLeft', { count: daysLeft, date: until })}
                </Typography>
              </Box>
            );
          })}
        </Stack>
      )}
    </Widget>
  );
}

export function OverzichtArea() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const pupils = useRecordList(session, 'pupil');
  return (
    <AreaPage
      title={t('areas.overzicht.title')}
      intro={t('areas.overzicht.intro')}
      meta={t('areas.overzicht.today', { date: formatDate(new Date(), language, 'full') })}
    >
      {pupils.length === 0 ? (
        <Stack spacing={3}>
          <BackupReminder />
          <ReceivedReferralWidget />
          <EmptyState
            icon={DashboardOutlinedIcon}
            title={t('areas.overzicht.empty.title')}
            description={t('areas.overzicht.empty.description')}
            nextStep={t('areas.overzicht.empty.nextStep')}
            action={
              <Button
                variant="contained"
                href={hrefFor({ area: 'leerlingen' })}
                endIcon={<ArrowForwardIcon />}
              >
                {t('areas.overzicht.empty.action')}
              </Button>
            }
          />
        </Stack>
      ) : (
        <Stack spacing={3}>
          <BackupReminder />
          <MeetingWidgets />
          <ReferralWidgets />
          <ReceivedReferralWidget />
          <MeldcodeWidget />
          <CasesWidget />
          <ExpiringConsentsWidget />
        </Stack>
      )}
    </AreaPage>
  );
}
