// Runs in: renderer.
//
// Mijn acties / Acties: open actions across all cases, overdue, due this week and by owner. (Placeholder until the screen is built.)
import { useTranslation } from 'react-i18next';
import { AreaPage } from '../../../components/AreaPage';

export function ActionsScreen() {
  const { t } = useTranslation();
  return <AreaPage title={t('areas.overleggen.title')} intro={t('areas.overleggen.intro')}>{null}</AreaPage>;
}
