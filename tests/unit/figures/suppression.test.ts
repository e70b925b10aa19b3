// Runs in: Node (test tooling).
//
// The anonymity rules of suppression.ts (docs/figures.md): no count of 1 to 4 is published,
// and no withheld cell can be recomputed by subtracting from the totals, checked by an
// attacker that solves every line with one unknown, over and over, on tiny schools and on
// random tables.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureTable, PublishedCell, PublishedTable } from '../../../shared/figures/model';
import { publishMeasure, publishTable } from '../../../shared/figures/suppression';

function tableOf(cells: number[][], additive = true): FigureTable {
  return {
    id: 'agenda-items-by-bespreekdoel',
    rows: cells.map((_, i) => ({ key: `r${i}` })),
    columns: (cells[0] ?? [0]).map((_, i) => `c${i}`),
    cells,
    additive,
  };
}

/**
 * What an attacker learns from a published table: every line (a row or column and its total)
 * with exactly one unknown gives that unknown by subtraction, and the known values feed the
 * next round. Returns the recovered values of withheld entries, keyed "r,c" (T = total).
 */
function attack(p: PublishedTable): Map<string, number> {
  const rows = p.cells.length;
  const cols = p.columns.length;
  const known = new Map<string, number>();
  const value = (cell: PublishedCell | undefined, key: string): number | undefined =>
    typeof cell === 'number' ? cell : known.get(key);
  const lines: {
    cells: [PublishedCell | undefined, string][];
    total: [PublishedCell | undefined, string];
  }[] = [];
  if (p.rowTotals !== undefined)
    for (let r = 0; r < rows; r += 1)
      lines.push({
        cells: Array.from({ length: cols }, (_, c) => [p.cells[r]?.[c], `${r},${c}`]),
        total: [p.rowTotals[r], `${r},T`],
      });
  if (p.columnTotals !== undefined)
    for (let c = 0; c < cols; c += 1)
      lines.push({
        cells: Array.from({ length: rows }, (_, r) => [p.cells[r]?.[c], `${r},${c}`]),
        total: [p.columnTotals[c], `T,${c}`],
      });
  if (p.total !== undefined && p.rowTotals !== undefined && p.columnTotals !== undefined) {
    lines.push({
      cells: p.rowTotals.map((cell, r) => [cell, `${r},T`]),
      total: [p.total, 'T,T'],
    });
    lines.push({
      cells: p.columnTotals.map((cell, c) => [cell, `T,${c}`]),
      total: [p.total, 'T,T'],
    });
  }
  let progress = true;
  while (progress) {
    progress = false;
    for (const line of lines) {
      const entries = [...line.cells, line.total];
      const unknown = entries.filter(([cell, key]) => value(cell, key) === undefined);
      if (unknown.length !== 1) continue;
      const [missing] = unknown;
      if (missing === undefined) continue;
      const total = value(...line.total);
      const sumCells = line.cells.reduce((s, [cell, key]) => s + (value(cell, key) ?? 0), 0);
      known.set(missing[1], missing === line.total ? sumCells : (total ?? 0) - sumCells);
      progress = true;
    }
  }
  return known;
}

const published = (p: PublishedTable): PublishedCell[] => [
  ...p.cells.flat(),
  ...(p.rowTotals ?? []),
  ...(p.columnTotals ?? []),
  ...(p.total === undefined ? [] : [p.total]),
];

describe('primary suppression', () => {
  it('publishes 1 to 4 as "< 5", and 0 and 5 or more as they are', () => {
    const p = publishTable(tableOf([[0], [1], [4], [5], [9]], false));
    expect(p.cells).toEqual([[0], ['<5'], ['<5'], [5], [9]]);
    expect(p.columnTotals).toBeUndefined();
  });

  it('hides a measure over fewer than 5 cases', () => {
    expect(publishMeasure({ id: 'feedback-days-median', n: 4, value: 12 })).toEqual({
      id: 'feedback-days-median',
      n: '<5',
      value: null,
    });
    expect(publishMeasure({ id: 'feedback-days-median', n: 5, value: 12 }).value).toBe(12);
  });
});

describe('complementary suppression', () => {
  it('hides the smallest other cell of a list with a total, so the small one cannot be subtracted', () => {
    const p = publishTable(tableOf([[3], [12], [7]]));
    expect(p.cells).toEqual([['<5'], [12], ['hidden']]);
    expect(p.columnTotals).toEqual([22]);
    expect(attack(p).size).toBe(0);
  });

  it('a tiny school: everything is "< 5" or 0, totals too', () => {
    const p = publishTable(
      tableOf([
        [1, 0],
        [2, 0],
        [0, 0],
      ]),
    );
    expect(published(p).every((c) => c === 0 || c === '<5' || c === 'hidden')).toBe(true);
    expect(p.total).toBe('<5');
    expect(attack(p).size).toBe(0);
  });

  it('a small school with one small cell in a two-way table: row and column partners are hidden', () => {
    const p = publishTable(
      tableOf([
        [12, 3],
        [5, 6],
        [2, 8],
      ]),
    );
    expect(attack(p).size).toBe(0);
    expect(published(p).filter((c) => c === 'hidden').length).toBeGreaterThan(0);
  });

  it('property: on any table no count 1-4 is published and no withheld entry can be recomputed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((cols) =>
          fc.array(fc.array(fc.nat({ max: 12 }), { minLength: cols, maxLength: cols }), {
            minLength: 1,
            maxLength: 6,
          }),
        ),
        (cells) => {
          const p = publishTable(tableOf(cells));
          for (const c of published(p))
            if (typeof c === 'number') expect(c === 0 || c >= 5).toBe(true);
          expect([...attack(p).keys()]).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
