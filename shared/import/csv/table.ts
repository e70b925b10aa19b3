// Runs in: any environment.
//
// Reads CSV bytes into a table of trimmed text cells: decoding, line endings, delimiter
// detection and quoting (papaparse), nothing about pupils yet. Rows keep the number a
// spreadsheet shows (the header is row 1, empty lines count), so an error can say "Regel 14"
// and the user finds it.
//
// Line endings are made one kind before parsing: a file that was edited on several systems
// can mix `\n`, `\r` and `\r\n`, and papaparse guesses one kind per file, so the other kinds
// would stay inside a cell and silently join two pupils into one row.
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

export type CsvFileErrorCode =
  'csv.too-large' | 'csv.spreadsheet-not-csv' | 'csv.not-text' | 'csv.empty' | 'csv.unclosed-quote';

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

/** `\r\n` and a lone `\r` become `\n` (also inside quoted cells, where they mean the same). */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Whether a row has as many columns as the header. One trailing empty column is no difference:
 * ParnasSys, ESIS and Magister end lines with a `;`, sometimes on the header only, sometimes
 * on the rows only, sometimes on both. Any other difference means the cells may not be under
 * the right header: a value after the header's last named column (also in a trailing empty
 * column) is one, as an unquoted `;` inside a name shifts every later cell by one.
 */
export function fitsHeader(cells: readonly string[], headers: readonly string[]): boolean {
  const named = headers.at(-1) === '' ? headers.length - 1 : headers.length;
  return cells.length === named || (cells.length === named + 1 && cells.at(-1) === '');
}

/** Reads CSV bytes into a table, or a coded reason why the file cannot be read as CSV. */
export function readCsvTable(bytes: Uint8Array): Result<CsvTable, CsvFileError> {
  if (bytes.byteLength > MAX_CSV_BYTES) return err({ code: 'csv.too-large' });
  if (looksLikeSpreadsheetFile(bytes)) return err({ code: 'csv.spreadsheet-not-csv' });
  const decoded = decodeCsvBytes(bytes);
  const { encoding } = decoded;
  if (decoded.text.includes('\u0000')) return err({ code: 'csv.not-text' });

  const text = normalizeLineEndings(decoded.text);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    header: false,
    skipEmptyLines: false,
    quoteChar: '"',
  });
  const quoteProblem = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteProblem !== undefined)
    return err({ code: 'csv.unclosed-quote', rowNumber: (quoteProblem.row ?? 0) + 1 });

  const all = parsed.data.map((cells, index) => ({
    rowNumber: index + 1,
    cells: cells.map(cleanCell),
  }));
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
  if (emptyRowNumbers.at(-1) === all.length && text.endsWith('\n')) emptyRowNumbers.pop();
  return ok({ encoding, delimiter, headers: header.cells, rows, emptyRowNumbers });
}
