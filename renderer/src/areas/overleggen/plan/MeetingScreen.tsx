// Runs in: renderer.
//
// One meeting: planning (date, place, attendees), the agenda builder and its output. (Placeholder until the screen is built.)
import { useTranslation } from 'react-i18next';
import { AreaPage } from '../../../components/AreaPage';

export function MeetingScreen({ meetingId }: { readonly meetingId: string }) {
  const { t } = useTranslation();
  void meetingId;
  return <AreaPage title={t('areas.overleggen.title')} intro={t('areas.overleggen.intro')}>{null}</AreaPage>;
}
