// Runs in: renderer.
//
// One part of the actieplan (goals, actions, evaluation moments): its heading and intro with
// the part's add button beside them, and the part's content below.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export function ActieplanSection({
  title,
  intro,
  action,
  children,
}: {
  readonly title: string;
  readonly intro: string;
  readonly action: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <Box component="section">
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1.5}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'flex-end' }, mb: 1.5 }}
      >
        <Box>
          <Typography variant="h3">{title}</Typography>
          <Typography variant="body2" color="text.secondary">
            {intro}
          </Typography>
        </Box>
        <Box sx={{ flexShrink: 0 }}>{action}</Box>
      </Stack>
      {children}
    </Box>
  );
}
