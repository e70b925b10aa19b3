// Runs in: renderer.
//
// "Onthouden op deze computer": an optional third key slot opened by a secret that only the
// OS keystore of this computer and account can decrypt (docs/security.md, section 5). Off by
// default, only offered where the keystore really protects secrets, and turned on only after
// the current passphrase is confirmed. The secret is wiped from memory once it is stored.
import { useCallback, useEffect, useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { BusyStatus } from '../../components/BusyStatus';
import { FormDialog } from '../../components/FormDialog';
import { useSaveAttempt } from '../../components/useSaveAttempt';
import { useTranslation } from 'react-i18next';
import type { KeystoreStatus } from '../../../../shared/ipc/contract';
import { useHost } from '../../host/HostContext';
import { forgetKeystoreSecret, readKeystoreSecret, storeKeystoreSecret } from '../keystoreSecret';
import { useSession } from '../VaultProvider';
import { CurrentPassphraseField } from './CurrentPassphraseField';
import { useCurrentPassphrase } from './useCurrentPassphrase';
import { SecurityBlock } from './SecurityBlock';

type Availability =
  | { readonly kind: 'checking' }
  | { readonly kind: 'known'; readonly status: KeystoreStatus; readonly enabled: boolean };
type Notice = 'enabled' | 'disabled' | 'failed' | null;

/** Why the switch is off limits here, as a message key; null when it can be used. */
function unavailableKey(
  status: KeystoreStatus,
): 'unavailableBrowser' | 'unavailableWeak' | 'unavailableUnsupported' | null {
  if (status.available) return null;
  switch (status.reason) {
    case 'not-electron':
      return 'unavailableBrowser';
    case 'weak-backend':
      return 'unavailableWeak';
    case 'unsupported':
    case 'ok':
      return 'unavailableUnsupported';
    default: {
      const never: never = status.reason;
      return never;
    }
  }
}

export function RememberSetting() {
  const { t } = useTranslation();
  const session = useSession();
  const host = useHost();
  const explanationId = useId();
  const [availability, setAvailability] = useState<Availability>({ kind: 'checking' });
  const [asking, setAsking] = useState(false);
  const { busy, attempt } = useSaveAttempt();
  const [notice, setNotice] = useState<Notice>(null);

  const check = useCallback(async (): Promise<Availability> => {
    const status = await host.keystoreStatus();
    const enabled =
      status.available && (await session.hasKeystoreSlot()) && readKeystoreSecret() !== null;
    return { kind: 'known', status, enabled };
  }, [host, session]);

  useEffect(() => {
    let current = true;
    check().then(
      (next) => {
        if (current) setAvailability(next);
      },
      () => {
        if (current)
          setAvailability({
            kind: 'known',
            status: { available: false, reason: 'unsupported' },
            enabled: false,
          });
      },
    );
    return () => {
      current = false;
    };
  }, [check]);

  const turnOff = async () => {
    setNotice(null);
    const outcome = await attempt(async () => {
      await session.disableKeystoreSlot();
      forgetKeystoreSecret();
      setAvailability(await check());
      setNotice('disabled');
    });
    if (outcome === 'failed') setNotice('failed');
  };

  const enabledNow = async () => {
    setAsking(false);
    setAvailability(await check());
    setNotice('enabled');
  };

  const blocked = availability.kind === 'known' ? unavailableKey(availability.status) : null;
  const enabled = availability.kind === 'known' && availability.enabled;
  return (
    <SecurityBlock
      title={t('security.remember.title')}
      description={t('security.remember.description')}
    >
      <Stack spacing={1.5}>
        <FormControlLabel
          control={
            <Switch
              checked={enabled}
              disabled={availability.kind === 'checking' || blocked !== null || busy}
              onChange={(event) => {
                if (event.target.checked) {
                  setNotice(null);
                  setAsking(true);
                } else void turnOff();
              }}
              slotProps={{ input: { 'aria-describedby': explanationId } }}
            />
          }
          label={t('security.remember.label')}
        />
        <Typography id={explanationId} variant="body2" color="text.secondary">
          {availability.kind === 'checking'
            ? t('security.remember.checking')
            : blocked !== null
              ? t(`security.remember.${blocked}`)
              : enabled
                ? t('security.remember.on')
                : t('security.remember.off')}
        </Typography>
        <Alert severity="warning" variant="outlined">
          {t('security.remember.warning')}
        </Alert>
        {notice !== null && (
          <Alert
            severity={notice === 'failed' ? 'error' : 'success'}
            role={notice === 'failed' ? 'alert' : 'status'}
          >
            {t(`security.remember.${notice}`)}
          </Alert>
        )}
      </Stack>
      <RememberDialog
        open={asking}
        onClose={() => setAsking(false)}
        onEnabled={() => void enabledNow()}
      />
    </SecurityBlock>
  );
}

function RememberDialog({
  open,
  onClose,
  onEnabled,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onEnabled: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const host = useHost();
  const passphrase = useCurrentPassphrase();

  const close = () => {
    passphrase.reset();
    onClose();
  };

  const submit = () =>
    passphrase.submit(async (current) => {
      const secret = await session.enableKeystoreSlot(current);
      try {
        storeKeystoreSecret(await host.keystoreEncrypt(secret));
      } catch (error) {
        // Without a stored secret the new slot is useless: take it away again.
        await session.disableKeystoreSlot().catch(() => undefined);
        throw error;
      } finally {
        secret.fill(0);
      }
      onEnabled();
    });

  return (
    <FormDialog
      open={open}
      title={t('security.remember.dialogTitle')}
      submitLabel={t('security.remember.confirm')}
      cancelLabel={t('security.common.cancel')}
      dirty={passphrase.field.value !== ''}
      busy={passphrase.busy}
      error={passphrase.otherFailure ? t('security.remember.failed') : null}
      onClose={close}
      onSubmit={submit}
    >
      <Typography>{t('security.remember.dialogIntro')}</Typography>
      <Alert severity="warning">{t('security.remember.warning')}</Alert>
      <CurrentPassphraseField {...passphrase.field} />
      {passphrase.busy && <BusyStatus label={t('security.common.busy')} />}
    </FormDialog>
  );
}
