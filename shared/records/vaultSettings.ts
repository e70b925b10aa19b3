// Runs in: any environment.
//
// Settings that belong to one school's vault rather than to the computer: how soon it locks
// itself, and (added by later features) school-wide choices such as the retention term.
// They live encrypted in the vault (not in electron-store) because they travel with the
// backup and because some of them describe the school's care practice.
import { z } from 'zod';
import { defineRecordType } from './registry';

/** The settings record's fixed id: a well-known name, not personal data. */
export const VAULT_SETTINGS_ID = 'vault.settings';

/** Choices offered for automatic locking, in minutes (the default is 5). */
export const AUTO_LOCK_CHOICES = [1, 2, 5, 10, 15, 30] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

export const vaultSettingsSchema = z
  .object({
    id: z.literal(VAULT_SETTINGS_ID),
    /** Minutes without mouse or keyboard use after which the vault locks itself. */
    autoLockMinutes: z.number().int().min(1).max(60),
  })
  .strict();
export type VaultSettings = z.infer<typeof vaultSettingsSchema>;

export const DEFAULT_VAULT_SETTINGS: VaultSettings = {
  id: VAULT_SETTINGS_ID,
  autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
};

export const vaultSettingsRecordType = defineRecordType({
  type: 'vault.settings',
  version: 1,
  schema: vaultSettingsSchema,
  migrations: {},
});
