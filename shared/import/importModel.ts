// Runs in: any environment.
//
// The pure parts of the import wizard: changing one column's field without ever linking a
// field twice, the example value per column, a readable name for rows that have no pupil
// (rows with errors), the default decisions, and which file error message applies.
import type { ColumnMapping, ImportPreview, ImportRow } from './csv/preview';
import type { ImportField } from './csv/fields';
import type { CsvDelimiter } from './csv/delimiter';
import { fitsHeader, type CsvTable } from './csv/table';
import type { ImportDecision } from './csv/report';
import { displayName } from '../domain/pupil';

/**
 * Links `column` to `field` (null: do not import). A field already linked to another
 * column is taken away from it, so the mapping stays valid for applyMapping.
 */
export function changeColumnField(
  mapping: ColumnMapping,
  column: number,
  field: ImportField | null,
): ColumnMapping {
  const fields = mapping.fields.map((current, index) => {
    if (index === column) return field;
    return field !== null && current === field ? null : current;
  });
  return { headers: mapping.headers, fields };
}

/** The first non-empty value of each column, to help the user recognise it (rows of another width do not count: their cells may be shifted). */
export function columnExamples(table: Pick<CsvTable, 'headers' | 'rows'>): string[] {
  const fitting = table.rows.filter((row) => fitsHeader(row.cells, table.headers));
  return table.headers.map((_header, column) => {
    for (const row of fitting) {
      const cell = row.cells[column];
      if (cell !== undefined && cell !== '') return cell;
    }
    return '';
  });
}

/**
 * The name to show for a row: the parsed pupil's, or what the mapped name columns hold, or
 * `noName` when they hold nothing (the name is a row header: it must never be empty).
 */
export function rowDisplayName(
  row: Pick<ImportRow, 'rowNumber' | 'pupil'>,
  table: Pick<CsvTable, 'rows'>,
  mapping: ColumnMapping,
  noName: string,
): string {
  if (row.pupil !== undefined) return displayName(row.pupil);
  const cells = table.rows.find((r) => r.rowNumber === row.rowNumber)?.cells ?? [];
  const cell = (field: ImportField): string => {
    const column = mapping.fields.indexOf(field);
    return column < 0 ? '' : (cells[column] ?? '');
  };
  const name = [cell('firstName'), cell('tussenvoegsel').toLowerCase(), cell('lastName')]
    .filter((p) => p !== '')
    .join(' ');
  return name === '' ? noName : name;
}

/** The cell under a field for a row, as read (for rows without a pupil). */
export function rowCell(
  rowNumber: number,
  field: ImportField,
  table: Pick<CsvTable, 'rows'>,
  mapping: ColumnMapping,
): string {
  const column = mapping.fields.indexOf(field);
  if (column < 0) return '';
  return table.rows.find((r) => r.rowNumber === rowNumber)?.cells[column] ?? '';
}

/** How many imported cells look like a spreadsheet formula (flagged, stored as text). */
export function countFormulaCells(preview: Pick<ImportPreview, 'rows'>): number {
  return preview.rows.reduce(
    (sum, row) => sum + row.warnings.filter((w) => w.code === 'formula-like').length,
    0,
  );
}

/** Whether a row is imported under the user's decisions (defaults: new yes, duplicate no, error never). */
export function isRowImported(
  row: Pick<ImportRow, 'rowNumber' | 'status'>,
  decisions: ReadonlyMap<number, ImportDecision>,
): boolean {
  if (row.status === 'error') return false;
  const decision = decisions.get(row.rowNumber);
  return row.status === 'new' ? decision !== 'skip' : decision === 'import';
}

/** How many rows would be imported. */
export function countToImport(
  preview: Pick<ImportPreview, 'rows'>,
  decisions: ReadonlyMap<number, ImportDecision>,
): number {
  return preview.rows.filter((row) => isRowImported(row, decisions)).length;
}

export type DelimiterName = 'semicolon' | 'comma' | 'tab';

export function delimiterName(delimiter: CsvDelimiter): DelimiterName {
  switch (delimiter) {
    case ';':
      return 'semicolon';
    case ',':
      return 'comma';
    case '\t':
      return 'tab';
    default: {
      const _never: never = delimiter;
      return _never;
    }
  }
}

export const FILE_ERROR_KEYS = [
  'csv.too-large',
  'csv.spreadsheet-not-csv',
  'csv.not-text',
  'csv.empty',
  'csv.unclosed-quote',
  'file.too-large',
  'file.wrong-type',
] as const;
export type FileErrorKey = (typeof FILE_ERROR_KEYS)[number] | 'other';

/** The message key for a file error code from the CSV reader or the host. */
export function fileErrorKey(code: string): FileErrorKey {
  return (FILE_ERROR_KEYS as readonly string[]).includes(code) ? (code as FileErrorKey) : 'other';
}
