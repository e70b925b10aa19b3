// Runs in: Node (test tooling).
//
// The SWV's region view (shared/figures/region.ts, docs/figures.md "Region"): schools' published
// figures added up per table, per municipality and for the region. A region number is a sum
// of published exact counts only, so an attacker who subtracts the other schools from it
// never gets back a school's "< 5" or hidden cell, however small the schools are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublishedCell } from '../../../shared/figures/model';
import {
  addPublished,
  regionCellView,
  regionFigures,
  regionPeriods,
  type RegionCell,
} from '../../../shared/figures/region';
import type { SchoolFigures } from '../../../shared/figures/regionRecord';
import { YEAR } from './generate';
import { agendaItems, bySource, school } from './regionFixture';

const view = (cell: RegionCell | undefined) => regionCellView(cell ?? addPublished([]));

describe('region figures', () => {
  it('adds up exact counts of three schools, per municipality and for the region', () => {
    const files = [
      school('De Regenboog', [bySource([10, 5, 0, 0, 0, 0])], { municipality: 'Zwolle' }),
      school('Het Kompas', [bySource([7, 0, 6, 0, 0, 0])], { municipality: 'Kampen' }),
      school('De Wilg', [bySource([5, 5, 5, 0, 0, 0])], { municipality: 'Zwolle' }),
    ];
    const region = regionFigures(files, 'new-cases-by-source', YEAR);
    expect(region.table.cells.map((r) => view(r[0]))).toEqual([
      { kind: 'count', value: 22 },
      { kind: 'count', value: 10 },
      { kind: 'count', value: 11 },
      { kind: 'count', value: 0 },
      { kind: 'count', value: 0 },
      { kind: 'count', value: 0 },
    ]);
    expect(view(region.table.columnTotals?.[0])).toEqual({ kind: 'count', value: 43 });
    expect(view(region.bySchool.total)).toEqual({ kind: 'count', value: 43 });
    expect(
      region.bySchool.groups.map((g) => [g.municipality, g.schools.map((s) => s.school)]),
    ).toEqual([
      ['Kampen', ['Het Kompas']],
      ['Zwolle', ['De Regenboog', 'De Wilg']],
    ]);
    expect(view(region.bySchool.groups[1]?.total)).toEqual({ kind: 'count', value: 30 });
    expect(view(region.bySchool.groups[1]?.cells[0])).toEqual({ kind: 'count', value: 15 });
  });

  it('puts schools without a municipality last, and counts only the files of the chosen year', () => {
    const older = school('De Wilg', [bySource([50])]);
    const files: SchoolFigures[] = [
      school('Zonder Gemeente', [bySource([5])]),
      school('Het Kompas', [bySource([5])], { municipality: 'Kampen' }),
      {
        ...older,
        current: { ...older.current, period: { from: '2024-08-01', to: '2025-07-31' } },
      },
    ];
    const region = regionFigures(files, 'new-cases-by-source', YEAR);
    expect(region.bySchool.groups.map((g) => g.municipality)).toEqual(['Kampen', undefined]);
    expect(view(region.bySchool.total)).toEqual({ kind: 'count', value: 10 });
    expect(regionPeriods(files).map((p) => p.from)).toEqual(['2025-08-01', '2024-08-01']);
  });

  it('never recovers a tiny school: the region minus the others gives nothing back', () => {
    // Het Kompas has 3 signals from parents: published "< 5". A naive region total of 20
    // minus the others' 10 and 7 would give 3 back.
    const files = [
      school('De Regenboog', [bySource([0, 0, 10])]),
      school('De Wilg', [bySource([0, 0, 7])]),
      school('Het Kompas', [bySource([0, 0, 3])]),
    ];
    const region = regionFigures(files, 'new-cases-by-source', YEAR);
    expect(view(region.table.cells[2]?.[0])).toEqual({ kind: 'at-least', value: 17, withheld: 1 });
    const kompas = region.bySchool.groups[0]?.schools.find((s) => s.school === 'Het Kompas');
    expect(kompas?.cells[2]).toBe('<5');
  });

  it('shows "< 5 per school" when all there is are small cells, and withheld with a hidden one', () => {
    const tiny = Array.from({ length: 50 }, (_, i) => school(`School ${i}`, [bySource([0, 2])]));
    const region = regionFigures(tiny, 'new-cases-by-source', YEAR);
    expect(view(region.table.cells[1]?.[0])).toEqual({ kind: 'small-per-school', withheld: 50 });
    expect(regionCellView(addPublished(['<5', 'hidden', 0]))).toEqual({
      kind: 'withheld',
      withheld: 2,
    });
  });

  it('treats a table missing from a file as withheld, not as zero', () => {
    const files = [school('De Regenboog', [bySource([10])]), school('Het Kompas', [])];
    const region = regionFigures(files, 'new-cases-by-source', YEAR);
    expect(view(region.table.cells[0]?.[0])).toEqual({ kind: 'at-least', value: 10, withheld: 1 });
  });

  it('an attacker holding every file and the region view learns no withheld cell (random tiny schools)', () => {
    const cellsArb = fc.array(fc.array(fc.nat(12), { minLength: 2, maxLength: 2 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(cellsArb, { minLength: 1, maxLength: 8 }), (schools) => {
        const files = schools.map((cells, i) =>
          school(`S${i}`, [agendaItems(cells)], { municipality: i % 2 === 0 ? 'A' : 'B' }),
        );
        const region = regionFigures(files, 'agenda-items-by-bespreekdoel', YEAR);
        const tables = files.map((f) => f.current.tables[0]);
        // Every region number with what each school published for it.
        const checks: [RegionCell | undefined, PublishedCell[]][] = [];
        region.table.rows.forEach((row, r) => {
          region.table.columns.forEach((_, c) =>
            checks.push([
              region.table.cells[r]?.[c],
              tables.map((t) => {
                const i = t?.rows.findIndex((x) => x.key === row.key) ?? -1;
                return i < 0 ? 0 : (t?.cells[i]?.[c] ?? 0);
              }),
            ]),
          );
          const rowTotals = tables.map((t) => {
            const i = t?.rows.findIndex((x) => x.key === row.key) ?? -1;
            return i < 0 ? 0 : (t?.rowTotals?.[i] ?? 0);
          });
          checks.push([region.table.rowTotals?.[r], rowTotals]);
          checks.push([region.bySchool.cells[r], rowTotals]);
        });
        for (const [cell, parts] of checks) {
          const shown = view(cell);
          const exact = parts.filter((p): p is number => typeof p === 'number');
          const withheld = parts.length - exact.length;
          // Subtracting the others' exact counts from an exact region number only ever gives
          // a count a file already published: an exact region number has no withheld part.
          if (shown.kind === 'count') expect(withheld).toBe(0);
          else expect(withheld).toBeGreaterThan(0);
          // The number shown is the sum of published exact counts, nothing more.
          if (shown.kind === 'count' || shown.kind === 'at-least')
            expect(shown.value).toBe(exact.reduce((a, b) => a + b, 0));
          // No region number is 1 to 4.
          if (shown.kind === 'count' && shown.value > 0) expect(shown.value).toBeGreaterThan(4);
        }
      }),
      { numRuns: 300 },
    );
  });
});
