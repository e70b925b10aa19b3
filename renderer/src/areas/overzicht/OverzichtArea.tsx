// Runs in: renderer.
//
// Overzicht: the start screen. Later it gathers what needs attention across all cases
// (actions almost due, referrals without feedback, coming meetings); for now it explains that.
import { useTranslation } from 'react-i18next';
import DashboardOutlinedIcon from '@mui/icons-material/DashboardOutlined';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import Button from '@mui/material/Button';
import { hrefFor } from '../../app/router';
import { AreaPage } from '../../components/AreaPage';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';

export function OverzichtArea() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <AreaPage
      title={t('areas.overzicht.title')}
      intro={t('areas.overzicht.intro')}
      meta={t('areas.overzicht.today', { date: formatDate(new Date(), language, 'full') })}
    >
      <EmptyState
        icon={DashboardOutlinedIcon}
        title={t('areas.overzicht.empty.title')}
        description={t('areas.overzicht.empty.description')}
        nextStep={t('areas.overzicht.empty.nextStep')}
        action={
          <Button variant="contained" href={hrefFor({ area: 'leerlingen' })} endIcon={<ArrowForwardIcon />}>
            {t('areas.overzicht.empty.action')}
          </Button>
        }
      />
    </AreaPage>
  );
}
