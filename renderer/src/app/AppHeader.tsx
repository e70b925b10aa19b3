// Runs in: renderer.
//
// The top bar: the product name, the search entry (search from anywhere, only while the
// vault is unlocked) and, on the right, `toolbarActions`: the privacy-screen and lock buttons.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import logoUrl from '../assets/logo.svg';
import { SearchLauncher } from '../search/SearchLauncher';
import { NO_PRINT_CLASS } from '../theme';

export interface AppHeaderProps {
  readonly toolbarActions?: ReactNode;
}

export function AppHeader({ toolbarActions }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <AppBar
      position="fixed"
      className={NO_PRINT_CLASS}
      sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}
    >
      <Toolbar sx={{ gap: 1.5 }}>
        <Box
          component="img"
          src={logoUrl}
          alt=""
          sx={{ width: 36, height: 36, display: 'block' }}
        />
        <Box sx={{ minWidth: 0 }}>
          <Typography
            component="p"
            sx={{ fontWeight: 700, fontSize: '1.125rem', lineHeight: 1.2, color: 'primary.dark' }}
          >
            {t('app.name')}
          </Typography>
          <Typography
            component="p"
            variant="body2"
            color="text.secondary"
            noWrap
            sx={{ lineHeight: 1.3 }}
          >
            {t('app.tagline')}
          </Typography>
        </Box>
        <Box sx={{ flexGrow: 1 }} />
        <SearchLauncher />
        <Box data-slot="toolbar-actions" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          {toolbarActions}
        </Box>
      </Toolbar>
    </AppBar>
  );
}
