// Runs in: renderer.
//
// The common top of every area: the one h1 of the page (focusable, because focus moves
// there when the user switches areas) and a one-line introduction.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface AreaPageProps {
  readonly title: string;
  readonly intro: string;
  /** Extra line under the intro, e.g. today's date. */
  readonly meta?: ReactNode;
  readonly children: ReactNode;
}

export function AreaPage({ title, intro, meta, children }: AreaPageProps) {
  return (
    <Box sx={{ maxWidth: 1040 }}>
      <Box component="header" sx={{ mb: 4 }}>
        <Typography variant="h1" tabIndex={-1} sx={{ mb: 1 }}>
          {title}
        </Typography>
        <Typography color="text.secondary">{intro}</Typography>
        {meta !== undefined ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {meta}
          </Typography>
        ) : null}
      </Box>
      {children}
    </Box>
  );
}
