// Runs in: renderer.
//
// The vault's own settings (auto-lock time, …), read from the encrypted settings record and
// kept current when it changes; defaults when none was saved yet.
import { useEffect, useState } from 'react';
import { DEFAULT_VAULT_SETTINGS, VAULT_SETTINGS_ID, type VaultSettings } from '../../../shared/records/vaultSettings';
import type { AppSession } from './VaultProvider';

export function readVaultSettings(session: AppSession): VaultSettings {
  return session.records.get('vault.settings', VAULT_SETTINGS_ID) ?? DEFAULT_VAULT_SETTINGS;
}

export function useVaultSettings(session: AppSession): VaultSettings {
  const [settings, setSettings] = useState(() => readVaultSettings(session));
  useEffect(
    () =>
      session.records.subscribe((changes) => {
        if (changes.some((c) => c.type === 'vault.settings')) setSettings(readVaultSettings(session));
      }),
    [session],
  );
  return settings;
}
