// Runs in: any environment.
//
// Reads CSV bytes into a table of trimmed text cells: decoding, delimiter detection and
// quoting (papaparse), nothing about pupils yet. Rows keep the number a spreadsheet shows
// (the header is row 1, empty lines count), so an error can say "row 14" and the user finds it.
import Papa from 'papaparse';
import { err, ok, type Result } from '../../result';
import { decodeCsvBytes, looksLikeSpreadsheetFile, type CsvEncoding } from './decode';
import { detectDelimiter, type CsvDelimiter } from './delimiter';

/** Larger than any school's pupil list by far; protects the UI from a wrongly chosen file. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly headers: readonly string[];
  /** Data rows that have at least one non-empty cell. */
  readonly rows: readonly CsvRow[];
  /** Row numbers of empty lines after the header (skipped). */
  readonly emptyRowNumbers: readonly number[];
}

export type CsvFileErrorCode = 'csv.too-large' | 'csv.spreadsheet-not-csv' | 'csv.not-text' | 'csv.empty' | 'csv.unclosed-quote';

export interface CsvFileError {
  readonly code: CsvFileErrorCode;
  /** For 'csv.unclosed-quote': the row where the quoted text starts. */
  readonly rowNumber?: number;
}

/**
 * Cleans a cell: trims spaces, and unwraps Excel's ="0123" (written by some exports to keep
 * leading zeros of numbers such as leerlingnummers).
 */
export function cleanCell(raw: string): string {
  const trimmed = raw.trim();
  const formula = /^="(.*)"$/s.exec(trimmed);
  return (formula?.[1] ?? trimmed).trim();
}

const isEmptyRow = (cells: readonly string[]): boolean => cells.every((c) => c === '');

/** Reads CSV bytes into a table, or a coded reason why the file cannot be read as CSV. */
export function readCsvTable(bytes: Uint8Array): Result<CsvTable, CsvFileError> {
  if (bytes.byteLength > MAX_CSV_BYTES) return err({ code: 'csv.too-large' });
  if (looksLikeSpreadsheetFile(bytes)) return err({ code: 'csv.spreadsheet-not-csv' });
  const { text, encoding } = decodeCsvBytes(bytes);
  if (text.includes('\u0000')) return err({ code: 'csv.not-text' });

  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false, quoteChar: '"' });
  const quoteProblem = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteProblem !== undefined) return err({ code: 'csv.unclosed-quote', rowNumber: (quoteProblem.row ?? 0) + 1 });

  const all = parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells: cells.map(cleanCell) }));
  const headerIndex = all.findIndex((row) => !isEmptyRow(row.cells));
  const header = all[headerIndex];
  if (header === undefined) return err({ code: 'csv.empty' });

  const rows: CsvRow[] = [];
  const emptyRowNumbers: number[] = [];
  for (const row of all.slice(headerIndex + 1)) {
    if (isEmptyRow(row.cells)) emptyRowNumbers.push(row.rowNumber);
    else rows.push(row);
  }
  // A file ending in a newline parses to one last empty row; it is not an "empty line" anyone typed.
  if (emptyRowNumbers.at(-1) === all.length && /(\r\n|\n|\r)$/.test(text)) emptyRowNumbers.pop();
  return ok({ encoding, delimiter, headers: header.cells, rows, emptyRowNumbers });
}
