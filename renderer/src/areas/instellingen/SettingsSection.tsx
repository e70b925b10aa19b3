// Runs in: renderer.
//
// One titled block on the Instellingen screen; a <section> named by its h2 so screen-reader
// users can jump between the blocks.
import { useEffect, useId, useRef, type ComponentType, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import Typography from '@mui/material/Typography';

export interface SettingsSectionProps {
  readonly icon: ComponentType<SvgIconProps>;
  readonly title: string;
  readonly description?: string;
  readonly children?: ReactNode;
  /** A link led here (e.g. "Naar organisaties en contactpersonen"): scroll to and focus the heading. */
  readonly focusOnShow?: boolean;
}

export function SettingsSection({
  icon: Icon,
  title,
  description,
  children,
  focusOnShow = false,
}: SettingsSectionProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusOnShow) return;
    // After the frame has put focus on the page's h1 (its effect runs after this one).
    const frame = requestAnimationFrame(() => {
      headingRef.current?.scrollIntoView({ block: 'start' });
      headingRef.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusOnShow]);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2.5, md: 3.5 } }}
    >
      <Stack
        direction="row"
        spacing={1.5}
        sx={{ alignItems: 'center', mb: description !== undefined ? 1 : 2 }}
      >
        <Icon sx={{ color: 'primary.main' }} aria-hidden />
        <Typography variant="h2" id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
        </Typography>
      </Stack>
      {description !== undefined ? (
        <Typography color="text.secondary" sx={{ mb: 2.5 }}>
          {description}
        </Typography>
      ) : null}
      <Box>{children}</Box>
    </Paper>
  );
}
