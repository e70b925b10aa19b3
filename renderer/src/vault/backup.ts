// Runs in: renderer.
//
// Export and restore of the whole vault through the crypto core's backup format
// (shared/crypto/backup.ts). Export ships every envelope exactly as stored plus the audit
// rows, so a backup never needs the records re-encrypted. Restore verifies EVERYTHING before
// it changes anything: the file (decodeBackup), every record (decrypts, and validates against
// this build's record types), the meta record, and the audit chain against its head. Only
// then does one IndexedDB transaction replace header, records and audit trail.
import {
  appendAuditEntry,
  auditHeadOf,
  verifyAuditChain,
  type AuditEntry,
} from '../../../shared/audit/chain';
import {
  decodeBackup,
  encodeBackup,
  type BackupSecret,
  type BackupPayload,
} from '../../../shared/crypto/backup';
import { wipe } from '../../../shared/crypto/bytes';
import {
  decryptJson,
  fromStoredEnvelope,
  toStoredEnvelope,
  type Envelope,
} from '../../../shared/crypto/envelope';
import { isCryptoError } from '../../../shared/crypto/errors';
import { importVaultKeys, toStoredSlot, type VaultKeys } from '../../../shared/crypto/keyslots';
import { PROFILE_RECORD_ID } from '../../../shared/records/profile';
import {
  migrateRecord,
  RecordError,
  type RecordBase,
  type RecordTypeLookup,
} from '../../../shared/records/registry';
import { err, ok, type Result } from '../../../shared/result';
import { AUDIT_ACTORS, decryptAuditRow, encryptAuditEntry } from './auditStorage';
import type { RestoreError, RestoreErrorCode } from './errors';
import type { KdfPolicy } from './kdfPolicy';
import { buildManifest, entryOfRow } from './manifest';
import { decryptMeta, encryptMeta, META_RECORD_ID, type VaultMeta } from './meta';
import {
  CURRENT_SCHEMA_VERSION,
  HEADER_KEY,
  type AuditRow,
  type HeaderRow,
  type RecordRow,
  type VaultDatabase,
} from './storage/db';
import { parseHeader, VAULT_FORMAT_VERSION } from './storage/header';
import { NO_FAILURES } from './throttle';

/** Marks the payload meta of a vault backup (the crypto layer leaves `meta` to us). */
export const BACKUP_META_KIND = 'zorgtafel-vault';

/** Reads everything as stored and encodes the backup file. Call inside the session's write queue. */
export async function buildBackup(
  db: VaultDatabase,
  keys: VaultKeys,
  vaultId: string,
  appVersion: string,
  now: number,
): Promise<Uint8Array> {
  const [rawHeader, records, audit] = await db.transaction(
    'r',
    db.header,
    db.records,
    db.audit,
    () => Promise.all([db.header.get(HEADER_KEY), db.records.toArray(), db.audit.toArray()]),
  );
  const header = parseHeader(rawHeader);
  const payload: BackupPayload = {
    meta: {
      kind: BACKUP_META_KIND,
      vaultFormatVersion: VAULT_FORMAT_VERSION,
      dbSchemaVersion: CURRENT_SCHEMA_VERSION,
      vaultCreatedAt: header.row.createdAt,
    },
    records: records.map((row) => toStoredEnvelope(row)),
    audit: audit.map((row) => toStoredEnvelope(row)),
    counts: { records: records.length, audit: audit.length },
  };
  return encodeBackup({
    vaultId,
    createdAt: new Date(now).toISOString(),
    appVersion,
    slots: header.slots,
    keys,
    payload,
  });
}

/** What a successful restore reports. */
export interface RestoreSummary {
  readonly vaultId: string;
  /** ISO time the backup was made. */
  readonly backupCreatedAt: string;
  /** Records restored (the vault's own meta record not counted). */
  readonly records: number;
  /** Audit entries restored (the new 'backup.restore' entry not counted). */
  readonly auditEntries: number;
}

function fail(code: RestoreErrorCode, message: string): Result<never, RestoreError> {
  return err({ code, message });
}

const PASSED_THROUGH: readonly RestoreErrorCode[] = [
  'backup.not-a-backup',
  'backup.unsupported-version',
  'backup.truncated',
  'backup.tampered',
  'backup.wrong-secret',
  'backup.invalid-content',
  'recovery.invalid-format',
  'recovery.checksum',
];

interface VerifiedBackup {
  readonly header: HeaderRow;
  readonly records: RecordRow[];
  readonly audit: AuditRow[];
  readonly lastAudit: AuditEntry | null;
  readonly meta: VaultMeta;
  readonly summary: RestoreSummary;
}

class RestoreRefused extends Error {
  constructor(
    readonly code: RestoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Envelopes of a backup decrypted at the same time while it is verified (as the loader's batches). */
const VERIFY_BATCH = 256;

/** Decrypts and checks every record; returns rows to write. Throws RestoreRefused. */
async function verifyRecords(
  keys: VaultKeys,
  registry: RecordTypeLookup,
  payload: BackupPayload,
): Promise<{ rows: RecordRow[]; meta: VaultMeta }> {
  const rows: RecordRow[] = [];
  let meta: VaultMeta | null = null;
  let hasProfile = false;
  for (let start = 0; start < payload.records.length; start += VERIFY_BATCH) {
    const envs: Envelope[] = payload.records
      .slice(start, start + VERIFY_BATCH)
      .map((stored) => fromStoredEnvelope(stored));
    // Decrypted together (one WebCrypto round trip each, awaited one by one they were most
    // of a restore); checked below in file order, so the first problem is the one reported.
    const decrypted = await Promise.all(
      envs.map((env) =>
        env.id === META_RECORD_ID || registry.find(env.type) === undefined
          ? Promise.resolve(null)
          : decryptJson(keys.records, env).then(
              (value) => ({ value }),
              () => null,
            ),
      ),
    );
    for (const [index, env] of envs.entries()) {
      const plain = decrypted[index] ?? null;
      const verified = verifyRecord(registry, env, plain);
      if (verified === 'meta') {
        try {
          meta = await decryptMeta(keys.records, { ...env });
        } catch {
          throw new RestoreRefused(
            'backup.invalid-content',
            'The vault meta record in the backup is damaged.',
          );
        }
        continue;
      }
      if (verified.id === PROFILE_RECORD_ID) hasProfile = true;
      rows.push(verified);
    }
  }
  if (meta === null)
    throw new RestoreRefused('backup.invalid-content', 'The backup has no vault meta record.');
  if (!hasProfile)
    throw new RestoreRefused('backup.invalid-content', 'The backup has no vault profile.');
  return { rows, meta };
}

/**
 * One record of a backup, `plain` its decrypted content (null: it did not decrypt): the row
 * to write, or 'meta' for the vault's meta record. Throws RestoreRefused.
 */
function verifyRecord(
  registry: RecordTypeLookup,
  env: Envelope,
  plain: { readonly value: unknown } | null,
): RecordRow | 'meta' {
  if (env.id === META_RECORD_ID) return 'meta';
  const def = registry.find(env.type);
  if (def === undefined)
    throw new RestoreRefused(
      'backup.from-newer-app',
      `The backup holds records of a type this build does not know.`,
    );
  if (plain === null)
    throw new RestoreRefused('backup.invalid-content', 'A record in the backup does not decrypt.');
  let record: RecordBase;
  try {
    record = migrateRecord(def, env.v, plain.value);
  } catch (error) {
    if (error instanceof RecordError && error.code === 'record.newer-version') {
      throw new RestoreRefused(
        'backup.from-newer-app',
        `The backup holds ${def.type} records newer than this build.`,
      );
    }
    throw new RestoreRefused(
      'backup.invalid-content',
      `A ${def.type} record in the backup is invalid.`,
    );
  }
  if (record.id !== env.id)
    throw new RestoreRefused(
      'backup.invalid-content',
      'A record id in the backup differs from its envelope.',
    );
  // The stored envelope is written back unchanged; only the clear `parent` hint is recomputed.
  const parent = def.parentOf?.(record);
  return {
    id: env.id,
    type: env.type,
    v: env.v,
    iv: env.iv,
    ct: env.ct,
    ...(parent === undefined ? {} : { parent }),
  };
}

/** Decrypts the audit rows and verifies the chain against the head in the backup's meta. */
async function verifyAudit(
  keys: VaultKeys,
  payload: BackupPayload,
  meta: VaultMeta,
): Promise<{ rows: AuditRow[]; last: AuditEntry | null }> {
  const rows: AuditRow[] = [];
  const entries: AuditEntry[] = [];
  for (let start = 0; start < payload.audit.length; start += VERIFY_BATCH) {
    const batch = payload.audit.slice(start, start + VERIFY_BATCH).map((stored) => {
      let env: Envelope;
      try {
        env = fromStoredEnvelope(stored);
      } catch {
        throw new RestoreRefused(
          'backup.audit-invalid',
          'An audit entry in the backup is malformed.',
        );
      }
      const seq = Number(env.id.slice('audit:'.length));
      const row: AuditRow = {
        seq,
        id: env.id,
        type: 'audit.entry',
        v: env.v,
        iv: env.iv,
        ct: env.ct,
      };
      return { row, readable: Number.isSafeInteger(seq) && env.type === 'audit.entry' };
    });
    // Decrypted together, checked in file order (see verifyRecords).
    const decrypted = await Promise.all(
      batch.map(({ row, readable }) =>
        readable ? decryptAuditRow(keys.records, row) : Promise.resolve(null),
      ),
    );
    for (const [index, { row }] of batch.entries()) {
      const entry = decrypted[index] ?? null;
      if (entry === null)
        throw new RestoreRefused(
          'backup.audit-invalid',
          'An audit entry in the backup does not decrypt.',
        );
      rows.push(row);
      entries.push(entry);
    }
  }
  rows.sort((a, b) => a.seq - b.seq);
  entries.sort((a, b) => a.seq - b.seq);
  const verdict = await verifyAuditChain(entries, meta.auditHead);
  if (!verdict.ok)
    throw new RestoreRefused(
      'backup.audit-invalid',
      `The audit trail in the backup is broken (${verdict.problem.kind} at ${verdict.problem.seq}).`,
    );
  return { rows, last: entries.at(-1) ?? null };
}

async function verifyBackup(
  bytes: Uint8Array,
  secret: BackupSecret,
  registry: RecordTypeLookup,
  kdf: KdfPolicy,
): Promise<{ verified: VerifiedBackup; keys: VaultKeys }> {
  const decoded = await decodeBackup(bytes, secret, kdf.options);
  let keys: VaultKeys;
  try {
    keys = await importVaultKeys(decoded.dataKey);
  } finally {
    wipe(decoded.dataKey);
  }
  const { payload, header } = decoded;
  if (payload.meta['kind'] !== BACKUP_META_KIND)
    throw new RestoreRefused('backup.invalid-content', 'The backup is not a vault backup.');
  const formatVersion = payload.meta['vaultFormatVersion'];
  if (typeof formatVersion !== 'number' || formatVersion > VAULT_FORMAT_VERSION) {
    throw new RestoreRefused('backup.from-newer-app', 'The backup was made by a newer Zorgtafel.');
  }
  const createdAt = payload.meta['vaultCreatedAt'];
  const { rows, meta } = await verifyRecords(keys, registry, payload);
  const audit = await verifyAudit(keys, payload, meta);
  let headerRow: HeaderRow;
  try {
    headerRow = parseHeader({
      key: HEADER_KEY,
      vaultId: header.vaultId,
      formatVersion: VAULT_FORMAT_VERSION,
      createdAt: typeof createdAt === 'string' ? createdAt : header.createdAt,
      slots: header.slots.map(toStoredSlot),
      failedUnlocks: NO_FAILURES,
    }).row;
  } catch {
    throw new RestoreRefused(
      'backup.invalid-content',
      'The backup header cannot become a vault header.',
    );
  }
  return {
    keys,
    verified: {
      header: headerRow,
      records: rows,
      audit: audit.rows,
      lastAudit: audit.last,
      meta,
      summary: {
        vaultId: header.vaultId,
        backupCreatedAt: header.createdAt,
        records: rows.length,
        auditEntries: audit.rows.length,
      },
    },
  };
}

/**
 * Verifies the backup completely, then replaces the vault in one transaction and appends a
 * 'backup.restore' entry to the restored trail. On any failure the database is untouched.
 */
export async function restoreFromBackup(
  db: VaultDatabase,
  bytes: Uint8Array,
  secret: BackupSecret,
  registry: RecordTypeLookup,
  kdf: KdfPolicy,
  now: number,
): Promise<Result<RestoreSummary, RestoreError>> {
  let verified: VerifiedBackup;
  let keys: VaultKeys;
  try {
    ({ verified, keys } = await verifyBackup(bytes, secret, registry, kdf));
  } catch (error) {
    if (error instanceof RestoreRefused) return fail(error.code, error.message);
    if (isCryptoError(error) && (PASSED_THROUGH as readonly string[]).includes(error.code))
      return fail(error.code as RestoreErrorCode, error.message);
    if (isCryptoError(error)) return fail('backup.invalid-content', error.message);
    throw error;
  }
  const entry = await appendAuditEntry(verified.lastAudit, {
    at: new Date(now).toISOString(),
    actor: AUDIT_ACTORS.owner,
    action: 'backup.restore',
    detail: `backup=${verified.summary.backupCreatedAt}`,
  });
  const auditRow = await encryptAuditEntry(keys.records, entry);
  // No snapshot after a restore: the packs are not in the backup (a cache over the records);
  // the first unlock reads every row and writes a new one. The manifest is not in the backup
  // either: it is built here from the rows just verified (every one decrypted and validated).
  const manifest = await buildManifest(
    keys.records,
    new Map(verified.records.map((row) => [row.id, entryOfRow(row)])),
  );
  const metaRow = await encryptMeta(keys.records, {
    ...verified.meta,
    snapshot: null,
    manifest: manifest.ref,
    auditHead: auditHeadOf(entry),
  });
  await db.transaction('rw', [db.header, db.records, db.audit, db.packs, db.manifest], async () => {
    await Promise.all([
      db.header.clear(),
      db.records.clear(),
      db.audit.clear(),
      db.packs.clear(),
      db.manifest.clear(),
    ]);
    await db.header.put(verified.header);
    await db.records.bulkPut([...verified.records, metaRow]);
    await db.audit.bulkAdd([...verified.audit, auditRow]);
    await db.manifest.bulkPut(manifest.rows);
  });
  return ok(verified.summary);
}
