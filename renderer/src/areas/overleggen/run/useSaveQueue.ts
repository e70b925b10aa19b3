// Runs in: renderer.
//
// Binds a save queue to a screen: its status as React state, and a flush whenever the work
// could be lost or the user moves on: the page is hidden or left (pagehide,
// visibilitychange), the vault locks or the window closes (registerPendingWrites), and when
// the screen unmounts.
import { useEffect, useMemo, useState } from 'react';
import { registerPendingWrites } from '../../../app/pendingWrites';
import { createSaveQueue, type SaveQueue, type SaveStatus } from './saveQueue';

/** Debounce of meeting mode's autosave (the brief asks for at most 400 ms). */
export const AUTOSAVE_DELAY_MS = 300;

export function useSaveQueue<T>(save: (value: T) => Promise<void>): { readonly queue: SaveQueue<T>; readonly status: SaveStatus } {
  const [status, setStatus] = useState<SaveStatus>('saved');
  // The save function is read through the queue's closure once: callers pass a stable one.
  const queue = useMemo(() => createSaveQueue<T>({ save, delayMs: AUTOSAVE_DELAY_MS, onStatus: setStatus }), [save]);

  useEffect(() => {
    const flush = (): Promise<void> => queue.flush().catch(() => undefined);
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = (): void => void flush();
    const unregister = registerPendingWrites(flush);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      unregister();
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHidden);
      // Not disposed: a write that failed keeps retrying after the screen is gone.
      void flush();
    };
  }, [queue]);

  return { queue, status };
}
