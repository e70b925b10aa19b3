// Runs in: renderer.
//
// What the user sees when a screen crashed: what happened, that saved data is safe, what
// to do, and a short error code to pass on. Never the error's own text (it may hold
// personal data). Focus moves to the heading so screen readers announce the problem.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export type ErrorScope = 'root' | 'area';

export interface ErrorFallbackProps {
  readonly code: string;
  readonly scope: ErrorScope;
  readonly onRetry: () => void;
}

export function ErrorFallback({ code, scope, onRetry }: ErrorFallbackProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const content = (
    <Paper
      variant="outlined"
      sx={{ p: { xs: 3, md: 4 }, maxWidth: 720 }}
      data-testid="error-fallback"
    >
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <ErrorOutlineIcon sx={{ color: 'error.main', fontSize: 36, mt: 0.25 }} aria-hidden />
        <Box>
          <Typography variant="h1" ref={headingRef} tabIndex={-1} sx={{ mb: 2 }}>
            {t('errors.boundary.title')}
          </Typography>
          <Typography sx={{ mb: 1.5 }}>{t('errors.boundary.reassurance')}</Typography>
          <Typography sx={{ mb: 2 }}>{t('errors.boundary.whatToDo')}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {t('errors.boundary.code', { code })}
          </Typography>
          <Stack direction="row" spacing={1.5}>
            <Button variant="contained" onClick={onRetry}>
              {t('errors.boundary.retry')}
            </Button>
            <Button variant="outlined" onClick={() => window.location.reload()}>
              {t('errors.boundary.reload')}
            </Button>
          </Stack>
        </Box>
      </Stack>
    </Paper>
  );

  // At the root the frame (and its <main>) is gone, so the fallback brings its own landmark.
  return scope === 'root' ? (
    <Box component="main" id="main" tabIndex={-1} sx={{ p: { xs: 3, md: 6 } }}>
      {content}
    </Box>
  ) : (
    content
  );
}
