// Runs in: renderer.
//
// Background work after unlock (search index, snapshot) runs in slices on the main thread;
// between slices it gives the event loop back so input, rendering and timers run. A
// MessageChannel message is a macrotask without setTimeout's 4 ms clamp for nested timers
// (which would add seconds over hundreds of slices) and is not throttled like timers are.

/** Resolves on a fresh macrotask. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Items whose asynchronous work (decryption) runs together in one task of mapInSlices: in
 * Chromium the results of a Promise.all of WebCrypto calls resolve within one task, so a
 * 500-row slice was one task of 10-25 ms CPU, stretched past 50 ms on a loaded machine.
 */
export const TASK_CHUNK = 100;

/**
 * Like Promise.all(items.map(fn)), but TASK_CHUNK items at a time with the event loop given
 * back between chunks, so background work keeps every main-thread task short (issue 12).
 */
export async function mapInSlices<T, R>(
  items: readonly T[],
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += TASK_CHUNK) {
    if (start > 0) await yieldToEventLoop();
    results.push(...(await Promise.all(items.slice(start, start + TASK_CHUNK).map(fn))));
  }
  return results;
}
