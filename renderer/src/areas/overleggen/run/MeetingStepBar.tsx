// Runs in: renderer.
//
// The bar under the current agenda stop in meeting mode: previous and next stop (also
// Alt+PageUp and Alt+PageDown) and "naar afronden", which ends the run and opens the minutes.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { neighbourItemId } from '../../../../../shared/meetings/runState';

export interface MeetingStepBarProps {
  readonly stops: readonly string[];
  readonly currentId: string | undefined;
  readonly goTo: (id: string | undefined) => void;
  readonly onFinish: () => void;
}

export function MeetingStepBar({ stops, currentId, goTo, onFinish }: MeetingStepBarProps) {
  const { t } = useTranslation();
  const previous = neighbourItemId(stops, currentId, -1);
  const next = neighbourItemId(stops, currentId, 1);
  return (
    <Box
      sx={{
        display: 'flex',
        gap: 1,
        flexWrap: 'wrap',
        alignItems: 'center',
        borderTop: 1,
        borderColor: 'divider',
        pt: 2,
      }}
    >
      <Button
        variant="outlined"
        disabled={previous === currentId}
        onClick={() => goTo(previous)}
        aria-keyshortcuts="Alt+PageUp"
      >
        {t('meetingRun.agenda.previous')}
      </Button>
      <Button
        variant="outlined"
        disabled={next === currentId}
        onClick={() => goTo(next)}
        aria-keyshortcuts="Alt+PageDown"
      >
        {t('meetingRun.agenda.next')}
      </Button>
      <Box sx={{ flexGrow: 1 }} />
      <Box>
        <Button variant="contained" onClick={onFinish}>
          {t('meetingRun.finish.toMinutes')}
        </Button>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t('meetingRun.finish.toMinutesHelp')}
        </Typography>
      </Box>
    </Box>
  );
}
