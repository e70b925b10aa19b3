// Runs in: renderer.
//
// The agenda in meeting mode: every item in order with its timer against its timebox (an
// overrun is marked in colour AND in words), the current item marked for screen readers,
// and the process evaluation as a last stop when the meeting has one.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import type { MeetingRunState } from '../../../../../shared/meetings/runState';
import { formatTimer, timerView } from '../../../../../shared/meetings/runState';

export interface AgendaEntry {
  readonly id: string;
  readonly label: string;
  /** Absent for the process evaluation (no timer). */
  readonly timeboxMinutes?: number;
}

export interface AgendaNavProps {
  readonly entries: readonly AgendaEntry[];
  readonly currentId: string | undefined;
  readonly timers: MeetingRunState['timers'];
  readonly now: string;
  readonly onSelect: (id: string) => void;
}

/** Memoised: typing elsewhere on the screen does not re-render the agenda. */
export const AgendaNav = memo(function AgendaNav({
  entries,
  currentId,
  timers,
  now,
  onSelect,
}: AgendaNavProps) {
  const { t } = useTranslation();
  return (
    <Box component="nav" aria-labelledby="agenda-nav-heading">
      <Typography id="agenda-nav-heading" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('meetingRun.agenda.title')}
      </Typography>
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.5 }}>
        {entries.map((entry) => {
          const current = entry.id === currentId;
          const view =
            entry.timeboxMinutes === undefined
              ? undefined
              : timerView(timers[entry.id], entry.timeboxMinutes, now);
          const over = view !== undefined && view.overrunSeconds > 0;
          return (
            <li key={entry.id}>
              <ButtonBase
                onClick={() => onSelect(entry.id)}
                aria-current={current ? 'step' : undefined}
                sx={{
                  width: '100%',
                  justifyContent: 'flex-start',
                  textAlign: 'left',
                  p: 1,
                  borderRadius: 1,
                  border: 2,
                  borderColor: current ? 'primary.main' : 'transparent',
                  bgcolor: current ? 'action.selected' : 'transparent',
                  '&.Mui-focusVisible': { outline: '3px solid', outlineColor: 'primary.main' },
                }}
              >
                <Box>
                  <Typography
                    component="span"
                    sx={{ display: 'block', fontWeight: current ? 700 : 400 }}
                  >
                    {entry.label}
                  </Typography>
                  {view !== undefined ? (
                    <Typography
                      component="span"
                      variant="body2"
                      sx={{
                        display: 'block',
                        color: over ? 'error.main' : 'text.secondary',
                        fontWeight: over ? 700 : 400,
                      }}
                    >
                      {t('meetingRun.agenda.timer', {
                        elapsed: formatTimer(view.elapsedSeconds),
                        timebox: view.timeboxSeconds / 60,
                      })}
                      {over
                        ? ` · ${t('meetingRun.agenda.overrun', { overrun: formatTimer(view.overrunSeconds) })}`
                        : ''}
                      {view.running ? ` · ${t('meetingRun.timer.running')}` : ''}
                    </Typography>
                  ) : null}
                </Box>
              </ButtonBase>
            </li>
          );
        })}
      </Box>
    </Box>
  );
});
