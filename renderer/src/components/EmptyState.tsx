// Runs in: renderer.
//
// What an area shows while it has nothing yet. It tells the user, in their own words, what
// will appear here and what they can do next, so an empty screen is never a dead end.
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import LightbulbOutlinedIcon from '@mui/icons-material/LightbulbOutlined';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import Typography from '@mui/material/Typography';

export interface EmptyStateProps {
  readonly icon: ComponentType<SvgIconProps>;
  readonly title: string;
  /** What will appear here once there is data. */
  readonly description: string;
  /** What the user can do now. */
  readonly nextStep?: string;
  /** An optional way to take that step, e.g. a link to another area. */
  readonly action?: ReactNode;
}

export function EmptyState({ icon: Icon, title, description, nextStep, action }: EmptyStateProps) {
  const { t } = useTranslation();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={title}
      sx={{ px: { xs: 3, md: 6 }, py: { xs: 4, md: 6 } }}
    >
      <Stack
        spacing={2.5}
        sx={{ alignItems: 'center', textAlign: 'center', maxWidth: 640, mx: 'auto' }}
      >
        <Box
          aria-hidden
          sx={{
            width: 72,
            height: 72,
            borderRadius: '50%',
            display: 'grid',
            placeItems: 'center',
            bgcolor: '#E3EFF2',
            color: 'primary.main',
          }}
        >
          <Icon sx={{ fontSize: 36 }} />
        </Box>
        <Typography variant="h2">{title}</Typography>
        <Typography color="text.secondary">{description}</Typography>
        {nextStep !== undefined ? (
          <Box
            sx={{
              display: 'flex',
              gap: 1.5,
              textAlign: 'left',
              bgcolor: 'background.default',
              borderRadius: 2,
              px: 2.5,
              py: 2,
              width: '100%',
            }}
          >
            <LightbulbOutlinedIcon sx={{ color: 'primary.main', mt: 0.25 }} aria-hidden />
            <Box>
              <Typography variant="h3" component="p" sx={{ mb: 0.5 }}>
                {t('emptyState.nextStepLabel')}
              </Typography>
              <Typography variant="body2">{nextStep}</Typography>
            </Box>
          </Box>
        ) : null}
        {action}
      </Stack>
    </Paper>
  );
}
