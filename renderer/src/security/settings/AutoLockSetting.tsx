// Runs in: renderer.
//
// How many idle minutes before the vault locks itself. The choice is stored in the encrypted
// 'vault.settings' record (it travels with the backup); the vault audits the write, and the
// running auto-lock timer picks the new value up at once through useVaultSettings.
import { useState, type ChangeEvent } from 'react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_CHOICES, vaultSettingsSchema } from '../../../../shared/records/vaultSettings';
import { useSession } from '../VaultProvider';
import { useVaultSettings } from '../useVaultSettings';
import { SecurityBlock } from './SecurityBlock';

type SaveState =
  | { readonly kind: 'idle' | 'saving' | 'failed' }
  | { readonly kind: 'saved'; readonly minutes: number };

export function AutoLockSetting() {
  const { t } = useTranslation();
  const session = useSession();
  const settings = useVaultSettings(session);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // A value saved by an older version outside today's choices is still shown as it is.
  const choices: readonly number[] = (AUTO_LOCK_CHOICES as readonly number[]).includes(
    settings.autoLockMinutes,
  )
    ? AUTO_LOCK_CHOICES
    : [...AUTO_LOCK_CHOICES, settings.autoLockMinutes].sort((a, b) => a - b);

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const parsed = vaultSettingsSchema.safeParse({
      ...settings,
      autoLockMinutes: Number(event.target.value),
    });
    if (!parsed.success || parsed.data.autoLockMinutes === settings.autoLockMinutes) return;
    setState({ kind: 'saving' });
    try {
      await session.records.put('vault.settings', parsed.data);
      setState({ kind: 'saved', minutes: parsed.data.autoLockMinutes });
    } catch {
      setState({ kind: 'failed' });
    }
  };

  return (
    <SecurityBlock
      title={t('security.autoLock.title')}
      description={t('security.autoLock.description')}
    >
      <Stack spacing={1.5} sx={{ maxWidth: 360 }}>
        <TextField
          id="auto-lock-minutes"
          select
          label={t('security.autoLock.label')}
          value={String(settings.autoLockMinutes)}
          onChange={(event: ChangeEvent<HTMLInputElement>) => void onChange(event)}
          disabled={state.kind === 'saving'}
          slotProps={{ select: { native: true } }}
        >
          {choices.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {t('security.autoLock.minutes', { count: minutes })}
            </option>
          ))}
        </TextField>
      </Stack>
      {state.kind === 'saved' && (
        <Alert severity="success" role="status" sx={{ mt: 1.5 }}>
          {t('security.autoLock.saved', { count: state.minutes })}
        </Alert>
      )}
      {state.kind === 'failed' && (
        <Alert severity="error" role="alert" sx={{ mt: 1.5 }}>
          {t('security.autoLock.failed')}
        </Alert>
      )}
    </SecurityBlock>
  );
}
