// Runs in: any environment.
//
// The vault profile: which school the vault belongs to and who uses it. It is personal data
// (a person's name, the school), so it is an encrypted record like any other and never
// part of the plaintext vault header. There is exactly one, under a fixed id.
import { z } from 'zod';
import { defineRecordType } from './registry';

/** The profile's fixed id: a well-known name, not personal data. */
export const PROFILE_RECORD_ID = 'vault.profile';

/**
 * Roles of the vault's user (Dutch school care roles). `swv`: the coordinator of a
 * samenwerkingsverband, whose Cijfers area adds up the figures files of its schools (issue 17).
 * Adding a role widens the enum: every stored profile stays valid, so no migration.
 */
export const PROFILE_ROLES = ['ib', 'zorgcoordinator', 'smw', 'swv', 'other'] as const;
export type ProfileRole = (typeof PROFILE_ROLES)[number];

const name = z.string().trim().min(1).max(200);

export const vaultProfileSchema = z
  .object({
    id: z.literal(PROFILE_RECORD_ID),
    schoolName: name,
    userName: name,
    role: z.enum(PROFILE_ROLES),
    /** ISO 8601 timestamp of vault creation. */
    createdAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type VaultProfile = z.infer<typeof vaultProfileSchema>;

/** What the first-run screen collects; id and createdAt are filled in by the vault. */
export type VaultProfileInput = Pick<VaultProfile, 'schoolName' | 'userName' | 'role'>;

export const profileRecordType = defineRecordType({
  type: 'vault.profile',
  version: 1,
  schema: vaultProfileSchema,
  migrations: {},
  // Not searchable: the search box finds pupils and case records, not the user's own profile.
});
