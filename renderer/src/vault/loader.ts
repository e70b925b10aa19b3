// Runs in: renderer.
//
// Builds the working set at unlock: one bulk read of the records table, decryption in
// parallel batches, migration of records stored at older versions. A record that fails
// authentication (altered, or an envelope swapped with another) or validation is left out
// and reported, so one damaged row does not lock the user out of every other record; the
// vault's own bookkeeping (meta and profile) must be intact or the unlock fails.
import type { AuditEntry } from '../../../shared/audit/chain';
import { decryptJson } from '../../../shared/crypto/envelope';
import type { VaultKeys } from '../../../shared/crypto/keyslots';
import { PROFILE_RECORD_ID } from '../../../shared/records/profile';
import { migrateRecord, RecordError, type RecordTypeLookup } from '../../../shared/records/registry';
import { chainPointFromHead, decryptAuditRow } from './auditStorage';
import { VaultError } from './errors';
import { decryptMeta, META_RECORD_ID, type VaultMeta } from './meta';
import type { VaultDatabase } from './storage/db';
import { WorkingSet } from './workingSet';

/** Why a stored record could not be loaded. */
export type UnreadableReason =
  /** Failed authentication: altered, moved to another id/type, or swapped with another envelope. */
  | 'tampered'
  /** Decrypted, but does not match its schema (or its id differs from the envelope's). */
  | 'invalid'
  /** A type this build does not know (written by a newer Zorgtafel?). Kept on disk untouched. */
  | 'unknown-type'
  /** Stored at a version newer than this build knows. Kept on disk untouched. */
  | 'newer-version'
  /** A migration step failed or is missing. */
  | 'migration-failed';

/** A record left out of the working set. Ids and types only: they are not personal. */
export interface UnreadableRecord {
  readonly id: string;
  readonly type: string;
  readonly reason: UnreadableReason;
}

export interface LoadedVault {
  readonly meta: VaultMeta;
  readonly workingSet: WorkingSet;
  readonly unreadable: readonly UnreadableRecord[];
  /** The newest audit entry, to chain the next one from. */
  readonly lastAudit: AuditEntry | null;
  /** False when the newest audit entry is missing or does not match the stored head. */
  readonly auditHeadIntact: boolean;
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

export async function loadVault(db: VaultDatabase, keys: VaultKeys, registry: RecordTypeLookup): Promise<LoadedVault> {
  const rows = await db.records.toArray();
  const meta = await decryptMeta(keys.records, rows.find((row) => row.id === META_RECORD_ID));
  const workingSet = new WorkingSet();
  const unreadable: UnreadableRecord[] = [];
  const records = rows.filter((row) => row.id !== META_RECORD_ID);
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
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
          if (record.id !== row.id) throw new RecordError('record.invalid', 'Record id differs from its envelope id.');
          workingSet.set(def, record, row.v);
        } catch (error) {
          unreadable.push({ id: row.id, type: row.type, reason: reasonOf(error) });
        }
      }),
    );
  }
  if (workingSet.get('vault.profile', PROFILE_RECORD_ID) === undefined) {
    throw new VaultError('vault.damaged', 'The vault profile record is missing or unreadable.');
  }
  const { lastAudit, auditHeadIntact } = await loadLastAudit(db, keys, meta);
  unreadable.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { meta, workingSet, unreadable, lastAudit, auditHeadIntact };
}

async function loadLastAudit(db: VaultDatabase, keys: VaultKeys, meta: VaultMeta): Promise<{ lastAudit: AuditEntry | null; auditHeadIntact: boolean }> {
  const head = meta.auditHead;
  if (head.seq === 0) return { lastAudit: null, auditHeadIntact: (await db.audit.count()) === 0 };
  const row = await db.audit.get(head.seq);
  const entry = row === undefined ? null : await decryptAuditRow(keys.records, row);
  if (entry !== null && entry.hash === head.hash) return { lastAudit: entry, auditHeadIntact: true };
  return { lastAudit: chainPointFromHead(head), auditHeadIntact: false };
}
