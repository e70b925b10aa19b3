// Runs in: Chromium (Vitest browser mode).
//
// Issue 12: the background check after unlock must keep every main-thread task short. In
// Chromium the results of many WebCrypto calls awaited together resolve within one task, so
// work that awaits only them never gives the event loop back: the audit chain of 10,000
// entries was one task of 300-500 ms (it now runs in a worker: vault.integrity.test.ts). This
// test counts the macrotasks that get a turn while the row scan's slicing runs; a yielding
// run lets them in, a single long task does not.
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../shared/crypto/webcrypto';
import { mapInSlices, yieldToEventLoop } from '../../renderer/src/vault/yieldToEventLoop';

/** Counts other macrotasks (MessageChannel turns) until `work` settles. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let done = false;
  const tick = (): void => {
    void yieldToEventLoop().then(() => {
      if (done) return;
      turns += 1;
      tick();
    });
  };
  tick();
  const result = await work();
  done = true;
  return { result, turns };
}

describe('background work gives the event loop back', () => {
  it('mapInSlices runs the work in chunks with turns between, results in order', async () => {
    const items = Array.from({ length: 450 }, (_, i) => i);
    const { result, turns } = await turnsDuring(() =>
      mapInSlices(items, async (i) => {
        await sha256(new Uint8Array([i % 256]));
        return i * 2;
      }),
    );
    expect(result).toEqual(items.map((i) => i * 2));
    expect(turns).toBeGreaterThanOrEqual(4);
  });
});
