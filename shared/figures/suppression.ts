// Runs in: any environment.
//
// Anonymity by construction (issue 17, rules in docs/figures.md): nothing leaves the
// figures module except through `publishFigures`.
//
// 1. Primary suppression: a count of 1 to 4 is published as "< 5". A zero stays 0 (it says
//    that nothing happened, about nobody).
// 2. Complementary suppression: an additive table also shows its row totals, column totals
//    and grand total. Each row with its total, and each column with its total, is a "line":
//    its cells add up to its total. A line with exactly one withheld entry would give that
//    entry away by subtraction, so the smallest other non-zero entry of the line is hidden
//    too ("hidden", shown as "×"), and this repeats until no line has exactly one withheld
//    entry. A total is an entry of its line like any cell: a total of 1-4 is "< 5" itself.
//    Hiding only ever adds, so the loop ends. Non-additive tables (a case can be in several
//    leefgebieden; a consent can be asked and withdrawn in the same year) show no totals, so
//    nothing can be subtracted and only rule 1 applies.
// 3. A measure (a median, a share) over fewer than 5 referrals is not published: its n shows
//    "< 5" and its value is left out.
// 4. Free text is limited to the ZAT "anders doen" points that passed points.ts.
import type {
  FigureMeasure,
  FigureTable,
  Figures,
  PublishedCell,
  PublishedFigures,
  PublishedMeasure,
  PublishedTable,
} from './model';

/** Below this a count is never published. */
export const MIN_PUBLISHED_COUNT = 5;

function isSmall(value: number): boolean {
  return value > 0 && value < MIN_PUBLISHED_COUNT;
}

/** Rule 1 for a single number. */
export function publishCount(value: number): PublishedCell {
  return isSmall(value) ? '<5' : value;
}

interface Entry {
  readonly value: number;
  state: 'shown' | 'small' | 'hidden';
}

/** Makes every line have zero or at least two withheld entries (rule 2). */
function protectLines(lines: readonly (readonly Entry[])[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.filter((e) => e.state !== 'shown').length !== 1) continue;
      let pick: Entry | undefined;
      for (const e of line)
        if (e.state === 'shown' && e.value > 0 && (pick === undefined || e.value < pick.value))
          pick = e;
      if (pick === undefined) continue;
      pick.state = 'hidden';
      changed = true;
    }
  }
}

function entry(value: number): Entry {
  return { value, state: isSmall(value) ? 'small' : 'shown' };
}

function published(e: Entry): PublishedCell {
  switch (e.state) {
    case 'shown':
      return e.value;
    case 'small':
      return '<5';
    case 'hidden':
      return 'hidden';
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** One table with rules 1 and 2 applied. */
export function publishTable(table: FigureTable): PublishedTable {
  const grid = table.cells.map((row) => row.map(entry));
  const base = { id: table.id, rows: table.rows, columns: table.columns };
  const withRowTotals = table.additive && table.columns.length > 1;
  const withColumnTotals = table.additive && table.rows.length > 1;
  if (!withRowTotals && !withColumnTotals)
    return { ...base, cells: grid.map((r) => r.map(published)) };

  const rowTotals = table.cells.map((row) => entry(sum(row)));
  const columnTotals = table.columns.map((_, c) =>
    entry(sum(table.cells.map((row) => row[c] ?? 0))),
  );
  const total = entry(sum(table.cells.map(sum)));
  const lines: Entry[][] = [];
  if (withRowTotals) grid.forEach((row, r) => lines.push([...row, rowTotals[r] ?? entry(0)]));
  if (withColumnTotals)
    table.columns.forEach((_, c) =>
      lines.push([...grid.map((row) => row[c] ?? entry(0)), columnTotals[c] ?? entry(0)]),
    );
  // With both totals, the totals themselves form a row and a column that add up to the grand total.
  if (withRowTotals && withColumnTotals) {
    lines.push([...columnTotals, total]);
    lines.push([...rowTotals, total]);
  }
  protectLines(lines);
  return {
    ...base,
    cells: grid.map((r) => r.map(published)),
    ...(withRowTotals ? { rowTotals: rowTotals.map(published) } : {}),
    ...(withColumnTotals ? { columnTotals: columnTotals.map(published) } : {}),
    ...(withRowTotals && withColumnTotals ? { total: published(total) } : {}),
  };
}

/** Rule 3. */
export function publishMeasure(measure: FigureMeasure): PublishedMeasure {
  return measure.n < MIN_PUBLISHED_COUNT
    ? { id: measure.id, n: publishCount(measure.n), value: null }
    : { id: measure.id, n: measure.n, value: measure.value };
}

/** The only way figures leave this module: every table and measure suppressed. */
export function publishFigures(figures: Figures): PublishedFigures {
  return {
    period: figures.period,
    tables: figures.tables.map(publishTable),
    measures: figures.measures.map(publishMeasure),
    evaluationPoints: [...figures.evaluationPoints],
    withheldPoints: figures.withheldPoints,
  };
}
