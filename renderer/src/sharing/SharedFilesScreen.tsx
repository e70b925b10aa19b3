// Runs in: renderer.
//
// Received shared meeting files (`.zorgtafel`): the list, and one file's read-only meeting
// view with its actions to import. (Placeholder until the screen is built.)
import { useTranslation } from 'react-i18next';
import { AreaPage } from '../components/AreaPage';

export function SharedFilesScreen({ sharedId }: { readonly sharedId?: string }) {
  const { t } = useTranslation();
  void sharedId;
  return <AreaPage title={t('areas.overleggen.title')} intro={t('areas.overleggen.intro')}>{null}</AreaPage>;
}
