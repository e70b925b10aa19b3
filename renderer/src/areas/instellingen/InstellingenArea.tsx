// Runs in: renderer.
//
// Instellingen: language, keyboard help, the (coming) security settings and version info.
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import { AreaPage } from '../../components/AreaPage';
import { AboutSection } from './AboutSection';
import { DirectorySection } from './DirectorySection';
import { LanguageSection } from './LanguageSection';
import { RetentionSection } from './RetentionSection';
import { SecuritySection } from './SecuritySection';
import { ShortcutsSection } from './ShortcutsSection';

export function InstellingenArea() {
  const { t } = useTranslation();
  return (
    <AreaPage title={t('areas.instellingen.title')} intro={t('areas.instellingen.intro')}>
      <Stack spacing={3}>
        <LanguageSection />
        <SecuritySection />
        <DirectorySection />
        <RetentionSection />
        <ShortcutsSection />
        <AboutSection />
      </Stack>
    </AreaPage>
  );
}
