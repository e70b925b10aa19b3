// Runs in: renderer.
//
// What a link to a pupil or case that does not exist (any more) shows: a plain explanation
// and the way back to the list, never an empty page.
import { useTranslation } from 'react-i18next';
import SearchOffOutlinedIcon from '@mui/icons-material/SearchOffOutlined';
import Button from '@mui/material/Button';
import { AreaPage } from '../../components/AreaPage';
import { EmptyState } from '../../components/EmptyState';
import { hrefFor } from '../../app/router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <AreaPage title={t('pupils.page.notFoundTitle')} intro={t('pupils.list.intro')}>
      <EmptyState
        icon={SearchOffOutlinedIcon}
        title={t('pupils.page.notFoundTitle')}
        description={t('pupils.page.notFoundDescription')}
        action={
          <Button variant="contained" href={hrefFor({ area: 'leerlingen' })}>
            {t('pupils.page.notFoundAction')}
          </Button>
        }
      />
    </AreaPage>
  );
}
