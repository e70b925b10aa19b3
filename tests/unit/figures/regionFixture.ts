// Runs in: Node (test tooling).
//
// School figures as the SWV stores them, made from raw count tables through the real
// suppression (publishTable), for the region tests.
import type { FigureTable, PublishedFigures } from '../../../shared/figures/model';
import type { SchoolFigures } from '../../../shared/figures/regionRecord';
import { publishTable } from '../../../shared/figures/suppression';
import { YEAR } from './generate';

let counter = 0;

export function published(tables: readonly FigureTable[], period = YEAR): PublishedFigures {
  return {
    period,
    tables: tables.map(publishTable),
    measures: [],
    evaluationPoints: [],
    withheldPoints: 0,
  };
}

/** New cases by source of one school: counts per source, in a fixed order. */
export function bySource(counts: readonly number[]): FigureTable {
  const keys = ['leerkracht', 'ib-directie', 'ouders', 'leerling', 'partner', 'anders'];
  return {
    id: 'new-cases-by-source',
    rows: keys.map((key) => ({ key })),
    columns: ['aantal'],
    cells: keys.map((_, i) => [counts[i] ?? 0]),
    additive: true,
  };
}

/** Agenda items by bespreekdoel × named/anonymous of one school. */
export function agendaItems(cells: readonly (readonly number[])[]): FigureTable {
  return {
    id: 'agenda-items-by-bespreekdoel',
    rows: cells.map((_, i) => ({ key: `doel-${i}` })),
    columns: ['named', 'anonymous'],
    cells: cells.map((r) => [...r]),
    additive: true,
  };
}

export function school(
  name: string,
  tables: readonly FigureTable[],
  options: {
    readonly municipality?: string;
    readonly createdOn?: string;
    readonly key?: string;
  } = {},
): SchoolFigures {
  counter += 1;
  return {
    id: `r${String(counter).padStart(32, '0')}`,
    school: name,
    ...(options.municipality !== undefined ? { municipality: options.municipality } : {}),
    deelsleutel: options.key ?? `key-of-${name}`,
    createdOn: options.createdOn ?? '2026-09-01',
    importedOn: '2026-09-02',
    current: published(tables),
    previous: published([], { from: '2024-08-01', to: '2025-07-31' }),
  };
}
