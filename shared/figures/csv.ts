// Runs in: any environment.
//
// One published figures table as a CSV file, the way Excel in the Netherlands opens it: ";"
// between cells, UTF-8 with a BOM, Windows line endings, formula-looking cells written as
// text (shared/import/csv/formula.ts). Only published cells go in: "< 5" and the hidden
// mark come from the caller's labels, exactly as on screen.
import Papa from 'papaparse';
import { encodeCsvText } from '../import/csv/encode';
import { FORMULA_START } from '../import/csv/formula';
import type { FigureRow, PublishedCell, PublishedTable } from './model';

export interface FigureCsvLabels {
  /** Header of the first column (the rows). */
  readonly rowHeader: string;
  readonly total: string;
  readonly row: (row: FigureRow) => string;
  readonly column: (column: string) => string;
  readonly cell: (cell: PublishedCell) => string;
}

/**
 * The table as rows of texts, with its totals where it has them: the heading row first, the
 * column totals last. The CSV and the year report's tables are both this grid.
 */
export function figureTableGrid(table: PublishedTable, labels: FigureCsvLabels): string[][] {
  const withRowTotals = table.rowTotals !== undefined;
  const lines: string[][] = [
    [
      labels.rowHeader,
      ...table.columns.map(labels.column),
      ...(withRowTotals ? [labels.total] : []),
    ],
    ...table.rows.map((row, r) => [
      labels.row(row),
      ...table.columns.map((_, c) => labels.cell(table.cells[r]?.[c] ?? 0)),
      ...(withRowTotals ? [labels.cell(table.rowTotals?.[r] ?? 0)] : []),
    ]),
  ];
  if (table.columnTotals !== undefined)
    lines.push([
      labels.total,
      ...table.columnTotals.map(labels.cell),
      ...(withRowTotals && table.total !== undefined ? [labels.cell(table.total)] : []),
    ]);
  return lines;
}

/** The table, with its totals where it has them, as CSV bytes. */
export function figureTableCsv(table: PublishedTable, labels: FigureCsvLabels): Uint8Array {
  const text = Papa.unparse(figureTableGrid(table, labels), {
    delimiter: ';',
    newline: '\r\n',
    quoteChar: '"',
    escapeFormulae: FORMULA_START,
  });
  return encodeCsvText(`${text}\r\n`, 'utf-8-bom');
}
