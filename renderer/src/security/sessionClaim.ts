// Runs in: renderer.
//
// One session at a time. Every tab or window of the origin shares the same vault database;
// two open sessions would each keep their own view of the vault's meta row, and the second
// unlock makes the first one's writes refuse for good (the writer sees the vault "replaced
// under" it). So a tab may only open a session while it holds the exclusive Web Lock
// 'zorgtafel-vault' (released by the browser when the tab closes or crashes), and the tabs
// talk over the BroadcastChannel of the same name: a tab that wants the vault asks the holder
// to take over; the holder flushes, locks with a reason and so lets the lock go.
// Host-agnostic: both APIs exist in Chromium and in Electron's renderer. Where Web Locks are
// missing (not a secure context) there is nothing to coordinate with and every claim succeeds.
import { z } from 'zod';

export const CLAIM_NAME = 'zorgtafel-vault';

/** What tabs say to each other. Anything else on the channel is ignored. */
const claimMessageSchema = z.discriminatedUnion('type', [
  // "I want the vault": the holder flushes and locks.
  z.object({ type: z.literal('take-over') }),
  // "The vault's holder changed" (claimed or let go): notices on other tabs look again.
  z.object({ type: z.literal('changed') }),
]);
export type ClaimMessage = z.infer<typeof claimMessageSchema>;

/** The message on the channel, or null for anything this version does not know. */
export function parseClaimMessage(data: unknown): ClaimMessage | null {
  const parsed = claimMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The parts of the Web Locks API used here (so a unit test can hand in its own). */
export interface ClaimLocks {
  request(
    name: string,
    options: {
      readonly ifAvailable?: boolean;
      readonly steal?: boolean;
      readonly mode?: 'exclusive' | 'shared';
    },
    callback: (lock: unknown) => Promise<void> | void,
  ): Promise<unknown>;
  query(): Promise<{
    readonly held?: readonly { readonly name?: string; readonly mode?: string }[];
  }>;
}

/** The parts of BroadcastChannel used here. */
export interface ClaimChannel {
  postMessage(message: ClaimMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

/** This tab's hold on the vault; release() lets it go (idempotent). */
export interface ClaimHandle {
  /** Resolves once the lock is really free. */
  release(): Promise<unknown>;
}

/** How long the holder gets to flush and lock before the claim is taken from it anyway. */
export const TAKE_OVER_GRACE_MS = 5000;

export class SessionClaim {
  private held: ClaimHandle | null = null;
  // The latest request this tab made; an older one granted late (a take-over's queued
  // request after the claim was stolen, or after it was released again) must not take it.
  private wanted = 0;
  private readonly lostListeners = new Set<() => void>();
  // A channel does not hear its own messages: this window's own changes reach these directly.
  private readonly changeListeners = new Set<() => void>();

  constructor(
    private readonly locks: ClaimLocks | null,
    private readonly channel: ClaimChannel | null,
  ) {}

  /** True while this tab holds the vault. */
  get holding(): boolean {
    return this.held !== null;
  }

  /** True when another tab or window holds the vault now. */
  async heldElsewhere(): Promise<boolean> {
    if (this.locks === null || this.held !== null) return false;
    const state = await this.locks.query();
    // Shared holds are other tabs' whenFree() waiters passing through, not sessions.
    return (state.held ?? []).some((lock) => lock.name === CLAIM_NAME && lock.mode !== 'shared');
  }

  /**
   * Resolves once nobody holds the vault any more, also when its holder closed or crashed
   * without a word (the browser frees a dead tab's lock). A shared request waits behind the
   * holder and lets go at once.
   */
  async whenFree(): Promise<void> {
    if (this.locks === null) return;
    await this.locks.request(CLAIM_NAME, { mode: 'shared' }, () => undefined);
  }

  /** Takes the vault if nobody holds it; false when another tab does. */
  async tryClaim(): Promise<boolean> {
    if (this.held !== null) return true;
    if (this.locks === null) {
      this.held = { release: () => Promise.resolve() };
      return true;
    }
    const got = await this.hold({ ifAvailable: true });
    if (got) this.announce();
    return got;
  }

  /**
   * Asks the holder to lock and waits until it has let go. A holder that does not answer in
   * time (hung, or an older version) loses the claim anyway: the user asked to work here.
   */
  async takeOver(): Promise<void> {
    if (this.held !== null) return;
    if (this.locks === null) {
      this.held = { release: () => Promise.resolve() };
      return;
    }
    this.channel?.postMessage({ type: 'take-over' });
    const graceful = this.hold({});
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), TAKE_OVER_GRACE_MS);
    });
    const first = await Promise.race([graceful, late]);
    clearTimeout(timer);
    if (first === 'late' && this.held === null) {
      // The waiting request stays queued; once the claim is stolen below it is granted
      // later and lets go at once (see hold()).
      await this.hold({ steal: true });
    }
    this.announce();
  }

  /** Lets the vault go (after this tab's session locked, or its unlock failed). */
  release(): void {
    this.wanted += 1;
    const held = this.held;
    if (held === null) return;
    this.held = null;
    // Announce once the browser has let the lock go, or tabs (this one too) would still see
    // it held and show the open-elsewhere notice for a vault that is free.
    void held.release().then(() => this.announce());
  }

  /** Calls `listener` when another tab asks for the vault; returns the unsubscribe. */
  onTakeOverRequest(listener: () => void): () => void {
    return this.listen((message) => {
      if (message.type === 'take-over' && this.held !== null) listener();
    });
  }

  /** Calls `listener` when the vault's holder may have changed; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    const stop = this.listen(() => listener());
    return () => {
      this.changeListeners.delete(listener);
      stop();
    };
  }

  /** Calls `listener` when another tab took the vault from this one without waiting for it. */
  onLost(listener: () => void): () => void {
    this.lostListeners.add(listener);
    return () => {
      this.lostListeners.delete(listener);
    };
  }

  private listen(listener: (message: ClaimMessage) => void): () => void {
    const channel = this.channel;
    if (channel === null) return () => undefined;
    const onMessage = (event: MessageEvent<unknown>) => {
      const message = parseClaimMessage(event.data);
      if (message !== null) listener(message);
    };
    channel.addEventListener('message', onMessage);
    return () => channel.removeEventListener('message', onMessage);
  }

  private announce(): void {
    this.channel?.postMessage({ type: 'changed' });
    for (const listener of [...this.changeListeners]) listener();
  }

  /** Requests the lock and keeps it until release(); resolves true once held, false if not granted. */
  private hold(options: {
    readonly ifAvailable?: boolean;
    readonly steal?: boolean;
  }): Promise<boolean> {
    const locks = this.locks;
    if (locks === null) return Promise.resolve(true);
    this.wanted += 1;
    const request = this.wanted;
    return new Promise<boolean>((resolve) => {
      const done = locks
        .request(CLAIM_NAME, options, (lock) => {
          if (lock === null) {
            resolve(false);
            return undefined;
          }
          // Granted after another request gave us the claim, or after we stopped wanting it.
          if (this.held !== null || request !== this.wanted) {
            resolve(false);
            return undefined;
          }
          return new Promise<void>((release) => {
            let released = false;
            this.held = {
              release: () => {
                if (!released) {
                  released = true;
                  release();
                }
                return done;
              },
            };
            resolve(true);
          });
        })
        // Stolen by another tab's take-over (its holder did not let go in time): this tab's
        // session is no longer the one; the take-over message already asked it to lock.
        .catch(() => {
          const wasHeld = this.held !== null;
          this.held = null;
          resolve(false);
          if (wasHeld) for (const listener of [...this.lostListeners]) listener();
        });
    });
  }
}

/** The claim for this window, over the browser's Web Locks and BroadcastChannel. */
export function createSessionClaim(): SessionClaim {
  const locks: ClaimLocks | null =
    typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CLAIM_NAME);
  return new SessionClaim(locks, channel);
}
