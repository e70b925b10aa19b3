// Runs in: renderer.
//
// Meeting mode: the agenda with a timer per item and the minutes typed during the meeting. (Placeholder until the screen is built.)
import { useTranslation } from 'react-i18next';
import { AreaPage } from '../../../components/AreaPage';

export function MeetingModeScreen({ meetingId }: { readonly meetingId: string }) {
  const { t } = useTranslation();
  void meetingId;
  return <AreaPage title={t('areas.overleggen.title')} intro={t('areas.overleggen.intro')}>{null}</AreaPage>;
}
