// Runs in: renderer.
//
// Instellingen > Deelsleutel: the user's own public sharing key to give to an IB, as text with
// a copy button, a QR code for the screen and a short fingerprint to compare by phone. The key
// pair itself is created on first view and stays inside the vault.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import KeyIcon from '@mui/icons-material/Key';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useSession } from '../../security/VaultProvider';
import { QrCode } from '../../sharing/QrCode';
import { useOwnDeelsleutel } from '../../sharing/sharingIdentity';
import { SettingsSection } from './SettingsSection';

export function SharingSection() {
  const { t } = useTranslation();
  const session = useSession();
  const { own, create } = useOwnDeelsleutel(session);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = (text: string): void => {
    navigator.clipboard.writeText(text).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };

  return (
    <SettingsSection
      icon={KeyIcon}
      title={t('sharing.settings.title')}
      description={t('sharing.settings.description')}
    >
      {own.state === 'absent' ? (
        <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <Typography>{t('sharing.settings.absent')}</Typography>
          <Button variant="contained" onClick={create}>
            {t('sharing.settings.create')}
          </Button>
        </Stack>
      ) : own.state === 'loading' ? (
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={20} aria-hidden />
          <Typography>{t('sharing.settings.loading')}</Typography>
        </Stack>
      ) : own.state === 'failed' ? (
        <Alert severity="error">{t('sharing.settings.failed')}</Alert>
      ) : (
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={3}
          sx={{ alignItems: { md: 'flex-start' } }}
        >
          <Stack spacing={2} sx={{ flex: 1, minWidth: 0 }}>
            <TextField
              label={t('sharing.settings.keyLabel')}
              value={own.text}
              multiline
              fullWidth
              slotProps={{
                htmlInput: { readOnly: true, 'data-testid': 'own-deelsleutel', spellCheck: false },
                input: { sx: { fontFamily: 'monospace', fontSize: 14 } },
              }}
              helperText={t('sharing.settings.keyHelp')}
            />
            <Box>
              <Button
                variant="contained"
                startIcon={<ContentCopyIcon />}
                onClick={() => copy(own.text)}
              >
                {t('sharing.settings.copy')}
              </Button>
            </Box>
            <Box role="status">
              {copied === 'copied' ? (
                <Alert severity="success">{t('sharing.settings.copied')}</Alert>
              ) : null}
              {copied === 'failed' ? (
                <Alert severity="warning">{t('sharing.settings.copyFailed')}</Alert>
              ) : null}
            </Box>
            <Typography>
              {t('sharing.settings.fingerprint')}{' '}
              <strong data-testid="own-fingerprint">{own.fingerprint}</strong>
            </Typography>
            <Typography color="text.secondary">{t('sharing.settings.fingerprintHelp')}</Typography>
          </Stack>
          <QrCode
            value={own.text}
            label={t('sharing.settings.qrLabel', { fingerprint: own.fingerprint })}
          />
        </Stack>
      )}
    </SettingsSection>
  );
}
