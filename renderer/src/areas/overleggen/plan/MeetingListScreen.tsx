// Runs in: renderer.
//
// The list of meetings: upcoming, in progress, awaiting approval and held. (Placeholder until the screen is built.)
import { useTranslation } from 'react-i18next';
import { AreaPage } from '../../../components/AreaPage';

export function MeetingListScreen() {
  const { t } = useTranslation();
  return <AreaPage title={t('areas.overleggen.title')} intro={t('areas.overleggen.intro')}>{null}</AreaPage>;
}
