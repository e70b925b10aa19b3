// Runs in: renderer.
//
// The record manifest: the vault's own encrypted list of every live record, with the version
// of its row, so that a row that goes missing, is damaged, is replaced by an older (validly
// encrypted) copy or appears from nowhere is noticed instead of silently shown from the
// snapshot, left out of a backup or loaded as if nothing happened.
//
// Shape (cheap at 200,000 records): the ids are spread over MANIFEST_BUCKETS buckets by a
// hash of the id. Each bucket is one encrypted envelope in the `manifest` table holding, per
// record, its type, its `parent` and the digest of its row: the last 8 bytes of the row's
// AES-GCM tag. A tag is a MAC over the row's ciphertext and AAD under the records key, so
// every write (fresh IV) gives a new digest and an older copy of the row cannot carry the
// current one. The meta record holds the tag of every bucket row (null: empty bucket), so a
// bucket cannot be replayed either; the meta record itself is authenticated. A commit that
// changes k records rewrites at most k buckets: O(changed), not O(all).
import { z } from 'zod';
import { toHex } from '../../../shared/crypto/bytes';
import { decryptJson, encryptJson, type RecordMeta } from '../../../shared/crypto/envelope';
import type { ManifestRow, RecordRow, VaultDatabase } from './storage/db';

export const MANIFEST_BUCKETS = 64;
export const MANIFEST_RECORD_TYPE = 'vault.manifest';
export const MANIFEST_VERSION = 1;

/** Bytes of the row's GCM tag kept as its digest (the tag is the last 16 bytes of `ct`). */
const DIGEST_BYTES = 8;

/** In the meta record: the tag of each bucket row, or null for an empty bucket (no row). */
export const manifestRefSchema = z
  .object({
    buckets: z
      .array(
        z
          .string()
          .regex(/^[0-9a-f]{32}$/)
          .nullable(),
      )
      .length(MANIFEST_BUCKETS),
  })
  .strict();
export type ManifestRef = z.infer<typeof manifestRefSchema>;

/** What the manifest knows about one record. */
export interface ManifestEntry {
  readonly type: string;
  readonly digest: string;
  readonly parent?: string;
}

/** A bucket's plaintext: type → id → digest, or `digest parent` when the record has a parent. */
const bucketSchema = z.record(
  z.string().min(1).max(200),
  z.record(z.string().min(1).max(200), z.string().min(1).max(300)),
);

/** The digest of a stored row (record or bucket): hex of the tail of its GCM tag. */
export function rowDigest(row: { readonly ct: Uint8Array }, bytes = DIGEST_BYTES): string {
  return toHex(row.ct.subarray(row.ct.length - bytes));
}

/** The tag of a bucket row as kept in the meta record (the whole 16-byte tag). */
export function bucketTag(row: ManifestRow): string {
  return rowDigest(row, 16);
}

/** The manifest entry a row written now stands for. */
export function entryOfRow(row: RecordRow): ManifestEntry {
  return {
    type: row.type,
    digest: rowDigest(row),
    ...(row.parent === undefined ? {} : { parent: row.parent }),
  };
}

/** Which bucket an id belongs to (FNV-1a over its characters). */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % MANIFEST_BUCKETS;
}

function bucketMeta(n: number): RecordMeta {
  return { id: `manifest:${n}`, type: MANIFEST_RECORD_TYPE, v: MANIFEST_VERSION };
}

export async function encryptBucket(
  key: CryptoKey,
  n: number,
  entries: ReadonlyMap<string, ManifestEntry>,
): Promise<ManifestRow> {
  const plain: Record<string, Record<string, string>> = {};
  for (const [id, entry] of entries) {
    const byType = (plain[entry.type] ??= {});
    byType[id] = entry.parent === undefined ? entry.digest : `${entry.digest} ${entry.parent}`;
  }
  const env = await encryptJson(key, bucketMeta(n), plain);
  return { n, iv: env.iv, ct: env.ct };
}

/** Thrown when a bucket row is missing, altered, replayed or malformed. */
export class ManifestDamaged extends Error {}

/** Reads and checks bucket `n` against its tag in the meta record. */
export async function readBucket(
  db: VaultDatabase,
  key: CryptoKey,
  ref: ManifestRef,
  n: number,
): Promise<Map<string, ManifestEntry>> {
  const expected = ref.buckets[n] ?? null;
  const row = await db.manifest.get(n);
  if (expected === null) {
    if (row !== undefined) throw new ManifestDamaged(`Manifest bucket ${n} should be empty.`);
    return new Map();
  }
  if (row === undefined || bucketTag(row) !== expected)
    throw new ManifestDamaged(`Manifest bucket ${n} is missing or not the current one.`);
  let plain: unknown;
  try {
    plain = await decryptJson(key, { ...bucketMeta(n), iv: row.iv, ct: row.ct });
  } catch {
    throw new ManifestDamaged(`Manifest bucket ${n} failed authentication.`);
  }
  const parsed = bucketSchema.safeParse(plain);
  if (!parsed.success) throw new ManifestDamaged(`Manifest bucket ${n} is malformed.`);
  const entries = new Map<string, ManifestEntry>();
  for (const [type, ids] of Object.entries(parsed.data)) {
    for (const [id, value] of Object.entries(ids)) {
      const space = value.indexOf(' ');
      entries.set(
        id,
        space < 0
          ? { type, digest: value }
          : { type, digest: value.slice(0, space), parent: value.slice(space + 1) },
      );
    }
  }
  return entries;
}

/**
 * The entries of the buckets that hold `ids` (the unlock checks the rows it reads against
 * them). Throws ManifestDamaged.
 */
export async function readEntriesFor(
  db: VaultDatabase,
  key: CryptoKey,
  ref: ManifestRef,
  ids: Iterable<string> | 'all',
): Promise<Map<string, ManifestEntry>> {
  const wanted = new Set<number>();
  if (ids === 'all') for (let n = 0; n < MANIFEST_BUCKETS; n++) wanted.add(n);
  else for (const id of ids) wanted.add(bucketOf(id));
  const buckets = await Promise.all([...wanted].map((n) => readBucket(db, key, ref, n)));
  const all = new Map<string, ManifestEntry>();
  for (const bucket of buckets) for (const [id, entry] of bucket) all.set(id, entry);
  return all;
}

/** The bucket rows and meta reference for a complete set of entries (first build, restore, create). */
export async function buildManifest(
  key: CryptoKey,
  entries: ReadonlyMap<string, ManifestEntry>,
): Promise<{ rows: ManifestRow[]; ref: ManifestRef }> {
  const buckets = Array.from({ length: MANIFEST_BUCKETS }, () => new Map<string, ManifestEntry>());
  for (const [id, entry] of entries) buckets[bucketOf(id)]?.set(id, entry);
  const rows: ManifestRow[] = [];
  const tags: (string | null)[] = [];
  for (let n = 0; n < MANIFEST_BUCKETS; n++) {
    const bucket = buckets[n] as Map<string, ManifestEntry>;
    if (bucket.size === 0) {
      tags.push(null);
      continue;
    }
    const row = await encryptBucket(key, n, bucket);
    rows.push(row);
    tags.push(bucketTag(row));
  }
  return { rows, ref: { buckets: tags } };
}

/**
 * The manifest as a session keeps it while writing: buckets are read when a commit first
 * touches them (the unlock reads none), changed in a copy, and take effect only once the
 * commit's transaction has landed.
 */
export class ManifestKeeper {
  private readonly loaded = new Map<number, Map<string, ManifestEntry>>();

  constructor(
    private readonly db: VaultDatabase,
    private readonly key: CryptoKey,
    private current: ManifestRef | null,
  ) {}

  get ref(): ManifestRef | null {
    return this.current;
  }

  /**
   * The bucket rows to write for a commit that puts `puts` and deletes `deletes`, and the new
   * reference. Null when the vault has no manifest (yet). Throws ManifestDamaged when a
   * touched bucket does not check out.
   */
  async plan(
    puts: readonly RecordRow[],
    deletes: readonly string[],
  ): Promise<{
    rows: ManifestRow[];
    emptied: number[];
    ref: ManifestRef;
    apply: () => void;
  } | null> {
    const ref = this.current;
    if (ref === null || (puts.length === 0 && deletes.length === 0)) return null;
    const changed = new Map<number, Map<string, ManifestEntry>>();
    const bucket = async (id: string): Promise<Map<string, ManifestEntry>> => {
      const n = bucketOf(id);
      let copy = changed.get(n);
      if (copy === undefined) {
        copy = new Map(this.loaded.get(n) ?? (await readBucket(this.db, this.key, ref, n)));
        changed.set(n, copy);
      }
      return copy;
    };
    for (const id of deletes) (await bucket(id)).delete(id);
    for (const row of puts) (await bucket(row.id)).set(row.id, entryOfRow(row));
    const rows: ManifestRow[] = [];
    const emptied: number[] = [];
    const tags = [...ref.buckets];
    for (const [n, entries] of changed) {
      if (entries.size === 0) {
        emptied.push(n);
        tags[n] = null;
      } else {
        const row = await encryptBucket(this.key, n, entries);
        rows.push(row);
        tags[n] = bucketTag(row);
      }
    }
    const next: ManifestRef = { buckets: tags };
    return {
      rows,
      emptied,
      ref: next,
      apply: () => {
        for (const [n, entries] of changed) this.loaded.set(n, entries);
        this.current = next;
      },
    };
  }

  /** Replaces the whole manifest (first build): the caller writes the rows in its commit. */
  replaced(ref: ManifestRef | null): void {
    this.loaded.clear();
    this.current = ref;
  }

  /** The whole manifest as id → entry (reads the buckets not yet read). Throws ManifestDamaged. */
  async entries(): Promise<Map<string, ManifestEntry> | null> {
    const ref = this.current;
    if (ref === null) return null;
    const all = new Map<string, ManifestEntry>();
    for (let n = 0; n < MANIFEST_BUCKETS; n++) {
      let bucket = this.loaded.get(n);
      if (bucket === undefined) {
        bucket = await readBucket(this.db, this.key, ref, n);
        this.loaded.set(n, bucket);
      }
      for (const [id, entry] of bucket) all.set(id, entry);
    }
    return all;
  }
}
