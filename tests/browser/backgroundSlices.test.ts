// Runs in: Chromium (Vitest browser mode).
//
// Issue 12: the background check after unlock must keep every main-thread task short. In
// Chromium the results of many WebCrypto calls awaited together resolve within one task, so
// work that awaits only them never gives the event loop back: the audit chain of 10,000
// entries was one task of 300-500 ms. These tests count the macrotasks that get a turn while
// the work runs; a yielding run lets them in, a single long task does not.
import { describe, expect, it } from 'vitest';
import {
  appendAuditEntry,
  auditHeadOf,
  verifyAuditChain,
  type AuditEntry,
} from '../../shared/audit/chain';
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

async function chainOf(length: number): Promise<AuditEntry[]> {
  const chain: AuditEntry[] = [];
  let prev: AuditEntry | null = null;
  for (let i = 0; i < length; i++) {
    prev = await appendAuditEntry(prev, { actor: 'u-1', action: 'record.update' });
    chain.push(prev);
  }
  return chain;
}

describe('background work gives the event loop back', () => {
  it('verifyAuditChain yields between its digest batches when asked', async () => {
    const chain = await chainOf(1_000);
    const head = auditHeadOf(chain.at(-1) ?? null);
    const { result, turns } = await turnsDuring(() =>
      verifyAuditChain(chain, head, { betweenBatches: yieldToEventLoop }),
    );
    expect(result).toEqual({ ok: true, count: 1_000 });
    // 1,000 entries are four batches: three turns between them, at least.
    expect(turns).toBeGreaterThanOrEqual(3);
  });

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
