// Runs in: renderer.
//
// Instellingen: language, security, the directory, meeting templates, the letterhead,
// retention, keyboard help and version info.
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import { AreaPage } from '../../components/AreaPage';
import { useHashRoute } from '../../app/router';
import { DIRECTORY_SEGMENT } from '../../app/routes';
import { AboutSection } from './AboutSection';
import { DirectorySection } from './DirectorySection';
import { LanguageSection } from './LanguageSection';
import { LetterheadSection } from './LetterheadSection';
import { MeetingTemplatesSection } from './MeetingTemplatesSection';
import { HolidaysSection } from './HolidaysSection';
import { PupilVoiceSection } from './PupilVoiceSection';
import { RetentionSection } from './RetentionSection';
import { SecuritySection } from './SecuritySection';
import { SharingSection } from './SharingSection';
import { ShortcutsSection } from './ShortcutsSection';

export function InstellingenArea() {
  const { t } = useTranslation();
  const [route] = useHashRoute();
  return (
    <AreaPage title={t('areas.instellingen.title')} intro={t('areas.instellingen.intro')}>
      <Stack spacing={3}>
        <LanguageSection />
        <SecuritySection />
        <SharingSection />
        <DirectorySection focusOnShow={route.path[0] === DIRECTORY_SEGMENT} />
        <MeetingTemplatesSection />
        <LetterheadSection />
        <HolidaysSection />
        <PupilVoiceSection />
        <RetentionSection />
        <ShortcutsSection />
        <AboutSection />
      </Stack>
    </AreaPage>
  );
}
