// Unit tests for VirtualList's pure arithmetic: when to window, pinned rows, spacers, keys.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isNavigationKey,
  segmentsOf,
  shouldVirtualise,
  targetIndex,
  withPinned,
  type PlacedRow,
} from '../../../../renderer/src/components/VirtualListModel';

describe('shouldVirtualise', () => {
  it('renders every row below the threshold and while printing', () => {
    expect(shouldVirtualise(99, 100, false)).toBe(false);
    expect(shouldVirtualise(100, 100, false)).toBe(true);
    expect(shouldVirtualise(14_000, 100, true)).toBe(false);
  });
});

describe('withPinned', () => {
  it('adds the focused row far outside the window, sorted and without duplicates', () => {
    expect(withPinned([10, 11, 12], [3, 11, undefined], 100)).toEqual([3, 10, 11, 12]);
  });
  it('drops pinned indexes that no longer exist (the list was filtered)', () => {
    expect(withPinned([0, 1], [5, -1, 1.5], 3)).toEqual([0, 1]);
  });
});

describe('segmentsOf', () => {
  const rows = (indexes: number[], size = 40): PlacedRow[] =>
    indexes.map((index) => ({ index, start: index * size, end: (index + 1) * size }));

  it('puts spacers before, between (a pinned row) and after the rendered rows', () => {
    expect(segmentsOf(rows([2, 50, 51]), 40 * 100)).toEqual([
      { kind: 'spacer', key: 'gap-before-2', size: 80 },
      { kind: 'row', index: 2 },
      { kind: 'spacer', key: 'gap-before-50', size: 47 * 40 },
      { kind: 'row', index: 50 },
      { kind: 'row', index: 51 },
      { kind: 'spacer', key: 'gap-end', size: 48 * 40 },
    ]);
  });

  it('keeps the total height: rows plus spacers add up to the list', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 499 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 10, max: 200 }),
        (indexes, size) => {
          const sorted = [...indexes].sort((a, b) => a - b);
          const segments = segmentsOf(rows(sorted, size), 500 * size);
          const height = segments.reduce(
            (sum, s) => sum + (s.kind === 'spacer' ? s.size : size),
            0,
          );
          expect(height).toBe(500 * size);
          expect(
            segments.filter((s) => s.kind === 'row').map((s) => (s.kind === 'row' ? s.index : -1)),
          ).toEqual(sorted);
        },
      ),
    );
  });
});

describe('targetIndex', () => {
  it('moves by one, by a page and to the ends, never past them', () => {
    expect(targetIndex('ArrowDown', 0, 300, 10)).toBe(1);
    expect(targetIndex('ArrowDown', 299, 300, 10)).toBe(299);
    expect(targetIndex('ArrowUp', 0, 300, 10)).toBe(0);
    expect(targetIndex('PageDown', 295, 300, 10)).toBe(299);
    expect(targetIndex('PageUp', 25, 300, 10.7)).toBe(15);
    expect(targetIndex('End', 3, 300, 10)).toBe(299);
    expect(targetIndex('Home', 250, 300, 10)).toBe(0);
    expect(targetIndex('End', 0, 0, 10)).toBe(-1);
  });
  it('knows which keys navigate', () => {
    expect(['ArrowDown', 'PageUp', 'Home'].every(isNavigationKey)).toBe(true);
    expect(isNavigationKey('Enter')).toBe(false);
  });
});
