// Runs in: renderer.
//
// Instellingen > Organisaties en contactpersonen: the school's sociale kaart, kept once and
// reused by every case (betrokkenen, toestemming, the team suggestion).
import { useTranslation } from 'react-i18next';
import BusinessOutlinedIcon from '@mui/icons-material/BusinessOutlined';
import { DirectoryManager } from '../../directory/DirectoryManager';
import { SettingsSection } from './SettingsSection';

export function DirectorySection({ focusOnShow }: { readonly focusOnShow: boolean }) {
  const { t } = useTranslation();
  return (
    <SettingsSection
      focusOnShow={focusOnShow}
      icon={BusinessOutlinedIcon}
      title={t('directory.section.title')}
      description={t('directory.section.description')}
    >
      <DirectoryManager />
    </SettingsSection>
  );
}
