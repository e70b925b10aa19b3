// Runs in: renderer.
//
// The vault meta record: the vault's own encrypted bookkeeping, stored as an envelope in the
// records table under a fixed id. It holds the audit chain head (so that entries cut from
// the end of the trail are detected: the head cannot be rewritten without the key) and when
// the last backup was saved, which working-set snapshot (if any) the next unlock may read
// instead of every row, and the tags of the record manifest's buckets. Not a registered record type: the app cannot list or delete it.
import { z } from 'zod';
import { decryptJson, encryptJson } from '../../../shared/crypto/envelope';
import type { AuditHead } from '../../../shared/audit/chain';
import { VaultError } from './errors';
import type { RecordRow } from './storage/db';
import { manifestRefSchema, type ManifestRef } from './manifest';
import { UNREADABLE_REASONS } from './unreadable';

export const META_RECORD_ID = 'vault.meta';
export const META_RECORD_TYPE = 'vault.meta';
export const META_VERSION = 1;

/**
 * Most record ids written or deleted since a snapshot was captured that the meta record keeps;
 * one more and the snapshot is dropped (the next unlock reads every row and writes a new one).
 */
export const SNAPSHOT_DIRTY_LIMIT = 2000;

/**
 * The current working-set snapshot: its random id and pack count, the records changed since
 * it was captured (read from their rows at unlock; a missing row is a delete), and the
 * records known to be unreadable when it was captured (so the warning survives a snapshot
 * unlock, which does not decrypt every row).
 */
export const snapshotRefSchema = z
  .object({
    id: z.string().regex(/^s[0-9a-f]{32}$/),
    packs: z.number().int().min(1).max(1_000_000),
    dirty: z.array(z.string().min(1).max(200)).max(SNAPSHOT_DIRTY_LIMIT),
    unreadable: z.array(
      z
        .object({
          id: z.string().min(1).max(200),
          type: z.string().min(1).max(200),
          reason: z.enum(UNREADABLE_REASONS),
        })
        .strict(),
    ),
  })
  .strict();
export type SnapshotRef = z.infer<typeof snapshotRefSchema>;

export const vaultMetaSchema = z
  .object({
    id: z.literal(META_RECORD_ID),
    /** Sequence number and hash of the newest audit entry (seq 0: none yet). */
    auditHead: z
      .object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) })
      .strict(),
    /** When the user last saved a backup file (ISO 8601), or null. */
    lastBackupAt: z.iso.datetime({ offset: true }).nullable(),
    /**
     * The working-set snapshot, or null. Optional: meta records written before the snapshot
     * existed (schema v2 databases) lack it and read as "no snapshot", so no migration is needed.
     */
    snapshot: snapshotRefSchema.nullable().optional(),
    /**
     * The record manifest (manifest.ts): the tag of each bucket row. Absent in meta records
     * written before the manifest existed (schema v3 databases): the first unlock builds it.
     * Null: dropped because a bucket was found damaged; rebuilt and reported by the check.
     */
    manifest: manifestRefSchema.nullable().optional(),
  })
  .strict();
export type VaultMeta = z.infer<typeof vaultMetaSchema>;

export function newMeta(auditHead: AuditHead, manifest: ManifestRef): VaultMeta {
  return {
    id: META_RECORD_ID,
    auditHead: { seq: auditHead.seq, hash: auditHead.hash },
    lastBackupAt: null,
    snapshot: null,
    manifest,
  };
}

/**
 * The snapshot reference after a commit touched `ids`: they join `dirty`; past
 * SNAPSHOT_DIRTY_LIMIT the snapshot is dropped (null).
 */
export function withDirty(
  snapshot: SnapshotRef | null,
  ids: readonly string[],
): SnapshotRef | null {
  if (snapshot === null || ids.length === 0) return snapshot;
  const dirty = new Set(snapshot.dirty);
  for (const id of ids) dirty.add(id);
  if (dirty.size > SNAPSHOT_DIRTY_LIMIT) return null;
  return { ...snapshot, dirty: [...dirty] };
}

export async function encryptMeta(key: CryptoKey, meta: VaultMeta): Promise<RecordRow> {
  const env = await encryptJson(
    key,
    { id: META_RECORD_ID, type: META_RECORD_TYPE, v: META_VERSION },
    meta,
  );
  return { id: env.id, type: env.type, v: env.v, iv: env.iv, ct: env.ct };
}

/** Decrypts and validates the meta record; any failure is 'vault.damaged'. */
export async function decryptMeta(key: CryptoKey, row: RecordRow | undefined): Promise<VaultMeta> {
  if (row === undefined || row.type !== META_RECORD_TYPE)
    throw new VaultError('vault.damaged', 'The vault meta record is missing.');
  if (row.v !== META_VERSION)
    throw new VaultError('vault.damaged', `The vault meta record has unknown version ${row.v}.`);
  let plain: unknown;
  try {
    plain = await decryptJson(key, row);
  } catch {
    throw new VaultError('vault.damaged', 'The vault meta record failed authentication.');
  }
  const parsed = vaultMetaSchema.safeParse(plain);
  if (!parsed.success)
    throw new VaultError('vault.damaged', 'The vault meta record does not match its schema.');
  return parsed.data;
}
