// Runs in: renderer.
//
// The single path by which an unlocked vault changes on disk. A commit encrypts the changed
// records, the audit entries that describe the change (chained to the previous entry) and
// the meta record with the new chain head, then writes all of it in ONE IndexedDB
// transaction: either the change and its audit trail land together, or nothing does.
import { appendAuditEntry, auditHeadOf, type AuditAction, type AuditEntry } from '../../../shared/audit/chain';
import type { VaultKeys } from '../../../shared/crypto/keyslots';
import { AUDIT_ACTORS, encryptAuditEntry } from './auditStorage';
import { VaultError } from './errors';
import { encryptMeta, type VaultMeta } from './meta';
import { HEADER_KEY, type AuditRow, type HeaderRow, type RecordRow, type VaultDatabase } from './storage/db';
import { parseHeader } from './storage/header';

/** An audit entry to append; seq, hashes and (unless given) the time are filled in. */
export interface AuditDraft {
  readonly action: AuditAction;
  readonly actor?: string;
  readonly recordType?: string;
  readonly recordId?: string;
  /** Short technical note, never personal data (e.g. "reason=idle"). */
  readonly detail?: string;
  /** Epoch ms; defaults to the clock. */
  readonly at?: number;
}

/** Everything one commit changes. */
export interface CommitPlan {
  readonly puts?: readonly RecordRow[];
  readonly deletes?: readonly string[];
  readonly audit: readonly AuditDraft[];
  /** Changes the meta record (the audit head is set by the commit itself). */
  readonly meta?: (meta: VaultMeta) => VaultMeta;
  /** Changes the header row, read inside the same transaction. */
  readonly header?: (header: HeaderRow) => HeaderRow;
}

export class VaultWriter {
  private last: AuditEntry | null;
  private meta: VaultMeta;

  constructor(
    private readonly db: VaultDatabase,
    private readonly keys: VaultKeys,
    meta: VaultMeta,
    last: AuditEntry | null,
    private readonly now: () => number,
  ) {
    this.meta = meta;
    this.last = last;
  }

  get currentMeta(): VaultMeta {
    return this.meta;
  }

  /** Encrypts and writes the plan in one transaction; in-memory state changes only on success. */
  async commit(plan: CommitPlan): Promise<void> {
    let prev = this.last;
    const auditRows: AuditRow[] = [];
    for (const draft of plan.audit) {
      const entry = await appendAuditEntry(prev, {
        at: new Date(draft.at ?? this.now()).toISOString(),
        actor: draft.actor ?? AUDIT_ACTORS.owner,
        action: draft.action,
        ...(draft.recordType === undefined ? {} : { recordType: draft.recordType }),
        ...(draft.recordId === undefined ? {} : { recordId: draft.recordId }),
        ...(draft.detail === undefined ? {} : { detail: draft.detail }),
      });
      auditRows.push(await encryptAuditEntry(this.keys.records, entry));
      prev = entry;
    }
    const changed = plan.meta === undefined ? this.meta : plan.meta(this.meta);
    const meta: VaultMeta = { ...changed, auditHead: auditHeadOf(prev) };
    const metaRow = await encryptMeta(this.keys.records, meta);
    const { db } = this;
    await db.transaction('rw', db.header, db.records, db.audit, async () => {
      if (plan.header !== undefined) {
        const raw: unknown = await db.header.get(HEADER_KEY);
        if (raw === undefined) throw new VaultError('vault.not-found', 'The vault header disappeared.');
        await db.header.put(plan.header(parseHeader(raw).row));
      }
      if (plan.deletes !== undefined && plan.deletes.length > 0) await db.records.bulkDelete([...plan.deletes]);
      if (plan.puts !== undefined && plan.puts.length > 0) await db.records.bulkPut([...plan.puts]);
      // bulkAdd, not bulkPut: an existing entry is never overwritten (append-only).
      if (auditRows.length > 0) await db.audit.bulkAdd(auditRows);
      await db.records.put(metaRow);
    });
    this.last = prev;
    this.meta = meta;
  }
}
