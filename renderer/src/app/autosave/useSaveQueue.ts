// Runs in: renderer.
//
// Binds a save queue to a screen: its status as React state, and a flush whenever the work
// could be lost or the user moves on: the page is hidden or left (pagehide,
// visibilitychange), the vault locks or the window closes (registerPendingWrites, which
// also lets the browser host warn before a page with unwritten text is left), and when
// the screen unmounts. Every long text field saves through this hook, so all of them share
// one timing: a write at most AUTOSAVE_MAX_WAIT_MS after a change, however long typing goes on.
import { useEffect, useMemo, useState } from 'react';
import { registerPendingWrites } from '../pendingWrites';
import { createSaveQueue, type SaveQueue, type SaveStatus } from './saveQueue';

/** Debounce of the autosave (meeting mode's brief asks for at most 400 ms). */
export const AUTOSAVE_DELAY_MS = 300;

/**
 * Longest wait from a change to the start of its write while typing goes on. The write
 * itself (encryption and one IndexedDB transaction) needs well under the rest of the second
 * that issue 12 allows between a keystroke and the disk.
 */
export const AUTOSAVE_MAX_WAIT_MS = 600;

export function useSaveQueue<T>(save: (value: T) => Promise<void>): {
  readonly queue: SaveQueue<T>;
  readonly status: SaveStatus;
} {
  const [status, setStatus] = useState<SaveStatus>('saved');
  // The save function is read through the queue's closure once: callers pass a stable one.
  const queue = useMemo(
    () =>
      createSaveQueue<T>({
        save,
        delayMs: AUTOSAVE_DELAY_MS,
        maxWaitMs: AUTOSAVE_MAX_WAIT_MS,
        onStatus: setStatus,
      }),
    [save],
  );

  useEffect(() => {
    const flush = (): Promise<void> => queue.flush().catch(() => undefined);
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = (): void => void flush();
    const unregister = registerPendingWrites(flush, () => queue.status() !== 'saved');
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHidden);
      // Not disposed: a write that failed keeps retrying after the screen is gone. The
      // registration stays until the text is written, so leaving the page right after
      // leaving the screen still warns (browser) or waits for it (lock, window close).
      void flush().then(() => {
        if (queue.status() === 'saved') unregister();
      });
    };
  }, [queue]);

  return { queue, status };
}
