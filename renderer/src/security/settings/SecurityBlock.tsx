// Runs in: renderer.
//
// One part of the Beveiliging section (auto-lock, passphrase, backup, …): an h3 with a short
// explanation and its controls, so the section reads as a list of topics in heading order.
import { forwardRef, useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface SecurityBlockProps {
  readonly title: string;
  readonly description?: string;
  readonly children?: ReactNode;
  /** Anchor for links into the section (e.g. "backup"); the block is then focusable. */
  readonly anchorId?: string;
}

export const SecurityBlock = forwardRef<HTMLDivElement, SecurityBlockProps>(function SecurityBlock(
  { title, description, children, anchorId },
  ref,
) {
  const headingId = useId();
  return (
    <Box
      ref={ref}
      id={anchorId}
      role="group"
      aria-labelledby={headingId}
      tabIndex={anchorId === undefined ? undefined : -1}
      sx={{
        scrollMarginTop: 80,
        '&:focus-visible': {
          outline: 2,
          outlineColor: 'primary.main',
          outlineOffset: 4,
          borderRadius: 1,
        },
      }}
    >
      <Typography variant="h3" id={headingId} sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      {description !== undefined ? (
        <Typography color="text.secondary" sx={{ mb: 1.5 }}>
          {description}
        </Typography>
      ) : null}
      {children}
    </Box>
  );
});
