// Runs in: renderer.
//
// What a link to a meeting that does not exist (any more) shows: a plain explanation and the
// way back to the list, never an empty page.
import { useTranslation } from 'react-i18next';
import SearchOffOutlinedIcon from '@mui/icons-material/SearchOffOutlined';
import Button from '@mui/material/Button';
import { hrefFor } from '../../app/router';
import { AreaPage } from '../../components/AreaPage';
import { EmptyState } from '../../components/EmptyState';
import { meetingListRoute } from '../../app/routes';

export function MeetingNotFound() {
  const { t } = useTranslation();
  return (
    <AreaPage title={t('meetings.notFound.title')} intro={t('meetings.notFound.description')}>
      <EmptyState
        icon={SearchOffOutlinedIcon}
        title={t('meetings.notFound.title')}
        description={t('meetings.notFound.description')}
        action={
          <Button variant="contained" href={hrefFor(meetingListRoute)}>
            {t('meetings.notFound.action')}
          </Button>
        }
      />
    </AreaPage>
  );
}
