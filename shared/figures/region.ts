// Runs in: any environment.
//
// The samenwerkingsverband's view (issue 17, point 4; docs/figures.md "Region"): the figures
// of many schools added up, for the region and per municipality, next to each school's own.
//
// The region never sees a raw count: it holds only what the schools published ("< 5" and
// hidden cells included). Its rule is that a region number is a sum of published exact
// counts only. When every school's cell is a number, the sum is exact (and, as a sum of
// zeros and counts of 5 or more, never 1 to 4). When some schools withheld theirs, the region
// shows "at least" the sum of the others and how many schools withheld, or, when there is
// nothing exact to add, "< 5 per school" (only "< 5" cells) or "withheld". So everything the
// region shows can be computed from the published files alone: subtracting the other
// schools from a region number gives back nothing a file did not already publish.
import type { DatePeriod } from '../domain/schoolYear';
import type { FigureRow, FigureTableId, PublishedCell, PublishedTable } from './model';
import type { SchoolFigures } from './regionRecord';
import { schoolKey } from './regionImport';

/** Published cells added up: the exact sum, and how many schools withheld theirs and how. */
export interface RegionCell {
  readonly exact: number;
  /** Schools whose cell was "< 5". */
  readonly small: number;
  /** Schools whose cell was hidden (complementary suppression) or is not in their file. */
  readonly hidden: number;
}

export type RegionCellView =
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'at-least'; readonly value: number; readonly withheld: number }
  | { readonly kind: 'small-per-school'; readonly withheld: number }
  | { readonly kind: 'withheld'; readonly withheld: number };

const NOTHING: RegionCell = { exact: 0, small: 0, hidden: 0 };

/** Adds published cells by the region rule (see the top of this file). */
export function addPublished(cells: readonly PublishedCell[]): RegionCell {
  return cells.reduce<RegionCell>(
    (sum, c) =>
      c === '<5'
        ? { ...sum, small: sum.small + 1 }
        : c === 'hidden'
          ? { ...sum, hidden: sum.hidden + 1 }
          : { ...sum, exact: sum.exact + c },
    NOTHING,
  );
}

/** How a region cell is shown. */
export function regionCellView(cell: RegionCell): RegionCellView {
  const withheld = cell.small + cell.hidden;
  if (withheld === 0) return { kind: 'count', value: cell.exact };
  if (cell.exact > 0) return { kind: 'at-least', value: cell.exact, withheld };
  return cell.hidden === 0
    ? { kind: 'small-per-school', withheld }
    : { kind: 'withheld', withheld };
}

/** The school years (periods) the imported files are about, newest first. */
export function regionPeriods(files: readonly SchoolFigures[]): DatePeriod[] {
  const periods = new Map<string, DatePeriod>();
  for (const f of files) periods.set(f.current.period.from, f.current.period);
  return [...periods.values()].sort((a, b) => b.from.localeCompare(a.from));
}

/** Rows are matched across schools by key; organisation rows by the name as search folds it. */
function rowKey(row: FigureRow): string {
  return row.name === undefined ? row.key : `name:${schoolKey(row.name)}`;
}

/** One school's table, with its totals as the school published them (or as they follow). */
interface SchoolTable {
  readonly cell: (key: string, column: string) => PublishedCell;
  readonly rowTotal: (key: string) => PublishedCell;
  readonly columnTotal: (column: string) => PublishedCell;
  readonly total: PublishedCell;
  readonly additive: boolean;
}

function schoolTable(table: PublishedTable | undefined): SchoolTable {
  // A file without this table (made by another version) tells nothing: all of it is withheld.
  if (table === undefined)
    return {
      cell: () => 'hidden',
      rowTotal: () => 'hidden',
      columnTotal: () => 'hidden',
      total: 'hidden',
      additive: false,
    };
  const index = new Map(table.rows.map((r, i) => [rowKey(r), i]));
  const cell = (key: string, column: string): PublishedCell => {
    const r = index.get(key);
    const c = table.columns.indexOf(column);
    return r === undefined || c < 0 ? 0 : (table.cells[r]?.[c] ?? 'hidden');
  };
  const single = table.columns.length === 1;
  const rowTotal = (key: string): PublishedCell => {
    const r = index.get(key);
    if (r === undefined) return 0;
    return single ? (table.cells[r]?.[0] ?? 'hidden') : (table.rowTotals?.[r] ?? 'hidden');
  };
  // A school with no rows or one row publishes no column totals: they are that row, or 0.
  const only = table.rows.length === 1 ? table.rows[0] : undefined;
  const columnTotal = (column: string): PublishedCell => {
    const c = table.columns.indexOf(column);
    if (table.rows.length === 0) return 0;
    if (only !== undefined) return cell(rowKey(only), column);
    return c < 0 ? 0 : (table.columnTotals?.[c] ?? 'hidden');
  };
  const firstColumn = table.columns[0] ?? '';
  const total: PublishedCell =
    table.total ??
    (single ? columnTotal(firstColumn) : only !== undefined ? rowTotal(rowKey(only)) : 0);
  return {
    cell,
    rowTotal,
    columnTotal,
    total,
    additive: table.rowTotals !== undefined || table.columnTotals !== undefined,
  };
}

export interface RegionTable {
  readonly id: FigureTableId;
  readonly rows: readonly FigureRow[];
  readonly columns: readonly string[];
  readonly cells: readonly (readonly RegionCell[])[];
  readonly rowTotals?: readonly RegionCell[];
  readonly columnTotals?: readonly RegionCell[];
  readonly total?: RegionCell;
}

export interface SchoolLine {
  readonly school: string;
  /** Per row of the table: the school's row total (its cell for a one-column table). */
  readonly cells: readonly PublishedCell[];
  readonly total?: PublishedCell;
}

export interface MunicipalityGroup {
  /** Undefined for schools whose file names no municipality. */
  readonly municipality: string | undefined;
  readonly schools: readonly SchoolLine[];
  readonly cells: readonly RegionCell[];
  readonly total?: RegionCell;
}

export interface RegionFigures {
  readonly table: RegionTable;
  /** The schools side by side, by municipality (alphabetical, unknown last). */
  readonly bySchool: {
    readonly groups: readonly MunicipalityGroup[];
    readonly cells: readonly RegionCell[];
    readonly total?: RegionCell;
  };
}

function unionRows(tables: readonly (PublishedTable | undefined)[]): FigureRow[] {
  const rows = new Map<string, FigureRow>();
  for (const t of tables)
    for (const r of t?.rows ?? []) if (!rows.has(rowKey(r))) rows.set(rowKey(r), r);
  return [...rows.values()];
}

function byMunicipality(a: SchoolFigures, b: SchoolFigures): number {
  if (a.municipality !== b.municipality) {
    if (a.municipality === undefined) return 1;
    if (b.municipality === undefined) return -1;
    return a.municipality.localeCompare(b.municipality, 'nl');
  }
  return a.school.localeCompare(b.school, 'nl');
}

/** The region's figures for one table and one school year, from the files about that year. */
export function regionFigures(
  files: readonly SchoolFigures[],
  id: FigureTableId,
  period: DatePeriod,
): RegionFigures {
  const ofYear = files.filter((f) => f.current.period.from === period.from).sort(byMunicipality);
  const published = ofYear.map((f) => f.current.tables.find((t) => t.id === id));
  const tables = published.map(schoolTable);
  const rows = unionRows(published);
  const keys = rows.map(rowKey);
  const columns = published.find((t) => t !== undefined)?.columns ?? ['aantal'];
  const additive = tables.some((t) => t.additive);
  const add = (
    pick: (t: SchoolTable) => PublishedCell,
    among: readonly SchoolTable[] = tables,
  ): RegionCell => addPublished(among.map(pick));
  const table: RegionTable = {
    id,
    rows,
    columns,
    cells: keys.map((k) => columns.map((c) => add((t) => t.cell(k, c)))),
    ...(additive && columns.length > 1
      ? { rowTotals: keys.map((k) => add((t) => t.rowTotal(k))) }
      : {}),
    ...(additive && rows.length > 1
      ? { columnTotals: columns.map((c) => add((t) => t.columnTotal(c))) }
      : {}),
    ...(additive ? { total: add((t) => t.total) } : {}),
  };
  const line = (among: readonly SchoolTable[]) => ({
    cells: keys.map((k) => add((t) => t.rowTotal(k), among)),
    ...(additive ? { total: add((t) => t.total, among) } : {}),
  });
  const groups: MunicipalityGroup[] = [];
  ofYear.forEach((file, i) => {
    const t = tables[i] ?? schoolTable(undefined);
    const school: SchoolLine = {
      school: file.school,
      cells: keys.map((k) => t.rowTotal(k)),
      ...(additive ? { total: t.total } : {}),
    };
    const last = groups.at(-1);
    if (last !== undefined && last.municipality === file.municipality)
      groups[groups.length - 1] = { ...last, schools: [...last.schools, school] };
    else groups.push({ municipality: file.municipality, schools: [school], cells: [] });
  });
  let start = 0;
  const withSums = groups.map((g) => {
    const among = tables.slice(start, (start += g.schools.length));
    return { ...g, ...line(among) };
  });
  return { table, bySchool: { groups: withSums, ...line(tables) } };
}
