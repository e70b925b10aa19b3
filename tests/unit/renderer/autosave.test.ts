// Runs in: Node (Vitest).
//
// The shared autosave's timing (issue 12, "typing survives"): a write waits for a pause in
// typing, but never longer than the maximum wait after the first unwritten change, however
// long typing goes on. Fake timers stand in for the clock: nothing here measures time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveQueue } from '../../../renderer/src/app/autosave/saveQueue';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_WAIT_MS,
} from '../../../renderer/src/app/autosave/useSaveQueue';
import {
  flushPendingWrites,
  hasPendingWrites,
  registerPendingWrites,
} from '../../../renderer/src/app/pendingWrites';

/** A queue with the app's timings whose writes are recorded. */
function recordingQueue(): {
  readonly queue: ReturnType<typeof createSaveQueue<string>>;
  readonly saved: string[];
} {
  const saved: string[] = [];
  const queue = createSaveQueue<string>({
    save: (value) => {
      saved.push(value);
      return Promise.resolve();
    },
    delayMs: AUTOSAVE_DELAY_MS,
    maxWaitMs: AUTOSAVE_MAX_WAIT_MS,
  });
  return { queue, saved };
}

/** Types `text` one character every `everyMs`, as a steady typist who never pauses. */
async function typeSteadily(
  queue: { push(value: string): void },
  text: string,
  everyMs: number,
): Promise<void> {
  for (let i = 1; i <= text.length; i++) {
    queue.push(text.slice(0, i));
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

describe('autosave with a maximum wait', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays within a second of the disk: the maximum wait is below the debounce-free second', () => {
    expect(AUTOSAVE_DELAY_MS).toBeLessThan(AUTOSAVE_MAX_WAIT_MS);
    expect(AUTOSAVE_MAX_WAIT_MS).toBeLessThanOrEqual(700);
  });

  it('writes while typing goes on: never more than the maximum wait between a change and its write', async () => {
    const { queue, saved } = recordingQueue();
    // 100 ms between keys never leaves the 300 ms pause a plain debounce waits for.
    const text = 'Ïsa komt vaak te laat en is moe; moeder maakt zich zorgen over de ochtenden.';
    const stamps: { readonly at: number; readonly length: number }[] = [];
    const start = Date.now();
    for (let i = 1; i <= text.length; i++) {
      queue.push(text.slice(0, i));
      const before = saved.length;
      await vi.advanceTimersByTimeAsync(100);
      if (saved.length > before)
        stamps.push({ at: Date.now() - start, length: saved.at(-1)?.length ?? 0 });
    }
    expect(stamps.length).toBeGreaterThan(5);
    // Every write holds the text up to at most the maximum wait earlier (100 ms per character).
    for (const stamp of stamps)
      expect(stamp.at - stamp.length * 100).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saved.at(-1)).toBe(text);
  });

  it('still writes after the debounce when typing stops early, and then only once', async () => {
    const { queue, saved } = recordingQueue();
    await typeSteadily(queue, 'Zoë', 50);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saved).toEqual(['Zoë']);
    // The maximum wait armed by the first key does not write a second time.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS * 2);
    expect(saved).toEqual(['Zoë']);
    expect(queue.status()).toBe('saved');
  });

  it('reports unwritten text to the pending-writes registry until it is written', async () => {
    const { queue } = recordingQueue();
    const unregister = registerPendingWrites(
      () => queue.flush(),
      () => queue.status() !== 'saved',
    );
    try {
      expect(hasPendingWrites()).toBe(false);
      queue.push('café');
      expect(hasPendingWrites()).toBe(true);
      await flushPendingWrites();
      expect(hasPendingWrites()).toBe(false);
    } finally {
      unregister();
    }
  });
});
