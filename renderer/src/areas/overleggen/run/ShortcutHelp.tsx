// Runs in: renderer.
//
// The small list of meeting mode's shortcuts, on screen so nobody has to remember them.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { MEETING_SHORTCUT_KEYS } from '../../../meetings/shortcuts';

export function ShortcutHelp() {
  const { t } = useTranslation();
  const rows = [
    { keys: MEETING_SHORTCUT_KEYS.next, text: t('meetingRun.shortcuts.nextItem') },
    { keys: MEETING_SHORTCUT_KEYS.previous, text: t('meetingRun.shortcuts.previousItem') },
    { keys: MEETING_SHORTCUT_KEYS.situation, text: t('meetingRun.shortcuts.situation') },
    { keys: MEETING_SHORTCUT_KEYS.decision, text: t('meetingRun.shortcuts.decision') },
    { keys: MEETING_SHORTCUT_KEYS.action, text: t('meetingRun.shortcuts.action') },
    { keys: MEETING_SHORTCUT_KEYS.timer, text: t('meetingRun.shortcuts.timer') },
    { keys: 'Enter', text: t('meetingRun.shortcuts.enter') },
  ];
  return (
    <Box
      component="section"
      aria-labelledby="meeting-shortcuts-heading"
      sx={{ mt: 3, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Typography id="meeting-shortcuts-heading" variant="h2" sx={{ fontSize: '1rem', mb: 1 }}>
        {t('meetingRun.shortcuts.title')}
      </Typography>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: 'auto 1fr',
          columnGap: 1.5,
          rowGap: 0.5,
          fontSize: '0.875rem',
          '& dd': { m: 0 },
        }}
      >
        {rows.map((row) => (
          <Box key={row.keys} sx={{ display: 'contents' }}>
            <dt>
              <kbd>{row.keys}</kbd>
            </dt>
            <dd>{row.text}</dd>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
