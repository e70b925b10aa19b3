// Runs in: renderer.
//
// Leerlingen: the pupils with a care question. Until records exist it explains what will
// be kept per pupil and the first step of the care route (talk to the parents, ask consent).
import { useTranslation } from 'react-i18next';
import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import { AreaPage } from '../../components/AreaPage';
import { EmptyState } from '../../components/EmptyState';

export function LeerlingenArea() {
  const { t } = useTranslation();
  return (
    <AreaPage title={t('areas.leerlingen.title')} intro={t('areas.leerlingen.intro')}>
      <EmptyState
        icon={PeopleAltOutlinedIcon}
        title={t('areas.leerlingen.empty.title')}
        description={t('areas.leerlingen.empty.description')}
        nextStep={t('areas.leerlingen.empty.nextStep')}
      />
    </AreaPage>
  );
}
