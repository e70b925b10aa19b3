// Unit tests for the import wizard's pure helpers, run against the real sample files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyMapping, previewCsvImport } from '../../../shared/import/csv/preview';
import { importReport } from '../../../shared/import/csv/report';
import {
  changeColumnField,
  columnExamples,
  countFormulaCells,
  countToImport,
  delimiterName,
  fileErrorKey,
  isRowImported,
  rowDisplayName,
} from '../../../shared/import/importModel';

const context = { existingPupils: [], onDate: '2026-11-22' };

function load(name: string) {
  const bytes = new Uint8Array(
    readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)),
  );
  const result = previewCsvImport(bytes, context);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('changeColumnField', () => {
  it('links a column and takes the field away from any other column, so applyMapping accepts it', () => {
    const { table, preview } = load('messy.csv');
    const firstNameColumn = preview.mapping.fields.indexOf('firstName');
    const changed = changeColumnField(preview.mapping, 6, 'firstName'); // "Geslacht" as first name
    expect(changed.fields[6]).toBe('firstName');
    expect(changed.fields[firstNameColumn]).toBeNull();
    expect(changed.fields.filter((f) => f === 'firstName')).toHaveLength(1);
    expect(applyMapping(table, changed, context).ok).toBe(true);
  });

  it('unlinks with null and leaves the other columns alone', () => {
    const { preview } = load('magister-comma.csv');
    const changed = changeColumnField(preview.mapping, 1, null);
    expect(changed.fields[1]).toBeNull();
    expect(changed.fields.filter((f, i) => i !== 1 && f !== preview.mapping.fields[i])).toEqual([]);
  });
});

describe('rows and decisions', () => {
  const { table, preview } = load('messy.csv');

  it('names rows with errors from their cells', () => {
    const saar = preview.rows.find((r) => r.rowNumber === 4);
    expect(saar?.status).toBe('error');
    if (saar !== undefined)
      expect(rowDisplayName(saar, table, preview.mapping, '(geen naam)')).toBe('Saar de Boer');
  });

  it('names a row without a name in the mapped columns with the fallback, never with empty text', () => {
    const saar = preview.rows.find((r) => r.rowNumber === 4);
    const unmapped = {
      headers: preview.mapping.headers,
      fields: preview.mapping.fields.map((f) =>
        f === 'firstName' || f === 'lastName' || f === 'tussenvoegsel' ? null : f,
      ),
    };
    if (saar !== undefined)
      expect(rowDisplayName(saar, table, unmapped, '(geen naam)')).toBe('(geen naam)');
  });

  it('defaults to new rows in, duplicates out, errors never, and agrees with importReport', () => {
    const decisions = new Map<number, 'import' | 'skip'>([
      [7, 'import'],
      [2, 'skip'],
      [4, 'import'],
    ]);
    for (const row of preview.rows) {
      const expected =
        row.rowNumber === 7 ? true : row.rowNumber === 2 ? false : row.status === 'new';
      expect(isRowImported(row, decisions)).toBe(expected);
    }
    expect(countToImport(preview, new Map())).toBe(importReport(preview).toImport.length);
    expect(countToImport(preview, decisions)).toBe(
      importReport(preview, decisions).toImport.length,
    );
  });

  it('shows an example value per column', () => {
    const examples = columnExamples(table);
    expect(examples[1]).toBe('Milan');
    expect(examples).toHaveLength(table.headers.length);
  });
});

describe('labels', () => {
  it('names delimiters and maps unknown error codes to a general message', () => {
    expect([delimiterName(';'), delimiterName(','), delimiterName('\t')]).toEqual([
      'semicolon',
      'comma',
      'tab',
    ]);
    expect(fileErrorKey('csv.not-text')).toBe('csv.not-text');
    expect(fileErrorKey('file.wrong-type')).toBe('file.wrong-type');
    expect(fileErrorKey('file.unreadable')).toBe('other');
  });
});

describe('countFormulaCells', () => {
  it('counts the imported cells flagged as formula-like, over all rows', () => {
    expect(countFormulaCells(load('refused-and-formulas.csv').preview)).toBe(5);
    expect(countFormulaCells(load('messy.csv').preview)).toBe(0);
  });
});

describe('columnExamples', () => {
  it('takes examples only from rows as wide as the header (a refused row may be shifted)', () => {
    const { table } = load('refused-and-formulas.csv');
    const examples = columnExamples(table);
    expect(examples.slice(0, 4)).toEqual(['5001', 'Noor', '', 'Bos']);
    // Row 5's "extra" sits in the nameless trailing column, but row 5 has a cell too many.
    expect(examples[8]).toBe('');
  });
});
