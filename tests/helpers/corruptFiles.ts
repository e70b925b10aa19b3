// Runs in: Node (test tooling).
//
// A fuzzed check that a `.zorgtafel` file with any one byte changed, or cut short anywhere,
// is refused by its opener: whatever the kind, damage never opens.
import fc from 'fast-check';
import { expect } from 'vitest';

/** Asserts that `open` refuses every corrupted or truncated copy of `bytes` (60 random runs). */
export async function expectEveryCorruptionRefused(
  bytes: Uint8Array,
  open: (bad: Uint8Array) => Promise<{ readonly ok: boolean }>,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: bytes.length - 1 }),
      fc.integer({ min: 1, max: 255 }),
      fc.boolean(),
      async (at, xor, truncate) => {
        const bad = truncate ? bytes.slice(0, at) : bytes.slice();
        if (!truncate) bad[at] = (bad[at] ?? 0) ^ xor;
        expect((await open(bad)).ok).toBe(false);
      },
    ),
    { numRuns: 60 },
  );
}
