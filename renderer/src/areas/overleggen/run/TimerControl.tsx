// Runs in: renderer.
//
// The current item's timer: elapsed against the timebox, start/pause (Alt+T), and an overrun
// shown in colour and in words.
import { useTranslation } from 'react-i18next';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { formatTimer, type TimerView } from '../../../../../shared/meetings/runState';
import { MEETING_SHORTCUT_KEYS } from '../../../meetings/shortcuts';

export function TimerControl({
  view,
  onToggle,
}: {
  readonly view: TimerView;
  readonly onToggle: () => void;
}) {
  const { t } = useTranslation();
  const over = view.overrunSeconds > 0;
  return (
    <Box
      role="group"
      aria-label={t('meetingRun.timer.label')}
      sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}
    >
      <Typography
        sx={{
          fontVariantNumeric: 'tabular-nums',
          fontWeight: 600,
          color: over ? 'error.main' : 'text.primary',
        }}
      >
        {t('meetingRun.timer.of', {
          elapsed: formatTimer(view.elapsedSeconds),
          timebox: view.timeboxSeconds / 60,
        })}
        {over
          ? ` — ${t('meetingRun.timer.overrun', { overrun: formatTimer(view.overrunSeconds) })}`
          : ''}
      </Typography>
      <Button
        variant={view.running ? 'outlined' : 'contained'}
        size="small"
        startIcon={view.running ? <PauseIcon /> : <PlayArrowIcon />}
        onClick={onToggle}
        aria-keyshortcuts={MEETING_SHORTCUT_KEYS.timer}
      >
        {view.running ? t('meetingRun.timer.pause') : t('meetingRun.timer.start')}
      </Button>
    </Box>
  );
}
