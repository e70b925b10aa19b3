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
