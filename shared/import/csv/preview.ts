// Runs in: any environment.
//
// The import preview: what would happen if this file were imported with this column
// mapping. Pure: it reads nothing and writes nothing (no vault, no storage); the UI shows the
// preview, lets the user change the mapping (applyMapping runs again) and decide per row,
// and stores pupils only after confirmation (see report.ts).
import { err, ok, type Result } from '../../result';
import type { IsoDate } from '../../domain/dates';
import type { Pupil, PupilInput } from '../../domain/pupil';
import type { CsvEncoding } from './decode';
import type { CsvDelimiter } from './delimiter';
import { DuplicateFinder, existingPupilFinder, type DuplicateOf } from './duplicates';
import {
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  suggestColumnFields,
  type ImportField,
} from './fields';
import { parseRow, type RowErrorCode, type RowIssue, type RowWarningCode } from './rows';
import { fitsHeader, readCsvTable, type CsvFileError, type CsvTable } from './table';

/** Column → field, index-aligned with the headers; null means "not imported". */
export interface ColumnMapping {
  readonly headers: readonly string[];
  readonly fields: readonly (ImportField | null)[];
}

export type ImportRowStatus = 'new' | 'duplicate' | 'error';

export interface ImportRow {
  readonly rowNumber: number;
  readonly status: ImportRowStatus;
  /** The pupil the row would create; absent for rows with errors. */
  readonly pupil?: PupilInput;
  readonly errors: readonly RowIssue<RowErrorCode>[];
  readonly warnings: readonly RowIssue<RowWarningCode>[];
  /** For status 'duplicate': the existing pupil or the earlier row it repeats. */
  readonly duplicateOf?: DuplicateOf;
}

export interface ImportPreview {
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly mapping: ColumnMapping;
  /** Columns not imported under this mapping (header text as in the file). */
  readonly unknownColumns: readonly { readonly column: number; readonly header: string }[];
  /** Required fields no column is mapped to: every row is an error until they are. */
  readonly missingRequiredFields: readonly ImportField[];
  readonly rows: readonly ImportRow[];
  /** Empty lines that were skipped, by row number. */
  readonly emptyRowNumbers: readonly number[];
  readonly counts: {
    readonly rows: number;
    readonly new: number;
    readonly duplicate: number;
    readonly error: number;
    readonly emptySkipped: number;
  };
}

export interface ImportContext {
  /** Pupils already in the vault, for duplicate detection. */
  readonly existingPupils: readonly Pupil[];
  /** "Today", injected so the preview is deterministic. */
  readonly onDate: IsoDate;
}

export type MappingErrorCode =
  'mapping.length-mismatch' | 'mapping.field-twice' | 'mapping.unknown-field';

export interface MappingError {
  readonly code: MappingErrorCode;
  readonly field?: string;
}

/** The mapping suggested from a table's headers (see fields.ts for the synonyms). */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  return { headers, fields: suggestColumnFields(headers) };
}

/** Checks a (user-edited) mapping against the table: one entry per column, each field at most once. */
export function validateMapping(
  table: Pick<CsvTable, 'headers'>,
  mapping: ColumnMapping,
): Result<ColumnMapping, MappingError> {
  if (mapping.fields.length !== table.headers.length)
    return err({ code: 'mapping.length-mismatch' });
  const seen = new Set<ImportField>();
  for (const field of mapping.fields) {
    if (field === null) continue;
    if (!(IMPORT_FIELDS as readonly string[]).includes(field))
      return err({ code: 'mapping.unknown-field', field });
    if (seen.has(field)) return err({ code: 'mapping.field-twice', field });
    seen.add(field);
  }
  return ok({ headers: table.headers, fields: mapping.fields });
}

/**
 * Builds the preview of `table` under `mapping`: parses every row, then marks duplicates,
 * first against existing pupils, then against earlier rows of the file.
 */
export function applyMapping(
  table: CsvTable,
  mapping: ColumnMapping,
  context: ImportContext,
): Result<ImportPreview, MappingError> {
  const checked = validateMapping(table, mapping);
  if (!checked.ok) return checked;
  const { fields } = checked.value;

  const existing = existingPupilFinder(context.existingPupils);
  const earlier = new DuplicateFinder<number>();
  const rows: ImportRow[] = table.rows.map((row) => {
    const parsed = parseRow(row, {
      headers: table.headers,
      delimiter: table.delimiter,
      fields,
      onDate: context.onDate,
    });
    const base = { rowNumber: row.rowNumber, errors: parsed.errors, warnings: parsed.warnings };
    if (parsed.pupil === undefined) return { ...base, status: 'error' };
    const pupil = parsed.pupil;
    const known = existing.find(pupil);
    const repeated = known === undefined ? earlier.find(pupil) : undefined;
    earlier.add(pupil, row.rowNumber);
    if (known !== undefined)
      return {
        ...base,
        status: 'duplicate',
        pupil,
        duplicateOf: { kind: 'existing', pupilId: known.ref, match: known.match },
      };
    if (repeated !== undefined)
      return {
        ...base,
        status: 'duplicate',
        pupil,
        duplicateOf: { kind: 'row', rowNumber: repeated.ref, match: repeated.match },
      };
    return { ...base, status: 'new', pupil };
  });

  const mapped = new Set(fields.filter((f): f is ImportField => f !== null));
  const unknownColumns = table.headers
    .map((header, column) => ({ column, header }))
    .filter(({ column }) => fields[column] === null)
    // A nameless column with nothing in it is an artefact of a trailing delimiter, not data
    // (a value there in a row of another width is that row's error, not a column).
    .filter(
      ({ column, header }) =>
        header !== '' ||
        table.rows.some(
          (r) => fitsHeader(r.cells, table.headers) && (r.cells[column] ?? '') !== '',
        ),
    );
  const count = (status: ImportRowStatus): number => rows.filter((r) => r.status === status).length;
  return ok({
    encoding: table.encoding,
    delimiter: table.delimiter,
    mapping: { headers: table.headers, fields },
    unknownColumns,
    missingRequiredFields: REQUIRED_IMPORT_FIELDS.filter((f) => !mapped.has(f)),
    rows,
    emptyRowNumbers: table.emptyRowNumbers,
    counts: {
      rows: rows.length,
      new: count('new'),
      duplicate: count('duplicate'),
      error: count('error'),
      emptySkipped: table.emptyRowNumbers.length,
    },
  });
}

export type PreviewError = CsvFileError | MappingError;

/**
 * Reads the file and previews it with the suggested mapping. Returns the table too, so a
 * changed mapping can be applied without reading the file again.
 */
export function previewCsvImport(
  bytes: Uint8Array,
  context: ImportContext,
): Result<{ readonly table: CsvTable; readonly preview: ImportPreview }, PreviewError> {
  const table = readCsvTable(bytes);
  if (!table.ok) return table;
  const preview = applyMapping(table.value, suggestMapping(table.value.headers), context);
  if (!preview.ok) return preview;
  return ok({ table: table.value, preview: preview.value });
}
