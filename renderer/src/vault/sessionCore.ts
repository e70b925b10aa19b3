// Runs in: renderer.
//
// The state one unlocked session shares between its parts (records, audit, security,
// backup): the database, the keys, the working set and the writer. Its `open` flag is the
// single place that decides whether the session may still act; lock() turns it off first,
// then drops everything.
import type { VaultKeys } from '../../../shared/crypto/keyslots';
import type { RecordTypeLookup } from '../../../shared/records/registry';
import { VaultError } from './errors';
import { SerialQueue } from './mutex';
import type { VaultDatabase } from './storage/db';
import type { WorkingSet } from './workingSet';
import type { VaultWriter } from './writer';
import type { KdfPolicy } from './kdfPolicy';

/** The parts an open session holds; all are dropped at lock. */
export interface OpenState {
  readonly keys: VaultKeys;
  readonly workingSet: WorkingSet;
  readonly writer: VaultWriter;
}

export class SessionCore {
  private state: OpenState | null;
  /** Writes run one at a time (audit chain); lock waits for the running one. */
  readonly queue = new SerialQueue();

  constructor(
    readonly db: VaultDatabase,
    readonly vaultId: string,
    readonly registry: RecordTypeLookup,
    readonly kdf: KdfPolicy,
    readonly now: () => number,
    state: OpenState,
  ) {
    this.state = state;
  }

  get isOpen(): boolean {
    return this.state !== null;
  }

  /** The open state; throws 'vault.locked' once the session is locked. */
  open(): OpenState {
    if (this.state === null) throw new VaultError('vault.locked', 'The vault is locked.');
    return this.state;
  }

  /**
   * Runs a write after earlier writes. Refuses at once when the session is locked; a write
   * called before lock() still completes (lock() queues its final audit entry behind it), so
   * "save, then lock at once" never loses the save.
   */
  write<T>(task: (state: OpenState) => Promise<T>): Promise<T> {
    const state = this.open();
    return this.queue
      .run(() => task(state))
      .catch((error: unknown) => {
        // Another session rewrote the vault (a second window without the one-session claim, a
        // restore elsewhere): this one can never write again, so it ends instead of failing on.
        if (state.writer.replaced) this.onReplaced?.();
        throw error;
      });
  }

  /** Called (outside the write queue) once a write found the vault replaced under the session. */
  onReplaced: (() => void) | null = null;

  /** Takes the state away (sync): from now on every method refuses with 'vault.locked'. */
  close(): OpenState | null {
    const state = this.state;
    this.state = null;
    return state;
  }
}
