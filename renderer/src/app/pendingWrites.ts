// Runs in: renderer.
//
// Screens that save typing in the background (meeting mode's autosave) register a flush
// here. Whatever ends the session or the window (the lock button, idle or OS lock, closing
// the window) calls flushPendingWrites() first, so the last keystrokes are written while the
// vault is still open instead of being lost with the debounce timer.

/** Writes whatever a screen still holds in memory; must not throw for "nothing to do". */
export type PendingWriteFlush = () => Promise<void>;

const flushes = new Set<PendingWriteFlush>();

/** Registers a flush until the returned function is called (on unmount). */
export function registerPendingWrites(flush: PendingWriteFlush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Runs every registered flush; one failing flush does not stop the others. */
export async function flushPendingWrites(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
