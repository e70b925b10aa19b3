// Runs in: renderer.
//
// After unlocking with the recovery code, the user must choose a new passphrase before the
// app opens: the forgotten one is replaced, the recovery code keeps working.
import { useCallback, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { isVaultError } from '../vault';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { AuthLayout } from './AuthLayout';
import { NewPassphraseFields, type NewPassphraseValue } from './NewPassphraseFields';
import { useVault, type AppSession } from './VaultProvider';

export function RecoveryChangeScreen({ session }: { readonly session: AppSession }) {
  const { t } = useTranslation();
  const { opened } = useVault();
  const [value, setValue] = useState<NewPassphraseValue>({ passphrase: '', repeat: '' });
  const [valid, setValid] = useState(false);
  const [tried, setTried] = useState(false);
  const { busy, failed, error: caught, attempt } = useSaveAttempt();
  const onValidity = useCallback((v: boolean) => setValid(v), []);
  const profile = session.profile;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!valid) return;
    await attempt(async () => {
      await session.completeRecovery(value.passphrase);
      setValue({ passphrase: '', repeat: '' });
      // The same session, now without the recovery flag: show the app.
      opened(session);
    });
  };
  const error = !failed
    ? null
    : isVaultError(caught, 'passphrase.too-weak')
      ? 'tooWeak'
      : isVaultError(caught, 'vault.locked')
        ? 'locked'
        : 'unexpected';

  return (
    <AuthLayout title={t('vault.recoveryChange.title')} intro={t('vault.recoveryChange.intro')}>
      <Stack component="form" spacing={2.5} onSubmit={(e) => void submit(e)} noValidate>
        <NewPassphraseFields
          value={value}
          onChange={setValue}
          onValidity={onValidity}
          userInputs={[profile.schoolName, profile.userName]}
          showErrors={tried}
          disabled={busy}
          autoFocus
        />
        {error !== null && <Alert severity="error">{t(`vault.errors.${error}`)}</Alert>}
        <Button type="submit" variant="contained" disabled={busy}>
          {t('vault.recoveryChange.submit')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
