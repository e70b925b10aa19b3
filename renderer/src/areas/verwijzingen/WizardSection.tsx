// Runs in: renderer.
//
// One titled part of a referral screen: a <section> named by its h2, so screen-reader users
// can jump between the steps, with an optional step number.
import { useId, type ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

export function WizardSection({
  title,
  intro,
  children,
  testId,
}: {
  readonly title: string;
  readonly intro?: string;
  readonly children: ReactNode;
  readonly testId?: string;
}) {
  const headingId = useId();
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2.5, md: 3 } }}
      data-testid={testId}
    >
      <Typography variant="h2" id={headingId} sx={{ mb: intro === undefined ? 2 : 0.5 }}>
        {title}
      </Typography>
      {intro === undefined ? null : (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {intro}
        </Typography>
      )}
      {children}
    </Paper>
  );
}
