// Runs in: renderer.
//
// The single path by which an unlocked vault changes on disk. A commit encrypts the changed
// records, the audit entries that describe the change (chained to the previous entry) and
// the meta record with the new chain head, then writes all of it in ONE IndexedDB
// transaction: either the change and its audit trail land together, or nothing does.
//
// Every commit also keeps the working-set snapshot honest: the ids it puts or deletes join
// the snapshot's `dirty` list in the same transaction (past the limit the snapshot is
// dropped), so the next unlock reads those records from their rows.
import {
  appendAuditEntry,
  auditHeadOf,
  type AuditAction,
  type AuditEntry,
} from '../../../shared/audit/chain';
import { constantTimeEqual } from '../../../shared/crypto/bytes';
import type { VaultKeys } from '../../../shared/crypto/keyslots';
import { AUDIT_ACTORS, encryptAuditEntry } from './auditStorage';
import { VaultError } from './errors';
import { ManifestDamaged, ManifestKeeper, type ManifestRef } from './manifest';
import { encryptMeta, META_RECORD_ID, withDirty, type VaultMeta } from './meta';
import {
  HEADER_KEY,
  type AuditRow,
  type HeaderRow,
  type ManifestRow,
  type PackRow,
  type RecordRow,
  type VaultDatabase,
} from './storage/db';
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
  /** Replaces every snapshot pack with these (a snapshot write; its meta change sets the reference). */
  readonly replacePacks?: readonly PackRow[];
  /**
   * Replaces the whole record manifest (its first build, or a rebuild after damage). Without
   * it the commit updates the buckets its puts and deletes touch.
   */
  readonly replaceManifest?: { readonly rows: readonly ManifestRow[]; readonly ref: ManifestRef };
}

/** The ids committed since trackChanges() was called, until stop(). */
export interface ChangeTracker {
  readonly ids: ReadonlySet<string>;
  stop(): void;
}

export class VaultWriter {
  private last: AuditEntry | null;
  private meta: VaultMeta;
  private readonly trackers = new Set<Set<string>>();
  private committed: ((commit: { readonly deleted: boolean }) => void) | null = null;
  private replacedUnderUs = false;
  /** The record manifest as this session keeps it up to date. */
  readonly manifest: ManifestKeeper;
  private manifestLost: (() => void) | null = null;

  constructor(
    private readonly db: VaultDatabase,
    private readonly keys: VaultKeys,
    meta: VaultMeta,
    last: AuditEntry | null,
    private readonly now: () => number,
    /** IV of the meta row as loaded: each commit checks the row is still the one it wrote last. */
    private metaIv: Uint8Array,
  ) {
    this.meta = meta;
    this.last = last;
    this.manifest = new ManifestKeeper(db, keys.records, meta.manifest ?? null);
  }

  /**
   * Calls `listener` when a commit found a manifest bucket damaged and dropped the manifest
   * (the session's integrity check reports it and builds a new one).
   */
  onManifestLost(listener: (() => void) | null): void {
    this.manifestLost = listener;
  }

  get currentMeta(): VaultMeta {
    return this.meta;
  }

  /** True once a commit found the vault replaced under this session: every later commit refuses. */
  get replaced(): boolean {
    return this.replacedUnderUs;
  }

  /**
   * Calls `listener` after every successful commit, saying whether it deleted records (the
   * session schedules snapshot writes).
   */
  onCommitted(listener: ((commit: { readonly deleted: boolean }) => void) | null): void {
    this.committed = listener;
  }

  /** Starts collecting the ids of every record put or deleted by later commits. */
  trackChanges(): ChangeTracker {
    const ids = new Set<string>();
    this.trackers.add(ids);
    return {
      ids,
      stop: () => {
        this.trackers.delete(ids);
      },
    };
  }

  /** Encrypts and writes the plan in one transaction; in-memory state changes only on success. */
  async commit(plan: CommitPlan): Promise<void> {
    if (this.replacedUnderUs) throw replacedError();
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
    const touched = [...(plan.puts ?? []).map((row) => row.id), ...(plan.deletes ?? [])];
    const changed = plan.meta === undefined ? this.meta : plan.meta(this.meta);
    const snapshot = withDirty(changed.snapshot ?? null, touched);
    const manifest = await this.planManifest(plan);
    const meta: VaultMeta = {
      ...changed,
      snapshot,
      auditHead: auditHeadOf(prev),
      ...(manifest === null ? {} : { manifest: manifest.ref }),
    };
    const metaRow = await encryptMeta(this.keys.records, meta);
    // A dropped snapshot takes its packs with it: no stale copy of deleted records lingers.
    const clearPacks =
      plan.replacePacks !== undefined ||
      (snapshot === null && (this.meta.snapshot ?? null) !== null);
    const { db } = this;
    await db.transaction(
      'rw',
      [db.header, db.records, db.audit, db.packs, db.manifest],
      async () => {
        // Someone else rewrote the meta row (a restore replaced the vault under this session,
        // whose last writes or background snapshot may still be queued): writing on would
        // graft this session's audit chain and snapshot onto another vault.
        const stored = await db.records.get(META_RECORD_ID);
        if (stored === undefined || !constantTimeEqual(stored.iv, this.metaIv)) {
          this.replacedUnderUs = true;
          throw replacedError();
        }
        if (plan.header !== undefined) {
          const raw: unknown = await db.header.get(HEADER_KEY);
          if (raw === undefined)
            throw new VaultError('vault.not-found', 'The vault header disappeared.');
          await db.header.put(plan.header(parseHeader(raw).row));
        }
        if (plan.deletes !== undefined && plan.deletes.length > 0)
          await db.records.bulkDelete([...plan.deletes]);
        if (plan.puts !== undefined && plan.puts.length > 0)
          await db.records.bulkPut([...plan.puts]);
        // bulkAdd, not bulkPut: an existing entry is never overwritten (append-only).
        if (auditRows.length > 0) await db.audit.bulkAdd(auditRows);
        if (clearPacks) await db.packs.clear();
        if (plan.replacePacks !== undefined && plan.replacePacks.length > 0)
          await db.packs.bulkPut([...plan.replacePacks]);
        if (manifest !== null) {
          if (manifest.clear) await db.manifest.clear();
          if (manifest.emptied.length > 0) await db.manifest.bulkDelete([...manifest.emptied]);
          if (manifest.rows.length > 0) await db.manifest.bulkPut([...manifest.rows]);
        }
        await db.records.put(metaRow);
      },
    );
    manifest?.apply();
    this.last = prev;
    this.meta = meta;
    this.metaIv = metaRow.iv;
    for (const ids of this.trackers) for (const id of touched) ids.add(id);
    this.committed?.({ deleted: (plan.deletes?.length ?? 0) > 0 });
  }

  /**
   * The manifest rows this commit writes, or null when the manifest stays as it is. A bucket
   * found damaged drops the whole manifest (ref null, table cleared) rather than failing the
   * save: the session's check reports the damage and builds a new one.
   */
  private async planManifest(plan: CommitPlan): Promise<ManifestChange | null> {
    const replace = plan.replaceManifest;
    if (replace !== undefined) {
      return {
        rows: replace.rows,
        emptied: [],
        clear: true,
        ref: replace.ref,
        apply: () => this.manifest.replaced(replace.ref),
      };
    }
    try {
      const change = await this.manifest.plan(plan.puts ?? [], plan.deletes ?? []);
      return change === null ? null : { ...change, clear: false };
    } catch (error) {
      if (!(error instanceof ManifestDamaged)) throw error;
      return {
        rows: [],
        emptied: [],
        clear: true,
        ref: null,
        apply: () => {
          this.manifest.replaced(null);
          this.manifestLost?.();
        },
      };
    }
  }
}

interface ManifestChange {
  readonly rows: readonly ManifestRow[];
  readonly emptied: readonly number[];
  readonly clear: boolean;
  readonly ref: ManifestRef | null;
  readonly apply: () => void;
}

function replacedError(): VaultError {
  return new VaultError('vault.locked', 'The vault was replaced under this session.');
}
