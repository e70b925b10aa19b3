// Runs in: renderer.
//
// The vault's IndexedDB database (Dexie 4). Five tables, and nothing personal in any of
// them outside a ciphertext: the header holds key slots and counters, records and audit
// rows are encrypted envelopes whose clear fields are random ids and type names, packs are
// encrypted blobs of the working-set snapshot under random snapshot ids, manifest rows encrypted
// buckets under their number. The schema
// is versioned; every version's declaration stays here forever so that a database written
// by any earlier release opens and upgrades (see docs/storage.md, "Upgrade path").
import { Dexie, type Table, type Transaction } from 'dexie';
import type { StoredKeySlot } from '../../../../shared/crypto/keyslots';

/** Default database name; tests pass their own so they never touch a real vault. */
export const VAULT_DB_NAME = 'zorgtafel';

/** Primary key of the single header row. */
export const HEADER_KEY = 'vault';

/** Failed unlock attempts since the last successful unlock (not personal: counts and times). */
export interface FailedUnlocks {
  readonly count: number;
  /** Epoch ms of the latest failure, or null. */
  readonly lastAt: number | null;
  /** The most recent failures (at most MAX_RECORDED_FAILURES), audited at the next unlock. */
  readonly recent: readonly { readonly at: number; readonly method: 'passphrase' | 'recovery' }[];
}

/** The single plaintext row: how to open the vault. No school name, no user name. */
export interface HeaderRow {
  readonly key: typeof HEADER_KEY;
  /** Random vault id (bound into each key slot's AAD). */
  readonly vaultId: string;
  /** Layout version of the vault's contents (not the Dexie schema version). */
  readonly formatVersion: number;
  /** ISO 8601 creation time. */
  readonly createdAt: string;
  /** Key slots in stored (JSON-safe) form; validated with keySlotSchema on every read. */
  readonly slots: readonly StoredKeySlot[];
  readonly failedUnlocks: FailedUnlocks;
}

/**
 * A record envelope at rest. Indexed: `id` (random token or fixed name), `type` (type name)
 * and `parent` (another record's id). iv and ct are raw bytes; the AAD binds id, type and v.
 */
export interface RecordRow {
  readonly id: string;
  readonly type: string;
  readonly v: number;
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
  /** Id of the record this one belongs to; a query hint, checked against the decrypted record. */
  readonly parent?: string;
}

/** An audit entry at rest: envelope with id `audit:<seq>` and type 'audit.entry'. */
export interface AuditRow {
  readonly seq: number;
  readonly id: string;
  readonly type: 'audit.entry';
  readonly v: number;
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
}

/**
 * One encrypted pack of the working-set snapshot (a cache over the records table, see
 * renderer/src/vault/snapshot.ts). Key `<snapshotId>:<n>`; the AAD binds snapshot id, pack
 * number and pack count, so a pack moved to another key or snapshot fails to decrypt.
 */
export interface PackRow {
  readonly key: string;
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
}

/**
 * One encrypted bucket of the record manifest (renderer/src/vault/manifest.ts): which records
 * exist and the digest of each one's row. Key: the bucket number; the AAD binds it.
 */
export interface ManifestRow {
  readonly n: number;
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
}

/** One Dexie schema version: its store declaration and the upgrade that brings data to it. */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema version ever released, oldest first. Never edit a released entry: add a
 * new one. Dexie applies the upgrades of all versions newer than what is on disk, in order.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // v1: header row, record envelopes by id and type, audit rows by sequence number.
    version: 1,
    stores: { header: 'key', records: 'id, type', audit: 'seq' },
  },
  {
    // v2: records get a `parent` index (chronology per pupil without decrypting everything)
    // and the header gets its failed-unlock counter (a v1 header had none: start at zero).
    version: 2,
    stores: { records: 'id, type, parent' },
    upgrade: async (tx) => {
      await tx
        .table('header')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          if (row['failedUnlocks'] === undefined)
            row['failedUnlocks'] = { count: 0, lastAt: null, recent: [] };
        });
    },
  },
  {
    // v3: the encrypted working-set snapshot ("packs"), read at unlock instead of every row.
    // A cache: an upgraded database simply has none yet and gets one after its next unlock.
    version: 3,
    stores: { packs: 'key' },
  },
  {
    // v4: the record manifest in buckets (which records exist, and which version of each).
    // No upgrade function: the key is needed to build it, so the first unlock after the
    // upgrade builds it from the rows that verify (docs/storage.md, "Record manifest").
    version: 4,
    stores: { manifest: 'n' },
  },
];

/** The newest schema version this build writes. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.reduce(
  (max, s) => Math.max(max, s.version),
  0,
);

export class VaultDatabase extends Dexie {
  // `declare`: Dexie assigns the tables itself; a class field would overwrite them with undefined.
  declare header: Table<HeaderRow, string>;
  declare records: Table<RecordRow, string>;
  declare audit: Table<AuditRow, number>;
  declare packs: Table<PackRow, string>;
  declare manifest: Table<ManifestRow, number>;

  /**
   * Opens (lazily) the vault database `name`. `upToVersion` is for the upgrade tests only:
   * it declares the schema as an older release did.
   */
  constructor(name: string = VAULT_DB_NAME, upToVersion: number = CURRENT_SCHEMA_VERSION) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      if (schema.version > upToVersion) break;
      const declared = this.version(schema.version).stores({ ...schema.stores });
      const upgrade = schema.upgrade;
      if (upgrade !== undefined) declared.upgrade((tx) => upgrade(tx));
    }
  }
}
