// Runs in: renderer.
//
// The two buttons at the right of the top bar: hide the screen (privacy screen, F9) and
// lock the vault (Ctrl+Shift+L).
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Lock from '@mui/icons-material/Lock';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useTranslation } from 'react-i18next';

export function SecurityToolbar({
  onPrivacy,
  onLock,
}: {
  readonly onPrivacy: () => void;
  readonly onLock: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={0.5}>
      <Tooltip title={t('vault.toolbar.privacy')}>
        <IconButton
          onClick={onPrivacy}
          aria-label={t('vault.toolbar.privacy')}
          aria-keyshortcuts="F9"
        >
          <VisibilityOff />
        </IconButton>
      </Tooltip>
      <Tooltip title={t('vault.toolbar.lock')}>
        <IconButton
          onClick={onLock}
          aria-label={t('vault.toolbar.lock')}
          aria-keyshortcuts="Control+Shift+L"
        >
          <Lock />
        </IconButton>
      </Tooltip>
    </Stack>
  );
}
