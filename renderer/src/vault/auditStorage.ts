// Runs in: renderer.
//
// How audit entries rest on disk: each entry is an encrypted envelope with id `audit:<seq>`
// and type 'audit.entry' (the AAD binds both, so a row moved to another sequence number
// fails to decrypt). Entries say who did what to which record type and id: never content.
import { auditEntrySchema, type AuditEntry, type AuditHead } from '../../../shared/audit/chain';
import { decryptJson, encryptJson } from '../../../shared/crypto/envelope';
import type { AuditRow } from './storage/db';

export const AUDIT_RECORD_TYPE = 'audit.entry';
export const AUDIT_ENTRY_VERSION = 1;

/**
 * Actor ids written into audit entries. A vault has one user (described by the profile
 * record), so actions taken in an unlocked session are the owner's; failed unlocks are by
 * whoever typed. Ids, not names: the UI shows the profile's name for 'owner'.
 */
export const AUDIT_ACTORS = { owner: 'owner', unknown: 'unknown' } as const;

export function auditRecordId(seq: number): string {
  return `audit:${seq}`;
}

export async function encryptAuditEntry(key: CryptoKey, entry: AuditEntry): Promise<AuditRow> {
  const env = await encryptJson(
    key,
    { id: auditRecordId(entry.seq), type: AUDIT_RECORD_TYPE, v: AUDIT_ENTRY_VERSION },
    entry,
  );
  return { seq: entry.seq, id: env.id, type: AUDIT_RECORD_TYPE, v: env.v, iv: env.iv, ct: env.ct };
}

/**
 * Decrypts one audit row, or returns null when it fails authentication, is stored under the
 * wrong sequence number, or does not match the entry schema (all mean: altered).
 */
export async function decryptAuditRow(key: CryptoKey, row: AuditRow): Promise<AuditEntry | null> {
  if (
    row.id !== auditRecordId(row.seq) ||
    row.type !== AUDIT_RECORD_TYPE ||
    row.v !== AUDIT_ENTRY_VERSION
  )
    return null;
  try {
    const parsed = auditEntrySchema.safeParse(await decryptJson(key, row));
    if (!parsed.success || parsed.data.seq !== row.seq) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

/**
 * The point the next entry chains from when only the head is known (the newest entry is
 * missing or unreadable). appendAuditEntry reads nothing but `seq` and `hash` of its `prev`;
 * the other fields are placeholders. Verification will still report the damage.
 */
export function chainPointFromHead(head: AuditHead): AuditEntry | null {
  if (head.seq === 0) return null;
  return {
    seq: head.seq,
    hash: head.hash,
    prevHash: head.hash,
    at: new Date(0).toISOString(),
    actor: AUDIT_ACTORS.unknown,
    action: 'vault.unlock',
  };
}
