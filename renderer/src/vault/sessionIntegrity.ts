// Runs in: renderer.
//
// The integrity check an unlocked session runs in the background after every unlock: every
// row against the record manifest (integrity.ts), and the audit chain against its head. A
// snapshot unlock does not decrypt the rows, so without this check a row damaged, deleted
// or replaced on disk would stay hidden behind the snapshot until the day a backup of it is
// needed. What it finds is written to the audit trail and handed to the UI as a report; the
// user then repairs a record from the copy in memory, restores a backup, or continues without
// it (recorded). Nothing is dropped or replaced without that choice.
//
// A vault without a manifest (made before it existed) gets one here, built from its rows;
// so does a vault whose manifest was found damaged (reported).
import type { AuditProblem } from '../../../shared/audit/chain';
import { AuditChainCheck } from './auditChainCheck';
import { scanRows, type IntegrityProblem } from './integrity';
import { buildManifest, entryOfRow, ManifestDamaged, type ManifestEntry } from './manifest';
import type { SessionCore } from './sessionCore';
import type { AuditDraft } from './writer';
import { yieldToEventLoop } from './yieldToEventLoop';

/** What the background check found. */
export interface IntegrityReport {
  /** Records the vault cannot vouch for, sorted by id; empty when all is well. */
  readonly problems: readonly IntegrityProblem[];
  /** The first break in the audit chain (kind and sequence number), or null. */
  readonly audit: AuditProblem | null;
  /** Set when this check built the manifest: first unlock after the upgrade, or it was damaged. */
  readonly manifestBuilt: 'upgrade' | 'damaged' | null;
}

/** Most problems audited one by one per check; the rest are counted in one more entry. */
const AUDITED_PROBLEMS = 50;

/** Audit rows read per slice of the chain check (verified in the audit-chain worker). */
const AUDIT_SLICE = 500;

/** The audit entries for newly found problems (ids, types and kinds only). */
function problemDrafts(problems: readonly IntegrityProblem[]): AuditDraft[] {
  const drafts: AuditDraft[] = problems.slice(0, AUDITED_PROBLEMS).map((p) => ({
    action: 'integrity.problem',
    recordType: p.type,
    recordId: p.id,
    detail: `kind=${p.kind}`,
  }));
  if (problems.length > AUDITED_PROBLEMS)
    drafts.push({
      action: 'integrity.problem',
      detail: `more=${problems.length - AUDITED_PROBLEMS}`,
    });
  return drafts;
}

export class SessionIntegrity {
  private current: IntegrityReport | null = null;
  private readonly listeners = new Set<(report: IntegrityReport) => void>();
  private rerun = false;

  /**
   * `fresh`: the session created the vault, so every row and audit entry on disk is its own
   * and there is nothing to verify yet. Checking anyway would scan the rows while a first
   * import writes them (a bulk write of a new vault ran 2-3 times slower with it).
   */
  constructor(
    private readonly core: SessionCore,
    private readonly fresh = false,
  ) {
    // A save that found a manifest bucket damaged dropped the manifest: check (and rebuild) again.
    core.open().writer.onManifestLost(() => {
      this.rerun = true;
    });
  }

  /** The last report, or null while the first check runs. */
  get report(): IntegrityReport | null {
    return this.current;
  }

  /** Calls `listener` with every new report; returns the unsubscribe function. */
  onReport(listener: (report: IntegrityReport) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** At lock. */
  stop(): void {
    this.listeners.clear();
  }

  /** The whole background check; stops quietly when the session locks. */
  async run(): Promise<void> {
    if (this.fresh) {
      this.publish({ problems: [], audit: null, manifestBuilt: null });
      return;
    }
    do {
      this.rerun = false;
      const rows = await this.checkRows();
      if (rows === null) return;
      const audit = await this.checkAudit();
      if (audit === undefined) return;
      this.publish({ ...rows, audit });
    } while (this.rerun && this.core.isOpen);
  }

  /**
   * For the backup export, inside the write queue: every row against the manifest, at once.
   * Problems found are audited and published like the background check's.
   */
  async problemsForBackup(): Promise<readonly IntegrityProblem[]> {
    const { keys, writer } = this.core.open();
    let manifest: Map<string, ManifestEntry> | null;
    try {
      manifest = await writer.manifest.entries();
    } catch (error) {
      if (!(error instanceof ManifestDamaged)) throw error;
      manifest = null;
    }
    const scan = await scanRows(this.core.db, keys.records, manifest);
    if (scan === null) return [];
    if (scan.problems.length > 0) {
      await writer.commit({ audit: problemDrafts(scan.problems) });
      this.publish({
        problems: scan.problems,
        audit: this.current?.audit ?? null,
        manifestBuilt: this.current?.manifestBuilt ?? null,
      });
    }
    return scan.problems;
  }

  /** Takes resolved problems out of the report (after a repair or "continue without"). */
  resolved(ids: ReadonlySet<string>): void {
    const report = this.current;
    if (report === null) return;
    this.publish({ ...report, problems: report.problems.filter((p) => !ids.has(p.id)) });
  }

  private publish(report: IntegrityReport): void {
    this.current = report;
    for (const listener of [...this.listeners]) listener(report);
  }

  /** Rows against the manifest (building it when there is none). Null when the session locked. */
  private async checkRows(): Promise<Omit<IntegrityReport, 'audit'> | null> {
    if (!this.core.isOpen) return null;
    // The manifest as of one point in the write queue; from there on, ids this session writes
    // are left out of the comparison (their rows and entries change together, by construction).
    const start = await this.core.write(async ({ writer }) => {
      const tracker = writer.trackChanges();
      const stored = writer.currentMeta.manifest;
      try {
        return {
          tracker,
          manifest: await writer.manifest.entries(),
          reason: stored === undefined ? ('upgrade' as const) : ('damaged' as const),
        };
      } catch (error) {
        if (!(error instanceof ManifestDamaged)) {
          tracker.stop();
          throw error;
        }
        return { tracker, manifest: null, reason: 'damaged' as const };
      }
    });
    const { tracker } = start;
    try {
      const { keys } = this.core.open();
      const scan = await scanRows(this.core.db, keys.records, start.manifest, {
        skip: tracker.ids,
        keepGoing: () => this.core.isOpen,
        yieldBetweenSlices: true,
      });
      if (scan === null || !this.core.isOpen) return null;
      const problems = scan.problems.filter((p) => !tracker.ids.has(p.id));
      const built = start.manifest === null ? start.reason : null;
      await this.core.write(async ({ keys: k, writer }) => {
        const drafts = problemDrafts(problems);
        if (start.manifest !== null) {
          if (drafts.length > 0) await writer.commit({ audit: drafts });
          return;
        }
        // Rows this session wrote during the scan: their entries as they are now.
        const entries = scan.entries;
        const current = await this.core.db.records.bulkGet([...tracker.ids]);
        [...tracker.ids].forEach((id, i) => {
          const row = current[i];
          if (row === undefined) entries.delete(id);
          else entries.set(id, entryOfRow(row));
        });
        const manifest = await buildManifest(k.records, entries);
        await writer.commit({
          audit: [{ action: 'integrity.manifest', detail: `reason=${start.reason}` }, ...drafts],
          replaceManifest: manifest,
        });
      });
      return { problems, manifestBuilt: built };
    } finally {
      tracker.stop();
    }
  }

  /**
   * The audit chain up to the head as of the start: the rows read AUDIT_SLICE at a time, with
   * the event loop given back between reads, and verified in the audit-chain worker (the
   * decryption and digests there, off the UI thread). Undefined when the session locked.
   */
  private async checkAudit(): Promise<AuditProblem | null | undefined> {
    if (!this.core.isOpen) return undefined;
    const { keys, writer } = this.core.open();
    const head = writer.currentMeta.auditHead;
    const check = new AuditChainCheck(keys.records, head);
    let after = 0;
    for (;;) {
      await yieldToEventLoop();
      if (!this.core.isOpen) {
        check.cancel();
        return undefined;
      }
      const rows = await this.core.db.audit
        .where('seq')
        .between(after, head.seq, false, true)
        .limit(AUDIT_SLICE)
        .toArray();
      if (rows.length === 0) break;
      check.add(rows);
      after = (rows[rows.length - 1] as { seq: number }).seq;
    }
    const verdict = await check.finish();
    return verdict.ok ? null : verdict.problem;
  }
}
