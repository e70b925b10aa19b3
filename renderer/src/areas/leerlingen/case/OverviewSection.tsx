// Runs in: renderer.
//
// One titled block of the case overview (signal, hulpvraag, voices, …) with the one action
// that changes it; a labelled <section>, so each block is a landmark for screen readers.
import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export function OverviewSection({
  title,
  action,
  children,
}: {
  readonly title: string;
  readonly action?: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: { xs: 2, md: 3 } }}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 1.5 }}
      >
        <Typography variant="h3">{title}</Typography>
        {action}
      </Stack>
      {children}
    </Paper>
  );
}
