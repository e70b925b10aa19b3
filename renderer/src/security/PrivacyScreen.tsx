// Runs in: renderer.
//
// The privacy screen for shared rooms: one key (F9) or the toolbar button blanks the window
// at once, without locking. The app stays mounted underneath (nothing typed is lost) but is
// made `inert` and covered, so it can neither be seen, focused nor read by a screen reader.
// Showing the app again takes the same deliberate key or the "Tonen" button; an accidental
// key press by a passer-by does not reveal anything.
import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useTranslation } from 'react-i18next';

export const PRIVACY_KEY = 'F9';

export function PrivacyScreen({ onShow }: { readonly onShow: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <Box
      role="dialog"
      aria-modal="true"
      aria-labelledby="privacy-title"
      data-testid="privacy-screen"
      sx={{
        position: 'fixed',
        inset: 0,
        zIndex: (theme) => theme.zIndex.modal + 100,
        bgcolor: 'background.default',
        display: 'grid',
        placeItems: 'center',
      }}
    >
      <Stack spacing={2} sx={{ alignItems: 'center', textAlign: 'center', maxWidth: 420, p: 3 }}>
        <VisibilityOff sx={{ fontSize: 48, color: 'text.secondary' }} />
        <Typography id="privacy-title" component="h2" variant="h5">
          {t('vault.privacy.title')}
        </Typography>
        <Typography color="text.secondary">{t('vault.privacy.body')}</Typography>
        <Button ref={button} variant="contained" onClick={onShow}>
          {t('vault.privacy.show')}
        </Button>
      </Stack>
    </Box>
  );
}
