// Runs in: any environment.
//
// The rows an import refused (rows with errors), to list after the import and to save as a
// CSV the school corrects in ParnasSys, ESIS or Magister. The file has the columns of the
// export it came from, preceded by the row number in that export and the reason, in the same
// delimiter and encoding (see encode.ts), with Windows line endings as Excel writes them.
// Cells a spreadsheet would run as a formula are written as text: a leading `'` and quotes
// (formula.ts). The reason texts come from the caller: they are the screen's own messages.
import Papa from 'papaparse';
import { encodeCsvText } from './encode';
import { FORMULA_START } from './formula';
import type { ImportPreview } from './preview';
import type { RowErrorCode, RowIssue } from './rows';
import type { CsvTable } from './table';

export interface RefusedRow {
  /** The row number in the file (the header is row 1). */
  readonly rowNumber: number;
  /** The row's cells as read. */
  readonly cells: readonly string[];
  readonly errors: readonly RowIssue<RowErrorCode>[];
}

/** The preview's rows with errors, with their cells, in file order. */
export function refusedRows(
  table: Pick<CsvTable, 'rows'>,
  preview: Pick<ImportPreview, 'rows'>,
): RefusedRow[] {
  const cellsByRow = new Map(table.rows.map((row) => [row.rowNumber, row.cells]));
  return preview.rows
    .filter((row) => row.status === 'error')
    .map((row) => ({
      rowNumber: row.rowNumber,
      cells: cellsByRow.get(row.rowNumber) ?? [],
      errors: row.errors,
    }));
}

export interface RefusedCsvLabels {
  /** Header of the first column: the row number in the original file. */
  readonly rowNumber: string;
  /** Header of the second column: why the row was refused. */
  readonly reason: string;
}

/** The refused rows as CSV bytes in the input's delimiter and encoding. */
export function refusedRowsCsv(
  table: Pick<CsvTable, 'headers' | 'delimiter' | 'encoding'>,
  rows: readonly RefusedRow[],
  labels: RefusedCsvLabels,
  reasonOf: (row: RefusedRow) => string,
): Uint8Array {
  const lines = [
    [labels.rowNumber, labels.reason, ...table.headers],
    ...rows.map((row) => [String(row.rowNumber), reasonOf(row), ...row.cells]),
  ];
  const text = Papa.unparse(lines, {
    delimiter: table.delimiter,
    newline: '\r\n',
    quoteChar: '"',
    escapeFormulae: FORMULA_START,
  });
  return encodeCsvText(`${text}\r\n`, table.encoding);
}
