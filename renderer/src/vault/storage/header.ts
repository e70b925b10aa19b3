// Runs in: renderer.
//
// Reading and validating the plaintext header row. The header is the one row an attacker
// can change without the key, so it is parsed strictly every time it is read; its key slots
// are authenticated by their own AAD and its failed-unlock counter only throttles the UI.
import { z } from 'zod';
import { fromStoredSlot, keySlotSchema, type KeySlot } from '../../../../shared/crypto/keyslots';
import { VaultError } from '../errors';
import { MAX_RECORDED_FAILURES } from '../throttle';
import { HEADER_KEY, type HeaderRow, type VaultDatabase } from './db';

/** Layout version of the vault contents this build writes (header, meta record, envelopes). */
export const VAULT_FORMAT_VERSION = 1;

const failedUnlocksSchema = z
  .object({
    count: z.number().int().min(0),
    lastAt: z.number().nullable(),
    recent: z
      .array(z.object({ at: z.number(), method: z.enum(['passphrase', 'recovery']) }).strict())
      .max(MAX_RECORDED_FAILURES),
  })
  .strict();

export const headerRowSchema = z
  .object({
    key: z.literal(HEADER_KEY),
    vaultId: z.string().regex(/^[a-z0-9]{8,64}$/),
    formatVersion: z.number().int().min(1),
    createdAt: z.iso.datetime({ offset: true }),
    slots: z.array(keySlotSchema).min(1).max(16),
    failedUnlocks: failedUnlocksSchema,
  })
  .strict();

/** The header after validation, with slots decoded for the crypto core. */
export interface VaultHeader {
  readonly row: HeaderRow;
  readonly slots: readonly KeySlot[];
}

/** Validates a header row; throws VaultError 'vault.newer-format' or 'vault.damaged'. */
export function parseHeader(raw: unknown): VaultHeader {
  const version = z.object({ formatVersion: z.number() }).safeParse(raw);
  if (version.success && version.data.formatVersion > VAULT_FORMAT_VERSION) {
    throw new VaultError(
      'vault.newer-format',
      `Vault format ${version.data.formatVersion} is newer than this build (${VAULT_FORMAT_VERSION}).`,
    );
  }
  const parsed = headerRowSchema.safeParse(raw);
  if (!parsed.success)
    throw new VaultError('vault.damaged', 'The vault header does not match its schema.');
  try {
    return { row: parsed.data, slots: parsed.data.slots.map(fromStoredSlot) };
  } catch {
    throw new VaultError('vault.damaged', 'A key slot in the vault header is malformed.');
  }
}

/** The validated header, or null when there is no vault yet. */
export async function readHeader(db: VaultDatabase): Promise<VaultHeader | null> {
  const raw: unknown = await db.header.get(HEADER_KEY);
  return raw === undefined ? null : parseHeader(raw);
}
