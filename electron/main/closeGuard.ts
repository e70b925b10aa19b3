// Runs in: Electron main process.
//
// Closing the window must not lose the last keystrokes. Meeting mode saves typing with a
// short debounce, and an IndexedDB write started while a page is being torn down may never
// commit. So the first close is held back: the renderer gets a `close-requested` event,
// writes what it holds (flushPendingWrites) and answers with `confirmClose`; only then does
// the window really close. A renderer that does not answer (hung, crashed, still loading)
// cannot keep the window open: after a short grace period it closes anyway.

/** How long a close waits for the renderer's answer before it goes ahead regardless. */
export const CLOSE_GRACE_MS = 3000;

/** The part of a BrowserWindow the guard needs. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseGuardDeps<T> {
  /** Sends `close-requested` to the renderer; false when nobody can receive it. */
  readonly requestFlush: () => boolean;
  readonly setTimer: (callback: () => void, ms: number) => T;
  readonly clearTimer: (timer: T) => void;
  readonly graceMs?: number;
}

export interface CloseGuard {
  /** The renderer has flushed (`confirmClose`): let the held-back close through. */
  confirm(): void;
}

export function guardWindowClose<T>(win: ClosableWindow, deps: CloseGuardDeps<T>): CloseGuard {
  let state: 'open' | 'waiting' | 'closing' = 'open';
  let timer: T | null = null;

  const closeNow = (): void => {
    if (state === 'closing') return;
    state = 'closing';
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    if (!win.isDestroyed()) win.close();
  };

  win.on('close', (event) => {
    if (state === 'closing') return;
    event.preventDefault();
    // A second click on the close button while waiting changes nothing: the grace timer runs.
    if (state === 'waiting') return;
    if (!deps.requestFlush()) {
      closeNow();
      return;
    }
    state = 'waiting';
    timer = deps.setTimer(closeNow, deps.graceMs ?? CLOSE_GRACE_MS);
  });

  return {
    confirm(): void {
      // A confirm without a pending close (a confused or hostile page) must not close the window.
      if (state === 'waiting') closeNow();
    },
  };
}
