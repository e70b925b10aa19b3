// Runs in: renderer.
//
// The calm, centred frame of the screens shown before the vault is open (first run,
// unlock, new passphrase after recovery). It carries the <main> landmark and one h1, so
// these screens are as accessible as the app itself.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import logoUrl from '../assets/logo.svg';

export interface AuthLayoutProps {
  readonly title: string;
  readonly intro?: ReactNode;
  readonly children: ReactNode;
  /** Wider card for the multi-step first run. */
  readonly wide?: boolean;
}

export function AuthLayout({ title, intro, children, wide = false }: AuthLayoutProps) {
  return (
    <Box
      component="main"
      id="main"
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        bgcolor: 'background.default',
        p: 2,
      }}
    >
      <Paper
        elevation={0}
        variant="outlined"
        sx={{ width: '100%', maxWidth: wide ? 720 : 520, p: { xs: 3, sm: 5 } }}
      >
        <Stack spacing={3}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <Box component="img" src={logoUrl} alt="" sx={{ width: 36, height: 36 }} />
            <Typography component="p" variant="h6" sx={{ fontWeight: 700 }}>
              Zorgtafel
            </Typography>
          </Stack>
          <Typography component="h1" variant="h4">
            {title}
          </Typography>
          {intro !== undefined && (
            <Typography component="div" color="text.secondary">
              {intro}
            </Typography>
          )}
          {children}
        </Stack>
      </Paper>
    </Box>
  );
}
