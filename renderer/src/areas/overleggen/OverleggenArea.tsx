// Runs in: renderer.
//
// Overleggen: zorgteam, ZAT and driehoeksoverleg. Until meetings exist it explains how a
// meeting will be prepared and recorded, including the anonymous route.
import { useTranslation } from 'react-i18next';
import ForumOutlinedIcon from '@mui/icons-material/ForumOutlined';
import { AreaPage } from '../../components/AreaPage';
import { EmptyState } from '../../components/EmptyState';

export function OverleggenArea() {
  const { t } = useTranslation();
  return (
    <AreaPage title={t('areas.overleggen.title')} intro={t('areas.overleggen.intro')}>
      <EmptyState
        icon={ForumOutlinedIcon}
        title={t('areas.overleggen.empty.title')}
        description={t('areas.overleggen.empty.description')}
        nextStep={t('areas.overleggen.empty.nextStep')}
      />
    </AreaPage>
  );
}
