// Runs in: renderer.
//
// The vault meta record: the vault's own encrypted bookkeeping, stored as an envelope in the
// records table under a fixed id. It holds the audit chain head (so that entries cut from
// the end of the trail are detected: the head cannot be rewritten without the key) and when
// the last backup was saved. Not a registered record type: the app cannot list or delete it.
import { z } from 'zod';
import { decryptJson, encryptJson } from '../../../shared/crypto/envelope';
import type { AuditHead } from '../../../shared/audit/chain';
import { VaultError } from './errors';
import type { RecordRow } from './storage/db';

export const META_RECORD_ID = 'vault.meta';
export const META_RECORD_TYPE = 'vault.meta';
export const META_VERSION = 1;

export const vaultMetaSchema = z
  .object({
    id: z.literal(META_RECORD_ID),
    /** Sequence number and hash of the newest audit entry (seq 0: none yet). */
    auditHead: z.object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    /** When the user last saved a backup file (ISO 8601), or null. */
    lastBackupAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .strict();
export type VaultMeta = z.infer<typeof vaultMetaSchema>;

export function newMeta(auditHead: AuditHead): VaultMeta {
  return { id: META_RECORD_ID, auditHead: { seq: auditHead.seq, hash: auditHead.hash }, lastBackupAt: null };
}

export async function encryptMeta(key: CryptoKey, meta: VaultMeta): Promise<RecordRow> {
  const env = await encryptJson(key, { id: META_RECORD_ID, type: META_RECORD_TYPE, v: META_VERSION }, meta);
  return { id: env.id, type: env.type, v: env.v, iv: env.iv, ct: env.ct };
}

/** Decrypts and validates the meta record; any failure is 'vault.damaged'. */
export async function decryptMeta(key: CryptoKey, row: RecordRow | undefined): Promise<VaultMeta> {
  if (row === undefined || row.type !== META_RECORD_TYPE) throw new VaultError('vault.damaged', 'The vault meta record is missing.');
  if (row.v !== META_VERSION) throw new VaultError('vault.damaged', `The vault meta record has unknown version ${row.v}.`);
  let plain: unknown;
  try {
    plain = await decryptJson(key, row);
  } catch {
    throw new VaultError('vault.damaged', 'The vault meta record failed authentication.');
  }
  const parsed = vaultMetaSchema.safeParse(plain);
  if (!parsed.success) throw new VaultError('vault.damaged', 'The vault meta record does not match its schema.');
  return parsed.data;
}
