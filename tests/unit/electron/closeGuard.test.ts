// Runs in: Node (Vitest).
//
// The held-back window close: the renderer gets to flush its typing first, and cannot keep
// the window open by never answering.
import { describe, expect, it } from 'vitest';
import {
  CLOSE_GRACE_MS,
  guardWindowClose,
  type ClosableWindow,
} from '../../../electron/main/closeGuard';

class FakeWindow implements ClosableWindow {
  private listener: ((event: { preventDefault(): void }) => void) | null = null;
  closed = false;
  destroyed = false;

  on(_event: 'close', listener: (event: { preventDefault(): void }) => void): void {
    this.listener = listener;
  }

  /** Like BrowserWindow.close(): emits 'close', and closes unless a listener prevents it. */
  close(): void {
    let prevented = false;
    this.listener?.({ preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

function setup(options: { readonly rendererListens?: boolean } = {}) {
  const win = new FakeWindow();
  const requests: number[] = [];
  const timers: { callback: () => void; ms: number; cleared: boolean }[] = [];
  const guard = guardWindowClose(win, {
    requestFlush: () => {
      requests.push(1);
      return options.rendererListens ?? true;
    },
    setTimer: (callback, ms) => {
      const timer = { callback, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      timer.cleared = true;
    },
  });
  return { win, guard, requests, timers };
}

describe('guardWindowClose', () => {
  it('holds the first close back and asks the renderer to flush', () => {
    const { win, requests } = setup();
    win.close();
    expect(win.closed).toBe(false);
    expect(requests).toHaveLength(1);
  });

  it('closes once the renderer confirms, and cancels the grace timer', () => {
    const { win, guard, timers } = setup();
    win.close();
    guard.confirm();
    expect(win.closed).toBe(true);
    expect(timers[0]?.cleared).toBe(true);
  });

  it('closes after the grace period when the renderer never answers', () => {
    const { win, timers } = setup();
    win.close();
    expect(timers[0]?.ms).toBe(CLOSE_GRACE_MS);
    timers[0]?.callback();
    expect(win.closed).toBe(true);
  });

  it('closes at once when no renderer can receive the request', () => {
    const { win, timers } = setup({ rendererListens: false });
    win.close();
    expect(win.closed).toBe(true);
    expect(timers).toHaveLength(0);
  });

  it('asks only once when the user clicks close again while waiting', () => {
    const { win, requests, timers } = setup();
    win.close();
    win.close();
    expect(win.closed).toBe(false);
    expect(requests).toHaveLength(1);
    expect(timers).toHaveLength(1);
  });

  it('ignores a confirm that no close asked for', () => {
    const { win, guard } = setup();
    guard.confirm();
    expect(win.closed).toBe(false);
  });

  it('does not touch a window that is already destroyed', () => {
    const { win, timers } = setup();
    win.close();
    win.destroyed = true;
    timers[0]?.callback();
    expect(win.closed).toBe(false);
  });
});
