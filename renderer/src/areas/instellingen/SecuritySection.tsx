// Runs in: renderer.
//
// Placeholder for the vault's security settings (auto-lock, passphrase, recovery code,
// backup, audit log). It already tells the user what will be set here and that their data
// stays encrypted on this computer; the controls arrive with the vault.
import { useTranslation } from 'react-i18next';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { SettingsSection } from './SettingsSection';

const ITEMS = ['autoLock', 'passphrase', 'recoveryCode', 'backup', 'auditLog'] as const;

export function SecuritySection() {
  const { t } = useTranslation();
  return (
    <SettingsSection icon={LockOutlinedIcon} title={t('settings.security.title')} description={t('settings.security.description')}>
      <Box component="ul" sx={{ mt: 0, mb: 2.5, pl: 3 }}>
        {ITEMS.map((item) => (
          <Typography component="li" key={item} sx={{ mb: 0.5 }}>
            {t(`settings.security.${item}`)}
          </Typography>
        ))}
      </Box>
      <Alert severity="info" variant="outlined">
        {t('settings.security.comingSoon')}
      </Alert>
    </SettingsSection>
  );
}
