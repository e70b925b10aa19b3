// Runs in: renderer.
//
// Screens that save typing in the background (meeting mode's autosave) register a flush
// here. Whatever ends the session or the window (the lock button, idle or OS lock, closing
// the window) calls flushPendingWrites() first, so the last keystrokes are written while the
// vault is still open instead of being lost with the debounce timer. A registration can also
// say whether it holds unwritten text right now (hasPendingWrites): the browser host, which
// cannot hold a closing tab back, warns before leaving while anything is unwritten.

/** Writes whatever a screen still holds in memory; must not throw for "nothing to do". */
export type PendingWriteFlush = () => Promise<void>;

/** Whether a registration holds text that is not written yet. */
export type PendingWriteCheck = () => boolean;

const flushes = new Map<PendingWriteFlush, PendingWriteCheck>();

/** Registers a flush (and what it still holds) until the returned function is called (on unmount). */
export function registerPendingWrites(
  flush: PendingWriteFlush,
  pending: PendingWriteCheck = () => false,
): () => void {
  flushes.set(flush, pending);
  return () => {
    flushes.delete(flush);
  };
}

/** Runs every registered flush; one failing flush does not stop the others. */
export async function flushPendingWrites(): Promise<void> {
  await Promise.allSettled([...flushes.keys()].map((flush) => flush()));
}

/** True while any registration holds unwritten text (waiting, being written, or failed). */
export function hasPendingWrites(): boolean {
  return [...flushes.values()].some((pending) => pending());
}
