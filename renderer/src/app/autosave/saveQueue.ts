// Runs in: renderer.
//
// The one autosave of every long text field (meeting mode, minutes, the referral wizard, the
// drafts of the case dialogs): every keystroke updates the screen at once and is written a
// moment later. The write waits for a pause in typing (the debounce), but never longer than
// `maxWaitMs` after the first change it holds: someone who types on without pausing still
// has everything older than about a second on disk when the machine dies (issue 12). The
// queue keeps only the latest value, writes at most one at a time (two puts of the same
// record are never in flight, and the latest state always wins), writes at once on flush
// (item switch, blur, page hidden, lock, window close), and when a write fails it keeps the
// value and tries again, so typed text is never dropped. Free of React and the DOM clock:
// the timer functions are passed in, so the behaviour is tested without time.

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

export interface SaveQueueTimers {
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

export interface SaveQueueOptions<T> {
  readonly save: (value: T) => Promise<void>;
  /** Debounce before a write: the quiet time after the last change (≤ 400 ms in meeting mode). */
  readonly delayMs: number;
  /** Longest wait between the first unwritten change and its write, however long typing goes on. */
  readonly maxWaitMs?: number;
  /** Waits between retries after a failed write; the last one repeats. */
  readonly retryMs?: readonly number[];
  readonly timers?: SaveQueueTimers;
  readonly onStatus?: (status: SaveStatus) => void;
}

export interface SaveQueue<T> {
  /** A new latest value: written after the debounce. */
  push(value: T): void;
  /** Writes the latest value now; resolves when nothing is left to write (rejects when the write failed). */
  flush(): Promise<void>;
  status(): SaveStatus;
  /**
   * Forgets the unwritten value and waits for a write in flight to end, so that the caller
   * can delete what was written (a draft whose dialog saved or was cancelled) without a late
   * write or retry bringing it back.
   */
  drop(): Promise<void>;
  /** Stops timers (on unmount, after a final flush). Pushes after dispose are ignored. */
  dispose(): void;
}

const DEFAULT_RETRY_MS = [1000, 3000, 10_000] as const;

export const realTimers: SaveQueueTimers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) =>
    globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export function createSaveQueue<T>(options: SaveQueueOptions<T>): SaveQueue<T> {
  const timers = options.timers ?? realTimers;
  const retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
  let pending: { value: T } | null = null;
  let inFlight: Promise<void> | null = null;
  let timer: unknown = null;
  // Armed by the first change that waits and never restarted by later ones: the maximum wait.
  let maxTimer: unknown = null;
  let failures = 0;
  let current: SaveStatus = 'saved';
  let disposed = false;

  const setStatus = (status: SaveStatus): void => {
    if (status === current) return;
    current = status;
    options.onStatus?.(status);
  };

  const clearTimer = (): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (maxTimer !== null) timers.clearTimeout(maxTimer);
    maxTimer = null;
  };

  const fire = (): void => {
    void run().catch(() => undefined);
  };

  const schedule = (ms: number): void => {
    clearTimer();
    if (disposed) return;
    timer = timers.setTimeout(() => {
      timer = null;
      fire();
    }, ms);
  };

  /** Restarts the debounce; arms the maximum wait only if none is running. */
  const debounce = (): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (disposed) return;
    timer = timers.setTimeout(() => {
      timer = null;
      fire();
    }, options.delayMs);
    if (options.maxWaitMs !== undefined && maxTimer === null) {
      maxTimer = timers.setTimeout(() => {
        maxTimer = null;
        fire();
      }, options.maxWaitMs);
    }
  };

  /** Writes pending values one after another until none is left; rejects on a failed write. */
  const run = async (): Promise<void> => {
    if (inFlight !== null) {
      await inFlight;
      if (pending !== null) return run();
      return;
    }
    if (pending === null) return;
    const { value } = pending;
    pending = null;
    // The value a waiting debounce was for is written now; left running, that timer would
    // find nothing to write and the status would never leave "pending".
    clearTimer();
    setStatus('saving');
    const attempt = options.save(value);
    inFlight = attempt.then(
      () => undefined,
      () => undefined,
    );
    try {
      await attempt;
      failures = 0;
    } catch (error) {
      // Keep the value unless something newer is already waiting, and try again later.
      if (pending === null) pending = { value };
      failures += 1;
      inFlight = null;
      setStatus('failed');
      schedule(retryMs[Math.min(failures - 1, retryMs.length - 1)] ?? 10_000);
      throw error;
    }
    inFlight = null;
    if (pending !== null) return run();
    setStatus('saved');
  };

  return {
    push(value) {
      if (disposed) return;
      pending = { value };
      if (current !== 'failed' && current !== 'saving') setStatus('pending');
      // While failing, keep the retry rhythm instead of hammering the store.
      if (failures === 0) debounce();
    },
    async flush() {
      clearTimer();
      await run();
      if (inFlight !== null) await inFlight;
      if (pending !== null) await run();
    },
    status: () => current,
    async drop() {
      pending = null;
      clearTimer();
      // The loop also waits for the failed write's own bookkeeping, which re-queues its value.
      while (inFlight !== null) await inFlight;
      pending = null;
      clearTimer();
      failures = 0;
      setStatus('saved');
    },
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
