// Runs in: renderer.
//
// The work an unlocked session does after its unlock has resolved, so the dashboard does not
// wait for it: building the search index in slices, then writing the working-set snapshot
// when one is due (none yet, the stored one unusable, or too many records changed since it
// was captured). Later commits that make a snapshot due schedule one after a quiet spell.
// Everything stops when the session locks; nothing here ever fails the session.
import type { SessionCore } from './sessionCore';
import type { SessionIntegrity } from './sessionIntegrity';
import { writeSnapshot } from './snapshotWriter';
import type { UnreadableRecord } from './unreadable';
import { yieldToEventLoop } from './yieldToEventLoop';

/** Records indexed per slice of the background index build: about a frame of work at region size. */
const INDEX_SLICE = 500;

/** Rewrite the snapshot once more records than this changed since it was captured. */
const SNAPSHOT_REWRITE_AT = 200;

/** Quiet time after the last write before a due snapshot is written during a session. */
const SNAPSHOT_DELAY_MS = 5000;

/** Runs a listener; a failing one must not stop the others, so its error is rethrown outside. */
export function notifySafely(listener: () => void): void {
  try {
    listener();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

export class SessionBackground {
  private indexDone = false;
  private readonly indexListeners = new Set<() => void>();
  private readonly started: Promise<void>;
  /** A snapshot write waiting for writes to calm down. */
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null;
  private snapshotRun: Promise<void> | null = null;
  /**
   * Reasons to replace the stored snapshot whatever its dirty count says (it was unusable at
   * unlock; records were deleted since) are counted; a written snapshot covers the count at
   * the moment its write started. Replacing is due while the count is ahead.
   */
  private staleCount: number;
  private staleCovered = 0;
  /** Set after a snapshot write failed: no further attempts in this session. */
  private snapshotFailed = false;

  /**
   * Starts at once. `unreadable`: what the unlock found unreadable (carried by the snapshot);
   * `snapshotStale`: the stored snapshot could not be used, or holds deleted records, and
   * must be replaced.
   */
  constructor(
    private readonly core: SessionCore,
    private readonly unreadable: readonly UnreadableRecord[],
    snapshotStale: boolean,
    private readonly integrity: SessionIntegrity,
  ) {
    this.staleCount = snapshotStale ? 1 : 0;
    core.open().writer.onCommitted(({ deleted }) => {
      // A deleted record must not live on in the snapshot (still encrypted, but a delete is
      // meant to be real): rewrite it after the next quiet spell, whatever the dirty count.
      if (deleted) this.staleCount += 1;
      this.scheduleSnapshot();
    });
    this.started = this.run().catch(() => undefined);
  }

  get indexComplete(): boolean {
    return this.indexDone;
  }

  /** See VaultSession.onSearchIndexComplete. */
  onIndexComplete(listener: () => void): () => void {
    let active = true;
    if (this.indexDone) {
      queueMicrotask(() => {
        if (active && this.core.isOpen) listener();
      });
    } else {
      this.indexListeners.add(listener);
    }
    return () => {
      active = false;
      this.indexListeners.delete(listener);
    };
  }

  /**
   * Resolves once the index is built, the integrity check has reported and no snapshot write
   * is scheduled or running.
   */
  async whenDone(): Promise<void> {
    await this.started;
    for (;;) {
      // A write waiting for the writes to calm down starts now: the caller wants it done.
      if (this.snapshotTimer !== null) {
        clearTimeout(this.snapshotTimer);
        this.snapshotTimer = null;
        this.startSnapshot();
      }
      const run = this.snapshotRun;
      if (run === null) return;
      await run;
    }
  }

  /** At lock: drops listeners and a scheduled write; running work sees the closed core and stops. */
  stop(): void {
    this.indexListeners.clear();
    this.integrity.stop();
    if (this.snapshotTimer !== null) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
  }

  private async run(): Promise<void> {
    await this.buildIndex();
    if (this.snapshotDue()) this.startSnapshot();
    await this.snapshotRun;
    await this.integrity.run();
  }

  /**
   * Indexes INDEX_SLICE records at a time, giving the event loop back between slices. Stops at
   * once when the session locks (lock clears the working set and with it the queue).
   */
  private async buildIndex(): Promise<void> {
    // Yield first: the unlock resolves and the dashboard renders before any indexing.
    do {
      await yieldToEventLoop();
      if (!this.core.isOpen) return;
    } while (!this.core.open().workingSet.buildIndexSlice(INDEX_SLICE));
    this.indexDone = true;
    const listeners = [...this.indexListeners];
    this.indexListeners.clear();
    for (const listener of listeners) notifySafely(listener);
  }

  /**
   * A new snapshot is due when there is none, the stored one was unusable, or more than
   * SNAPSHOT_REWRITE_AT records changed since it was captured (each costs a row read at unlock).
   */
  private snapshotDue(): boolean {
    if (!this.core.isOpen || this.snapshotFailed) return false;
    const { writer } = this.core.open();
    if (writer.replaced) return false;
    const ref = writer.currentMeta.snapshot ?? null;
    return (
      ref === null || this.staleCount > this.staleCovered || ref.dirty.length > SNAPSHOT_REWRITE_AT
    );
  }

  /**
   * After a commit: when a snapshot is due, write it SNAPSHOT_DELAY_MS after the last write
   * (a bulk import is snapshotted once, not after every batch). The first write after unlock
   * is started by run(), after the search index.
   */
  private scheduleSnapshot(): void {
    if (!this.indexDone || this.snapshotRun !== null || !this.snapshotDue()) return;
    if (this.snapshotTimer !== null) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = null;
      this.startSnapshot();
    }, SNAPSHOT_DELAY_MS);
  }

  private startSnapshot(): void {
    if (this.snapshotRun !== null || !this.core.isOpen) return;
    // A delete committed after this point may miss the capture: it keeps the count ahead.
    const covers = this.staleCount;
    this.snapshotRun = writeSnapshot(this.core, this.unreadable)
      .then(
        (outcome) => {
          if (outcome === 'written') this.staleCovered = Math.max(this.staleCovered, covers);
        },
        () => {
          // A cache that cannot be written (e.g. the disk is full) must not disturb the
          // session; the next unlock reads the rows and tries again.
          this.snapshotFailed = true;
        },
      )
      .finally(() => {
        this.snapshotRun = null;
        // Writes during this one may have made the next one due already.
        this.scheduleSnapshot();
      });
  }
}
