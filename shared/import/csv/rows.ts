// Runs in: any environment.
//
// Turns one CSV row, with a column → field mapping, into a pupil (without id) and the
// problems found, as codes with the row number, column and field so the preview can say
// exactly what is wrong where. Problems that make a pupil impossible are errors; problems
// where we can still import something safe are warnings (the value is left out, or a safe
// assumption is made and reported).
//
// A row whose number of columns differs from the header's is refused as a whole, before any
// cell is read: its cells may sit under the wrong header (a name in the date column, a
// phone number in a name), so nothing in it can be trusted. Its content is kept in the issue
// so the screen can show it; it is never logged.
import { ageOnDate, type IsoDate } from '../../domain/dates';
import { emailSchema, phoneSchema } from '../../domain/fields';
import { normalizePostcode } from '../../domain/postcode';
import type { GuardianInput, GuardianRelation, PupilInput } from '../../domain/pupil';
import {
  GUARDIAN_SLOTS,
  REQUIRED_IMPORT_FIELDS,
  type ColumnFields,
  type GuardianSlot,
  type ImportField,
} from './fields';
import type { CsvDelimiter } from './delimiter';
import { looksLikeFormula } from './formula';
import { fitsHeader, type CsvRow } from './table';
import { parseDutchDate, parseRelation, parseYesNo } from './values';

/** Problems that keep a row from being imported. */
export type RowErrorCode =
  | 'column-count-mismatch'
  | 'required-field-unmapped'
  | 'required-value-missing'
  | 'date-not-recognised'
  | 'date-not-in-calendar'
  | 'date-in-future'
  | 'value-too-long';

/** Problems reported while the row is still imported. */
export type RowWarningCode =
  | 'postcode-invalid'
  | 'phone-invalid'
  | 'email-invalid'
  | 'gezag-assumed'
  | 'gezag-unrecognised'
  | 'relation-unrecognised'
  | 'guardian-details-without-name'
  | 'age-implausible'
  | 'formula-like';

export interface RowIssue<C extends string = RowErrorCode | RowWarningCode> {
  readonly code: C;
  readonly rowNumber: number;
  /** The field concerned, when there is one. */
  readonly field?: ImportField;
  /** Zero-based column index, when the issue is about a column present in the file. */
  readonly column?: number;
  /** The column's header as it is in the file. */
  readonly header?: string;
  /** The cell's text (for 'column-count-mismatch': the row's), so the preview can show what was read. */
  readonly value?: string;
  /** For 'column-count-mismatch': the row's number of columns and the header's (a trailing empty one not counted). */
  readonly cellCount?: number;
  readonly headerCount?: number;
}

export interface ParsedRow {
  readonly pupil?: PupilInput;
  readonly errors: readonly RowIssue<RowErrorCode>[];
  readonly warnings: readonly RowIssue<RowWarningCode>[];
}

export interface RowContext {
  readonly headers: readonly string[];
  /** The file's delimiter, to show a refused row's content as it was in the file. */
  readonly delimiter: CsvDelimiter;
  readonly fields: ColumnFields;
  /** "Today": dates of birth after it are errors, and ages are checked on it. */
  readonly onDate: IsoDate;
}

/** Pupils in primary and secondary school (incl. VSO up to 20) fall well inside this. */
const PLAUSIBLE_AGE = { min: 2, max: 22 } as const;

const MAX_LENGTH: Partial<Record<ImportField, number>> = {
  firstName: 100,
  tussenvoegsel: 40,
  lastName: 100,
  group: 40,
  homeMunicipality: 100,
  externalId: 40,
  guardian1Name: 200,
  guardian2Name: 200,
};

/** Columns as a reader counts them: a trailing `;` does not add one. */
const withoutTrailingEmpty = (cells: readonly string[]): number =>
  cells.at(-1) === '' ? cells.length - 1 : cells.length;

/** Parses one data row; see the module comment for errors versus warnings. */
export function parseRow(row: CsvRow, context: RowContext): ParsedRow {
  const errors: RowIssue<RowErrorCode>[] = [];
  const warnings: RowIssue<RowWarningCode>[] = [];
  const { rowNumber } = row;
  const columnOf = new Map<ImportField, number>();
  context.fields.forEach((field, column) => {
    if (field !== null) columnOf.set(field, column);
  });
  const where = (field: ImportField): Pick<RowIssue, 'field' | 'column' | 'header'> => {
    const column = columnOf.get(field);
    return column === undefined
      ? { field }
      : { field, column, header: context.headers[column] ?? '' };
  };
  const cell = (field: ImportField): string => {
    const column = columnOf.get(field);
    return column === undefined ? '' : (row.cells[column] ?? '');
  };
  const text = (field: ImportField): string | undefined => {
    const value = cell(field).replace(/\s+/g, ' ');
    if (value === '') return undefined;
    const max = MAX_LENGTH[field];
    if (max !== undefined && value.length > max) {
      errors.push({ code: 'value-too-long', rowNumber, ...where(field) });
      return undefined;
    }
    return value;
  };

  if (!fitsHeader(row.cells, context.headers)) {
    const mismatch: RowIssue<RowErrorCode> = {
      code: 'column-count-mismatch',
      rowNumber,
      value: row.cells.join(context.delimiter),
      cellCount: withoutTrailingEmpty(row.cells),
      headerCount: withoutTrailingEmpty(context.headers),
    };
    return { errors: [mismatch], warnings: [] };
  }
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (!columnOf.has(field)) errors.push({ code: 'required-field-unmapped', rowNumber, field });
    else if (cell(field) === '')
      errors.push({ code: 'required-value-missing', rowNumber, ...where(field) });
  }

  const firstName = text('firstName');
  const lastName = text('lastName');
  const tussenvoegsel = text('tussenvoegsel');
  const group = text('group');
  const homeMunicipality = text('homeMunicipality');
  const externalId = text('externalId');

  let dateOfBirth: IsoDate | undefined;
  const dobText = cell('dateOfBirth');
  if (dobText !== '') {
    const parsed = parseDutchDate(dobText);
    if (!parsed.ok)
      errors.push({ code: parsed.code, rowNumber, ...where('dateOfBirth'), value: dobText });
    else if (parsed.value > context.onDate)
      errors.push({ code: 'date-in-future', rowNumber, ...where('dateOfBirth'), value: dobText });
    else {
      dateOfBirth = parsed.value;
      const age = ageOnDate(parsed.value, context.onDate);
      if (age < PLAUSIBLE_AGE.min || age > PLAUSIBLE_AGE.max)
        warnings.push({
          code: 'age-implausible',
          rowNumber,
          ...where('dateOfBirth'),
          value: dobText,
        });
    }
  }

  let homePostcode: string | undefined;
  const postcodeText = cell('homePostcode');
  if (postcodeText !== '') {
    homePostcode = normalizePostcode(postcodeText);
    if (homePostcode === undefined)
      warnings.push({
        code: 'postcode-invalid',
        rowNumber,
        ...where('homePostcode'),
        value: postcodeText,
      });
  }

  const guardians: GuardianInput[] = [];
  for (const slot of GUARDIAN_SLOTS) {
    const guardian = parseGuardian(slot, { cell, where, rowNumber, warnings, text });
    if (guardian !== undefined) guardians.push(guardian);
  }

  warnings.push(...formulaWarnings(context.fields, (field) => cell(field), where, rowNumber));

  if (
    errors.length > 0 ||
    firstName === undefined ||
    lastName === undefined ||
    dateOfBirth === undefined
  )
    return { errors, warnings };
  const pupil: PupilInput = {
    firstName,
    lastName,
    dateOfBirth,
    guardians,
    ...(tussenvoegsel === undefined ? {} : { tussenvoegsel }),
    ...(group === undefined ? {} : { group }),
    ...(homeMunicipality === undefined ? {} : { homeMunicipality }),
    ...(homePostcode === undefined ? {} : { homePostcode }),
    ...(externalId === undefined ? {} : { externalId }),
  };
  return { pupil, errors, warnings };
}

const PHONE_FIELDS: ReadonlySet<ImportField> = new Set(['guardian1Phone', 'guardian2Phone']);

/**
 * One 'formula-like' warning per imported cell a spreadsheet could run as a formula (see
 * formula.ts). A valid phone number in a phone column (`+31 6 12345678`) is not flagged: it
 * is exactly what the column should hold, and its digits cannot carry a formula.
 */
function formulaWarnings(
  fields: ColumnFields,
  cell: (field: ImportField) => string,
  where: (field: ImportField) => Pick<RowIssue, 'field' | 'column' | 'header'>,
  rowNumber: number,
): RowIssue<RowWarningCode>[] {
  return fields.flatMap((field) => {
    if (field === null) return [];
    const value = cell(field);
    if (!looksLikeFormula(value)) return [];
    if (PHONE_FIELDS.has(field) && phoneSchema.safeParse(value).success) return [];
    return [{ code: 'formula-like', rowNumber, ...where(field), value }];
  });
}

interface GuardianHelpers {
  readonly cell: (field: ImportField) => string;
  readonly text: (field: ImportField) => string | undefined;
  readonly where: (field: ImportField) => Pick<RowIssue, 'field' | 'column' | 'header'>;
  readonly rowNumber: number;
  readonly warnings: RowIssue<RowWarningCode>[];
}

function slotFields(slot: GuardianSlot): {
  name: ImportField;
  relation: ImportField;
  gezag: ImportField;
  phone: ImportField;
  email: ImportField;
} {
  return slot === 1
    ? {
        name: 'guardian1Name',
        relation: 'guardian1Relation',
        gezag: 'guardian1Gezag',
        phone: 'guardian1Phone',
        email: 'guardian1Email',
      }
    : {
        name: 'guardian2Name',
        relation: 'guardian2Relation',
        gezag: 'guardian2Gezag',
        phone: 'guardian2Phone',
        email: 'guardian2Email',
      };
}

/**
 * One guardian from its columns. Without a name there is no guardian (details alone are
 * reported). An unknown or empty gezag is taken as "has gezag" and reported: assuming gezag
 * can only ask one signature too many, while assuming none could let a consent pass without
 * a parent who has the right to decide.
 */
function parseGuardian(slot: GuardianSlot, h: GuardianHelpers): GuardianInput | undefined {
  const f = slotFields(slot);
  const { rowNumber, warnings } = h;
  const name = h.text(f.name);
  if (name === undefined) {
    const detail = [f.relation, f.gezag, f.phone, f.email].find((field) => h.cell(field) !== '');
    if (detail !== undefined)
      warnings.push({ code: 'guardian-details-without-name', rowNumber, ...h.where(detail) });
    return undefined;
  }

  const relationText = h.cell(f.relation);
  let relation: GuardianRelation = 'other';
  if (relationText !== '') {
    const parsed = parseRelation(relationText);
    if (parsed === undefined)
      warnings.push({
        code: 'relation-unrecognised',
        rowNumber,
        ...h.where(f.relation),
        value: relationText,
      });
    else relation = parsed;
  }

  const gezagText = h.cell(f.gezag);
  const gezag = gezagText === '' ? undefined : parseYesNo(gezagText);
  if (gezagText === '') warnings.push({ code: 'gezag-assumed', rowNumber, ...h.where(f.gezag) });
  else if (gezag === undefined)
    warnings.push({ code: 'gezag-unrecognised', rowNumber, ...h.where(f.gezag), value: gezagText });

  const phoneText = h.cell(f.phone);
  const phone = phoneText === '' ? undefined : phoneSchema.safeParse(phoneText);
  if (phone !== undefined && !phone.success)
    warnings.push({ code: 'phone-invalid', rowNumber, ...h.where(f.phone), value: phoneText });

  const emailText = h.cell(f.email);
  const email = emailText === '' ? undefined : emailSchema.safeParse(emailText);
  if (email !== undefined && !email.success)
    warnings.push({ code: 'email-invalid', rowNumber, ...h.where(f.email), value: emailText });

  return {
    name,
    relation,
    hasGezag: gezag ?? true,
    ...(phone?.success === true ? { phone: phone.data } : {}),
    ...(email?.success === true ? { email: email.data } : {}),
  };
}
