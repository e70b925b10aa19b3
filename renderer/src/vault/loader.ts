// Runs in: renderer.
//
// Builds the working set at unlock. Normally from the encrypted snapshot (a few hundred
// packs, see snapshot.ts) plus the rows of the records changed since it was captured; when
// there is no snapshot, or anything about it is off (missing pack, failed authentication,
// bad content), from one bulk read of every row, decrypted in parallel batches and migrated.
// The rows are the truth and the snapshot only a cache: a broken cache never locks the user
// out, it only makes this unlock slower.
//
// On the row path a record that fails authentication (altered, or an envelope swapped with
// another) or validation is left out and reported, so one damaged row does not lock the
// user out of every other record; the vault's own bookkeeping (meta and profile) must be
// intact or the unlock fails. A snapshot load does not decrypt the unchanged rows and so
// does not re-detect a row tampered with since the snapshot was written: it reports what
// the snapshot carried over (found by an earlier row load) plus what the changed rows show.
// The backup verification and the audit check read every row.
//
// Rows are also held against the record manifest (manifest.ts) where the unlock reads them
// anyway: a row the manifest does not know, or knows at another version, is not loaded. The
// full comparison (missing and damaged rows too) is the session's background check.
import type { AuditEntry } from '../../../shared/audit/chain';
import { decryptJson } from '../../../shared/crypto/envelope';
import type { VaultKeys } from '../../../shared/crypto/keyslots';
import { PROFILE_RECORD_ID } from '../../../shared/records/profile';
import {
  migrateRecord,
  RecordError,
  type RecordTypeLookup,
} from '../../../shared/records/registry';
import { chainPointFromHead, decryptAuditRow } from './auditStorage';
import { VaultError } from './errors';
import { decryptMeta, META_RECORD_ID, type SnapshotRef, type VaultMeta } from './meta';
import { ManifestDamaged, readEntriesFor, rowDigest, type ManifestEntry } from './manifest';
import { readSnapshot } from './snapshot';
import type { RecordRow, VaultDatabase } from './storage/db';
import type { UnreadableReason, UnreadableRecord } from './unreadable';
import { WorkingSet } from './workingSet';

export type { UnreadableReason, UnreadableRecord } from './unreadable';

/** Where the working set came from: the snapshot (plus changed rows) or every row. */
export type LoadSource = 'snapshot' | 'rows';

export interface LoadedVault {
  readonly meta: VaultMeta;
  /** IV of the stored meta row, so the writer can tell whether someone else rewrote it. */
  readonly metaIv: Uint8Array;
  readonly workingSet: WorkingSet;
  readonly unreadable: readonly UnreadableRecord[];
  /** The newest audit entry, to chain the next one from. */
  readonly lastAudit: AuditEntry | null;
  /** False when the newest audit entry is missing or does not match the stored head. */
  readonly auditHeadIntact: boolean;
  readonly loadedFrom: LoadSource;
  /** True when the meta record named a snapshot that could not be used (rows were read instead). */
  readonly snapshotDiscarded: boolean;
  /**
   * True when the snapshot was used but still holds records deleted since it was written:
   * they are left out of the working set, and the snapshot should be rewritten so that a
   * delete is real in the cache too.
   */
  readonly snapshotHoldsDeleted: boolean;
}

const BATCH = 256;

function reasonOf(error: unknown): UnreadableReason {
  if (error instanceof RecordError) {
    switch (error.code) {
      case 'record.newer-version':
        return 'newer-version';
      case 'record.migration-failed':
      case 'record.migration-missing':
        return 'migration-failed';
      case 'record.unknown-type':
        return 'unknown-type';
      case 'record.invalid':
      case 'record.invalid-version':
      case 'record.invalid-definition':
        return 'invalid';
      default: {
        const _never: never = error.code;
        return _never;
      }
    }
  }
  return 'tampered';
}

export async function loadVault(
  db: VaultDatabase,
  keys: VaultKeys,
  registry: RecordTypeLookup,
): Promise<LoadedVault> {
  const metaRow = await db.records.get(META_RECORD_ID);
  const meta = await decryptMeta(keys.records, metaRow);
  let loaded: {
    workingSet: WorkingSet;
    unreadable: UnreadableRecord[];
    holdsDeleted?: boolean;
  } | null = null;
  let snapshotDiscarded = false;
  const ref = meta.snapshot ?? null;
  if (ref !== null) {
    loaded = await loadFromSnapshot(db, keys, registry, ref, meta).catch(() => null);
    snapshotDiscarded = loaded === null;
  }
  const loadedFrom: LoadSource = loaded === null ? 'rows' : 'snapshot';
  if (loaded === null) loaded = await loadFromRows(db, keys, registry, meta);
  const { workingSet, unreadable } = loaded;
  if (workingSet.get('vault.profile', PROFILE_RECORD_ID) === undefined) {
    throw new VaultError('vault.damaged', 'The vault profile record is missing or unreadable.');
  }
  const { lastAudit, auditHeadIntact } = await loadLastAudit(db, keys, meta);
  unreadable.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const snapshotHoldsDeleted = loaded.holdsDeleted ?? false;
  return {
    meta,
    metaIv: metaRow?.iv ?? new Uint8Array(0),
    workingSet,
    unreadable,
    lastAudit,
    auditHeadIntact,
    loadedFrom,
    snapshotDiscarded,
    snapshotHoldsDeleted,
  };
}

/** Today's full path: every row, decrypted, migrated and validated. */
async function loadFromRows(
  db: VaultDatabase,
  keys: VaultKeys,
  registry: RecordTypeLookup,
  meta: VaultMeta,
): Promise<{ workingSet: WorkingSet; unreadable: UnreadableRecord[] }> {
  const [rows, manifest] = await Promise.all([
    db.records.toArray(),
    manifestEntries(db, keys, meta, 'all'),
  ]);
  const workingSet = new WorkingSet();
  const unreadable: UnreadableRecord[] = [];
  await loadRows(
    rows.filter((row) => row.id !== META_RECORD_ID),
    keys,
    registry,
    workingSet,
    unreadable,
    manifest,
  );
  return { workingSet, unreadable };
}

/**
 * The manifest entries for `ids`, or null when the vault has no manifest (yet) or it is
 * damaged: then nothing is held back here and the session's check reports the damage.
 */
async function manifestEntries(
  db: VaultDatabase,
  keys: VaultKeys,
  meta: VaultMeta,
  ids: readonly string[] | 'all',
): Promise<Map<string, ManifestEntry> | null> {
  const ref = meta.manifest ?? null;
  if (ref === null || ids.length === 0) return null;
  return readEntriesFor(db, keys.records, ref, ids).catch((error: unknown) => {
    if (error instanceof ManifestDamaged) return null;
    throw error;
  });
}

/**
 * False for a row the manifest does not know or knows at another version (an older copy put
 * back): such a row is not loaded, so it cannot quietly stand in for the real record; the
 * session's integrity check reports it with a way out.
 */
function matchesManifest(
  manifest: ReadonlyMap<string, ManifestEntry> | null,
  row: RecordRow,
): boolean {
  if (manifest === null) return true;
  return manifest.get(row.id)?.digest === rowDigest(row);
}

/**
 * The snapshot's records, then the rows of every record changed since it was captured (a
 * missing row is a delete). Throws when anything about the snapshot is off.
 */
async function loadFromSnapshot(
  db: VaultDatabase,
  keys: VaultKeys,
  registry: RecordTypeLookup,
  ref: SnapshotRef,
  meta: VaultMeta,
): Promise<{ workingSet: WorkingSet; unreadable: UnreadableRecord[]; holdsDeleted: boolean }> {
  const dirty = new Set(ref.dirty);
  const workingSet = new WorkingSet();
  const dirtyRows = db.records.bulkGet(ref.dirty);
  const manifest = manifestEntries(db, keys, meta, ref.dirty);
  // Awaited below; if the snapshot fails first, its failure must not surface as unhandled.
  dirtyRows.catch(() => undefined);
  manifest.catch(() => undefined);
  await readSnapshot(db, keys.records, registry, ref, (def, record, storedVersion) => {
    if (!dirty.has(record.id)) workingSet.load(def, record, storedVersion);
  });
  const changed: RecordRow[] = [];
  let holdsDeleted = false;
  const entries = await manifest;
  for (const row of await dirtyRows) {
    if (row === undefined) holdsDeleted = true;
    else if (row.id !== META_RECORD_ID) changed.push(row);
  }
  const unreadable = ref.unreadable.filter((u) => !dirty.has(u.id));
  await loadRows(changed, keys, registry, workingSet, unreadable, entries);
  return { workingSet, unreadable, holdsDeleted };
}

/**
 * Decrypts, migrates and validates rows into the working set; failures go to `unreadable`.
 * A row that reads fine but does not match the manifest is held back (see matchesManifest).
 */
async function loadRows(
  rows: readonly RecordRow[],
  keys: VaultKeys,
  registry: RecordTypeLookup,
  workingSet: WorkingSet,
  unreadable: UnreadableRecord[],
  manifest: ReadonlyMap<string, ManifestEntry> | null,
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await Promise.all(
      batch.map(async (row) => {
        const def = registry.find(row.type);
        if (def === undefined) {
          unreadable.push({ id: row.id, type: row.type, reason: 'unknown-type' });
          return;
        }
        try {
          const plain = await decryptJson(keys.records, row);
          const record = migrateRecord(def, row.v, plain);
          if (record.id !== row.id)
            throw new RecordError('record.invalid', 'Record id differs from its envelope id.');
          if (matchesManifest(manifest, row)) workingSet.load(def, record, row.v);
        } catch (error) {
          unreadable.push({ id: row.id, type: row.type, reason: reasonOf(error) });
        }
      }),
    );
  }
}

async function loadLastAudit(
  db: VaultDatabase,
  keys: VaultKeys,
  meta: VaultMeta,
): Promise<{ lastAudit: AuditEntry | null; auditHeadIntact: boolean }> {
  const head = meta.auditHead;
  if (head.seq === 0) return { lastAudit: null, auditHeadIntact: (await db.audit.count()) === 0 };
  const row = await db.audit.get(head.seq);
  const entry = row === undefined ? null : await decryptAuditRow(keys.records, row);
  if (entry !== null && entry.hash === head.hash)
    return { lastAudit: entry, auditHeadIntact: true };
  return { lastAudit: chainPointFromHead(head), auditHeadIntact: false };
}
