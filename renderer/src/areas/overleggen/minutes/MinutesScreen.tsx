// Runs in: renderer.
//
// Afronden: approving the minutes, addenda, and the minutes as PDF and .docx. (Placeholder until the screen is built.)
import { useTranslation } from 'react-i18next';
import { AreaPage } from '../../../components/AreaPage';

export function MinutesScreen({ meetingId }: { readonly meetingId: string }) {
  const { t } = useTranslation();
  void meetingId;
  return <AreaPage title={t('areas.overleggen.title')} intro={t('areas.overleggen.intro')}>{null}</AreaPage>;
}
