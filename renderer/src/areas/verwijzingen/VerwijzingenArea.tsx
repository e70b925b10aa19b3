// Runs in: renderer.
//
// Verwijzingen: referrals and the feedback that should come back. Until referrals exist it
// explains what will be tracked and where a referral starts.
import { useTranslation } from 'react-i18next';
import ForwardToInboxOutlinedIcon from '@mui/icons-material/ForwardToInboxOutlined';
import { AreaPage } from '../../components/AreaPage';
import { EmptyState } from '../../components/EmptyState';

export function VerwijzingenArea() {
  const { t } = useTranslation();
  return (
    <AreaPage title={t('areas.verwijzingen.title')} intro={t('areas.verwijzingen.intro')}>
      <EmptyState
        icon={ForwardToInboxOutlinedIcon}
        title={t('areas.verwijzingen.empty.title')}
        description={t('areas.verwijzingen.empty.description')}
        nextStep={t('areas.verwijzingen.empty.nextStep')}
      />
    </AreaPage>
  );
}
