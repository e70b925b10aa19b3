// Runs in: Node (Vitest).
//
// The one-session-at-a-time claim between tabs, over a small stand-in for the Web Locks API
// (exclusive and shared holds, ifAvailable, steal, queued requests) and Node's real
// BroadcastChannel: only one tab holds the vault; a take-over asks the holder, which lets go
// after locking; a holder that does not answer loses the claim after the grace time and is
// told; a freed vault wakes the tabs that wait for it; unknown channel messages are ignored.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CLAIM_NAME,
  SessionClaim,
  TAKE_OVER_GRACE_MS,
  parseClaimMessage,
  type ClaimChannel,
  type ClaimLocks,
} from '../../../renderer/src/security/sessionClaim';

type Mode = 'exclusive' | 'shared';
interface Holder {
  readonly mode: Mode;
  readonly abort: (error: Error) => void;
}
interface Waiter {
  readonly mode: Mode;
  readonly grant: () => void;
}

/** One origin's lock manager, shared by the "tabs" of a test (a single lock name suffices). */
class FakeLocks {
  private holders = new Set<Holder>();
  private waiters: Waiter[] = [];

  forTab(): ClaimLocks {
    return {
      request: (_name, options, callback) => this.request(options, callback),
      query: () =>
        Promise.resolve({
          held: [...this.holders].map((h) => ({ name: CLAIM_NAME, mode: h.mode })),
        }),
    };
  }

  private free(mode: Mode): boolean {
    return [...this.holders].every((h) => mode === 'shared' && h.mode === 'shared');
  }

  private request(
    options: { readonly ifAvailable?: boolean; readonly steal?: boolean; readonly mode?: Mode },
    callback: (lock: unknown) => Promise<void> | void,
  ): Promise<unknown> {
    const mode = options.mode ?? 'exclusive';
    return new Promise((resolve, reject) => {
      const grant = () => {
        const holder: Holder = { mode, abort: reject };
        this.holders.add(holder);
        void Promise.resolve(callback({ name: CLAIM_NAME, mode })).then((value) => {
          if (!this.holders.delete(holder)) return;
          resolve(value);
          this.pump();
        });
      };
      if (options.steal === true) {
        for (const h of this.holders) h.abort(new Error('AbortError'));
        this.holders.clear();
        grant();
      } else if (this.free(mode) && this.waiters.length === 0) grant();
      else if (options.ifAvailable === true) void Promise.resolve(callback(null)).then(resolve);
      else this.waiters.push({ mode, grant });
    });
  }

  private pump(): void {
    while (this.waiters.length > 0 && this.free(this.waiters[0]!.mode))
      this.waiters.shift()!.grant();
  }
}

const channels: BroadcastChannel[] = [];
function tab(locks: FakeLocks): SessionClaim {
  const channel = new BroadcastChannel(CLAIM_NAME);
  channels.push(channel);
  const claimChannel: ClaimChannel = {
    postMessage: (message) => channel.postMessage(message),
    addEventListener: (type, listener) => channel.addEventListener(type, listener as EventListener),
    removeEventListener: (type, listener) =>
      channel.removeEventListener(type, listener as EventListener),
  };
  return new SessionClaim(locks.forTab(), claimChannel);
}

afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
  vi.useRealTimers();
});

describe('session claim', () => {
  it('lets one tab hold the vault; the other sees it held elsewhere until it is released', async () => {
    const locks = new FakeLocks();
    const a = tab(locks);
    const b = tab(locks);
    expect(await a.tryClaim()).toBe(true);
    expect(a.holding).toBe(true);
    expect(await a.heldElsewhere()).toBe(false);
    expect(await b.tryClaim()).toBe(false);
    expect(await b.heldElsewhere()).toBe(true);
    const freed = b.whenFree();
    a.release();
    await freed;
    expect(await b.heldElsewhere()).toBe(false);
    expect(await b.tryClaim()).toBe(true);
  });

  it('takes over: the holder is asked, locks, lets go, and the asking tab holds the vault', async () => {
    const locks = new FakeLocks();
    const a = tab(locks);
    const b = tab(locks);
    await a.tryClaim();
    const asked = vi.fn(() => a.release());
    a.onTakeOverRequest(asked);
    await b.takeOver();
    expect(asked).toHaveBeenCalledTimes(1);
    expect(a.holding).toBe(false);
    expect(b.holding).toBe(true);
    expect(await a.heldElsewhere()).toBe(true);
  });

  it('takes the claim from a holder that does not let go in time, and tells it so', async () => {
    vi.useFakeTimers();
    const locks = new FakeLocks();
    const a = tab(locks);
    const b = tab(locks);
    await a.tryClaim();
    const lost = vi.fn();
    a.onLost(lost);
    const taking = b.takeOver();
    await vi.advanceTimersByTimeAsync(TAKE_OVER_GRACE_MS);
    await taking;
    expect(b.holding).toBe(true);
    expect(a.holding).toBe(false);
    expect(lost).toHaveBeenCalledTimes(1);
    // The take-over's queued request, granted later, does not keep the vault from anyone.
    b.release();
    await a.whenFree();
    expect(await a.tryClaim()).toBe(true);
  });

  it('tells its own window about its own changes (a channel does not hear itself)', async () => {
    const a = tab(new FakeLocks());
    const changed = vi.fn();
    a.onChange(changed);
    await a.tryClaim();
    expect(changed).toHaveBeenCalledTimes(1);
    a.release();
    // Announced only once the lock is really free, so nobody sees a released vault as held.
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2));
    expect(await a.heldElsewhere()).toBe(false);
  });

  it('coordinates with nothing where Web Locks are missing: every claim succeeds', async () => {
    const claim = new SessionClaim(null, null);
    expect(await claim.heldElsewhere()).toBe(false);
    expect(await claim.tryClaim()).toBe(true);
    await claim.takeOver();
    await claim.whenFree();
  });

  it('accepts only the messages it knows', () => {
    expect(parseClaimMessage({ type: 'take-over' })).toEqual({ type: 'take-over' });
    expect(parseClaimMessage({ type: 'changed' })).toEqual({ type: 'changed' });
    expect(parseClaimMessage({ type: 'lock-everything' })).toBeNull();
    expect(parseClaimMessage('take-over')).toBeNull();
    expect(parseClaimMessage(null)).toBeNull();
  });
});
