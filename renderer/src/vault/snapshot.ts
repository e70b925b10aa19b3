// Runs in: renderer.
//
// The encrypted snapshot of the working set ("packs"): what an unlock reads instead of every
// row. Reading 200,000 small rows and decrypting each on its own costs tens of seconds; a few
// hundred packs of about a thousand records each cost a fraction of that. A pack is one
// envelope (shared/crypto/envelope.ts, the records key) around the JSON array of its records;
// its AAD binds snapshot id, pack number and pack count, so packs cannot be swapped,
// reordered, dropped from the end or mixed between snapshots. The records table stays the
// truth; the snapshot is a cache that the loader ignores whenever anything about it is off.
// Format: docs/formats.md ("Snapshot pack").
import { randomBytes, toHex } from '../../../shared/crypto/bytes';
import { decryptJson, encryptJson, type RecordMeta } from '../../../shared/crypto/envelope';
import {
  migrateRecord,
  type AnyRecordTypeDef,
  type RecordBase,
  type RecordTypeLookup,
} from '../../../shared/records/registry';
import type { SnapshotRef } from './meta';
import type { PackRow, VaultDatabase } from './storage/db';
import type { WorkingSetEntry } from './workingSet';

/** Envelope type of a pack (bound into its AAD). */
export const PACK_TYPE = 'vault.pack';
/** Layout version of a pack's plaintext (bound into its AAD). */
export const PACK_FORMAT_VERSION = 1;
/** Records per pack: about 1 MB of JSON at the app's typical 1 KB per record. */
export const PACK_RECORDS = 1000;
/** Packs decrypted at the same time while loading (bounds the plaintext held at once). */
const PARALLEL_PACKS = 4;

/** Why a snapshot cannot be used; the loader falls back to the rows. Never shown to users. */
export class SnapshotUnusable extends Error {}

/** A new random snapshot id: `s` + 32 hex digits. */
export function newSnapshotId(): string {
  return `s${toHex(randomBytes(16))}`;
}

/** How many packs hold `records` records (at least one: the profile always exists). */
export function packCount(records: number): number {
  return Math.max(1, Math.ceil(records / PACK_RECORDS));
}

/** Primary key of pack `n` of snapshot `snapshotId`. */
export function packKey(snapshotId: string, n: number): string {
  return `${snapshotId}:${n}`;
}

/** The envelope metadata (and so the AAD) of pack `n` of `count` in snapshot `snapshotId`. */
function packMeta(snapshotId: string, n: number, count: number): RecordMeta {
  return { id: `${snapshotId}:${n}/${count}`, type: PACK_TYPE, v: PACK_FORMAT_VERSION };
}

/**
 * Encrypts one pack. Each entry is `{type, v, record}` with `v` the version of the record as
 * held (its type's version: the working set holds migrated records) and, when the row on disk
 * is older, `stored` (the row's version, so "rewritten on next save" survives a snapshot load).
 */
export async function encryptPack(
  key: CryptoKey,
  snapshotId: string,
  n: number,
  count: number,
  entries: readonly WorkingSetEntry[],
): Promise<PackRow> {
  const plain = entries.map((e) => ({
    type: e.type,
    v: e.def.version,
    record: e.record,
    ...(e.storedVersion === e.def.version ? {} : { stored: e.storedVersion }),
  }));
  const env = await encryptJson(key, packMeta(snapshotId, n, count), plain);
  return { key: packKey(snapshotId, n), iv: env.iv, ct: env.ct };
}

/** Receives each record of a snapshot with the version its row is stored at. */
export type SnapshotRecordSink = (
  def: AnyRecordTypeDef,
  record: RecordBase,
  storedVersion: number,
) => void;

/**
 * Reads, decrypts and parses every pack of `ref`, in order, handing each record to `sink`.
 * Records at their type's current version are not re-validated (validated when written,
 * authenticated by AES-GCM); older ones are migrated and validated as on the row path.
 * Throws (SnapshotUnusable, CryptoError, RecordError) when anything is off.
 */
export async function readSnapshot(
  db: VaultDatabase,
  key: CryptoKey,
  registry: RecordTypeLookup,
  ref: SnapshotRef,
  sink: SnapshotRecordSink,
): Promise<void> {
  const rows = await db.packs.bulkGet(
    Array.from({ length: ref.packs }, (_, n) => packKey(ref.id, n)),
  );
  for (let start = 0; start < rows.length; start += PARALLEL_PACKS) {
    const plains = await Promise.all(
      rows.slice(start, start + PARALLEL_PACKS).map((row, i) => {
        if (row === undefined) throw new SnapshotUnusable('A snapshot pack is missing.');
        return decryptJson(key, {
          ...packMeta(ref.id, start + i, ref.packs),
          iv: row.iv,
          ct: row.ct,
        });
      }),
    );
    for (const plain of plains) parsePack(plain, registry, sink);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRecordBase(value: unknown): value is RecordBase {
  return isObject(value) && typeof value['id'] === 'string';
}

function isVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function parsePack(plain: unknown, registry: RecordTypeLookup, sink: SnapshotRecordSink): void {
  if (!Array.isArray(plain)) throw new SnapshotUnusable('A snapshot pack is not a list.');
  for (const item of plain as unknown[]) {
    if (!isObject(item)) throw new SnapshotUnusable('A snapshot entry is malformed.');
    const { type, v, record } = item;
    const stored = item['stored'] ?? v;
    if (typeof type !== 'string' || !isVersion(v) || !isVersion(stored) || !isRecordBase(record))
      throw new SnapshotUnusable('A snapshot entry is malformed.');
    const def = registry.find(type);
    if (def === undefined)
      throw new SnapshotUnusable('A snapshot entry has a type this build does not know.');
    if (v === def.version) sink(def, record, stored);
    else sink(def, migrateRecord(def, v, record), stored);
  }
}
