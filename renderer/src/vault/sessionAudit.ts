// Runs in: renderer.
//
// The audit trail as an unlocked session sees it: append the actions the vault cannot see
// for itself (printing, exporting a document, importing a received file, changing settings), page through entries
// newest first, and verify the whole chain against the head kept in the meta record.
import type { AuditEntry, AuditVerification } from '../../../shared/audit/chain';
import { AuditChainCheck } from './auditChainCheck';
import { decryptAuditRow } from './auditStorage';
import { VaultError } from './errors';
import type { SessionCore } from './sessionCore';

/** Actions the UI may append itself; the vault writes all the others (unlock, record.*, backup.*). */
export const UI_AUDIT_ACTIONS = [
  'print',
  'export',
  'import',
  'settings.change',
  'retention.delete',
  'record.view',
] as const;
export type UiAuditAction = (typeof UI_AUDIT_ACTIONS)[number];

/** What an entry is about: a record (type and id) and/or a short technical note. Never content. */
export interface AuditTarget {
  readonly recordType?: string;
  readonly recordId?: string;
  /** At most 200 characters, e.g. "format=pdf"; never personal data. */
  readonly detail?: string;
}

/** One listed entry; `entry` is null when the stored row no longer decrypts (altered). */
export interface AuditListItem {
  readonly seq: number;
  readonly entry: AuditEntry | null;
}

export interface AuditPage {
  readonly items: readonly AuditListItem[];
  /** Number of stored entries in total. */
  readonly total: number;
}

export class SessionAudit {
  /** @internal Created by the session. */
  constructor(private readonly core: SessionCore) {}

  /** Appends an entry for an action the vault cannot observe itself. */
  async append(action: UiAuditAction, target: AuditTarget = {}): Promise<void> {
    if (!(UI_AUDIT_ACTIONS as readonly string[]).includes(action)) {
      throw new VaultError(
        'audit.action-not-allowed',
        `Action ${action} is recorded by the vault itself.`,
      );
    }
    await this.core.write(({ writer }) => writer.commit({ audit: [{ action, ...target }] }));
  }

  /** A page of entries, newest first. */
  async list(
    options: { readonly offset?: number; readonly limit?: number } = {},
  ): Promise<AuditPage> {
    const { keys } = this.core.open();
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const limit = Math.max(0, Math.floor(options.limit ?? 50));
    const { db } = this.core;
    const [rows, total] = await db.transaction('r', db.audit, () =>
      Promise.all([db.audit.reverse().offset(offset).limit(limit).toArray(), db.audit.count()]),
    );
    const items = await Promise.all(
      rows.map(async (row) => ({ seq: row.seq, entry: await decryptAuditRow(keys.records, row) })),
    );
    return { items, total };
  }

  /**
   * Checks every stored entry: each must decrypt under its own sequence number, the chain of
   * hashes must be unbroken, and the newest entry must match the head in the meta record (so
   * entries removed from the end are found too). Runs after pending writes.
   */
  async verify(): Promise<AuditVerification> {
    return this.core.write(async ({ keys, writer }) => {
      // Verified in the audit-chain worker: the busy status of "Logboek controleren" keeps painting.
      const check = new AuditChainCheck(keys.records, writer.currentMeta.auditHead);
      check.add(await this.core.db.audit.toArray());
      return check.finish();
    });
  }
}
