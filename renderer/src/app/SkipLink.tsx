// Runs in: renderer.
//
// "Naar de inhoud": the first thing Tab reaches, so keyboard and screen-reader users can
// skip the navigation. It moves focus itself instead of following "#main", because the
// hash is the router's and "#main" would otherwise be read as an unknown route.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import { NO_PRINT_CLASS } from '../theme';

export const MAIN_ID = 'main';

export function SkipLink() {
  const { t } = useTranslation();
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    const main = document.getElementById(MAIN_ID);
    main?.focus();
    main?.scrollIntoView({ block: 'start' });
  };
  return (
    <Box
      component="a"
      href={`#${MAIN_ID}`}
      onClick={onClick}
      className={NO_PRINT_CLASS}
      sx={{
        position: 'fixed',
        left: 16,
        top: 12,
        zIndex: 2000,
        px: 2,
        py: 1.25,
        borderRadius: 1,
        bgcolor: 'primary.dark',
        color: 'primary.contrastText',
        fontWeight: 600,
        textDecoration: 'none',
        boxShadow: 3,
        transform: 'translateY(-200%)',
        '&:focus, &:focus-visible': { transform: 'none' },
      }}
    >
      {t('app.skipToContent')}
    </Box>
  );
}
