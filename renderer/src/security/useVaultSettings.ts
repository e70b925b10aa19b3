// Runs in: renderer.
//
// The vault's own settings (auto-lock time, …), read from the encrypted settings record and
// kept current when it changes; defaults when none was saved yet.
import {
  DEFAULT_VAULT_SETTINGS,
  VAULT_SETTINGS_ID,
  type VaultSettings,
} from '../../../shared/records/vaultSettings';
import { useRecord } from '../records/useRecords';
import type { AppSession } from './VaultProvider';

export function useVaultSettings(session: AppSession): VaultSettings {
  return useRecord(session, 'vault.settings', VAULT_SETTINGS_ID) ?? DEFAULT_VAULT_SETTINGS;
}
