// Runs in: renderer.
//
// Decides what the window shows: the first-run setup, the unlock screen, the forced new
// passphrase after a recovery-code unlock, or the app itself, with the privacy screen and
// automatic locking around it. Nothing of the app is mounted while the vault is locked.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from './AuthLayout';
import { IntegrityDialog } from './IntegrityDialog';
import { PRIVACY_KEY, PrivacyScreen } from './PrivacyScreen';
import { RecoveryChangeScreen } from './RecoveryChangeScreen';
import { SecurityToolbar } from './SecurityToolbar';
import { SetupScreen } from './SetupScreen';
import { UnlockScreen } from './UnlockScreen';
import { useAutoLock } from './useAutoLock';
import { useVaultSettings } from './useVaultSettings';
import { useVault, type AppSession } from './VaultProvider';

export interface VaultGateProps {
  /** Renders the unlocked app; receives the security buttons for the top bar. */
  readonly children: (toolbarActions: ReactNode) => ReactNode;
}

export function VaultGate({ children }: VaultGateProps) {
  const { t } = useTranslation();
  const { phase } = useVault();
  switch (phase.kind) {
    case 'loading':
      return (
        <AuthLayout title={t('vault.loading')}>
          <Stack sx={{ alignItems: 'center' }} role="status" aria-label={t('vault.loading')}>
            <CircularProgress />
          </Stack>
        </AuthLayout>
      );
    case 'setup':
      return <SetupScreen />;
    case 'locked':
      return <UnlockScreen reason={phase.reason} />;
    case 'unlocked':
      return phase.session.mustChangePassphrase ? (
        <RecoveryChangeScreen session={phase.session} />
      ) : (
        <UnlockedApp session={phase.session}>{children}</UnlockedApp>
      );
    case 'failed':
      return (
        <AuthLayout title={t('vault.failed.title')} intro={t('vault.failed.body')}>
          <Button variant="contained" onClick={() => window.location.reload()}>
            {t('vault.failed.reload')}
          </Button>
        </AuthLayout>
      );
    default: {
      const never: never = phase;
      return never;
    }
  }
}

function UnlockedApp({
  session,
  children,
}: {
  readonly session: AppSession;
  readonly children: VaultGateProps['children'];
}) {
  const { t } = useTranslation();
  const { lock } = useVault();
  const settings = useVaultSettings(session);
  const [hidden, setHidden] = useState(false);
  const damaged = session.integrity.unreadable.length > 0 || !session.integrity.auditHeadIntact;
  const [showIntegrity, setShowIntegrity] = useState(damaged);

  const lockNow = useCallback((reason: Parameters<typeof lock>[0]) => void lock(reason), [lock]);
  useAutoLock(lockNow, settings.autoLockMinutes);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== PRIVACY_KEY || event.repeat) return;
      event.preventDefault();
      setHidden((h) => !h);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      {/* inert: while hidden, nothing underneath can be focused, clicked or read aloud. */}
      <Box inert={hidden} aria-hidden={hidden || undefined}>
        {children(
          <SecurityToolbar onPrivacy={() => setHidden(true)} onLock={() => lockNow('manual')} />,
        )}
      </Box>
      {hidden && <PrivacyScreen onShow={() => setHidden(false)} />}
      <IntegrityDialog session={session} suspended={hidden} />
      <Snackbar
        open={showIntegrity && !hidden}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="warning" onClose={() => setShowIntegrity(false)} sx={{ maxWidth: 640 }}>
          {t('vault.integrity.warning', { count: session.integrity.unreadable.length })}
        </Alert>
      </Snackbar>
    </>
  );
}
