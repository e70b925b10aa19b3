// Runs in: renderer.
//
// Version and shell of this installation (what a school's IT contact asks first), plus the
// promise that Zorgtafel works offline.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useHost } from '../../host/HostContext';
import type { AppInfo } from '../../host/Host';
import { SettingsSection } from './SettingsSection';

type InfoState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly info: AppInfo }
  | { readonly status: 'failed' };

export function AboutSection() {
  const { t } = useTranslation();
  const host = useHost();
  const [state, setState] = useState<InfoState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    host.appInfo().then(
      (info) => {
        if (current) setState({ status: 'ready', info });
      },
      () => {
        if (current) setState({ status: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [host]);

  const version =
    state.status === 'ready'
      ? state.info.version
      : state.status === 'loading'
        ? t('settings.about.versionLoading')
        : t('settings.about.versionUnknown');
  const shell =
    state.status === 'ready'
      ? state.info.shell === 'electron'
        ? t('settings.about.shellElectron')
        : t('settings.about.shellBrowser')
      : '–';

  return (
    <SettingsSection icon={InfoOutlinedIcon} title={t('settings.about.title')}>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'max-content 1fr',
          columnGap: 3,
          rowGap: 1,
          m: 0,
          mb: 2.5,
        }}
      >
        <Typography component="dt" sx={{ fontWeight: 600 }}>
          {t('settings.about.version')}
        </Typography>
        <Typography component="dd" sx={{ m: 0 }} data-testid="app-version">
          {version}
        </Typography>
        <Typography component="dt" sx={{ fontWeight: 600 }}>
          {t('settings.about.shell')}
        </Typography>
        <Typography component="dd" sx={{ m: 0 }}>
          {shell}
        </Typography>
      </Box>
      <Typography color="text.secondary">{t('settings.about.privacy')}</Typography>
    </SettingsSection>
  );
}
