// Runs in: renderer.
//
// The meeting's status as a small label (concept, gepland, bezig, vastgesteld), in words,
// never by colour alone.
import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import type { MeetingStatus } from '../../../../../shared/meetings/meeting';

const COLOURS: Readonly<Record<MeetingStatus, 'default' | 'primary' | 'warning' | 'success'>> = {
  concept: 'default',
  gepland: 'primary',
  bezig: 'warning',
  vastgesteld: 'success',
};

export function MeetingStatusChip({ status }: { readonly status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLOURS[status]}
      label={t(`meetings.status.${status}`)}
      data-testid="meeting-status"
    />
  );
}
