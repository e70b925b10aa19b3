// Unit tests for the bounded best-first selection behind search ranking.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from '../../../shared/search/topK';

describe('TopK', () => {
  it('keeps the best candidates by rank, then length, then id', () => {
    const ids = ['c', 'a', 'b', 'd'];
    const top = new TopK(3, ids);
    top.offer(1, 5, 0);
    top.offer(0, 9, 3);
    top.offer(1, 5, 1);
    top.offer(1, 4, 2);
    expect(top.drain().map((slot) => ids[slot])).toEqual(['d', 'b', 'a']);
  });

  it('handles capacity 0 and fewer candidates than capacity', () => {
    const none = new TopK(0, ['a']);
    none.offer(0, 0, 0);
    expect(none.drain()).toEqual([]);
    const some = new TopK(10, ['a', 'b']);
    some.offer(2, 1, 1);
    some.offer(1, 1, 0);
    expect(some.drain()).toEqual([0, 1]);
  });

  it('equals sorting everything and taking the first k', () => {
    const candidate = fc.record({
      rank: fc.integer({ min: 0, max: 3 }),
      length: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 60 }),
        fc.integer({ min: 0, max: 20 }),
        (candidates, k) => {
          const ids = candidates.map((_, i) => `id${String(i).padStart(2, '0')}`);
          const top = new TopK(k, ids);
          candidates.forEach((c, slot) => top.offer(c.rank, c.length, slot));
          const expected = candidates
            .map((c, slot) => ({ ...c, slot }))
            .sort((a, b) => a.rank - b.rank || a.length - b.length || a.slot - b.slot)
            .slice(0, k)
            .map((c) => c.slot);
          expect(top.drain()).toEqual(expected);
        },
      ),
    );
  });
});
