// Unit tests for the shape of a row: a row whose number of columns differs from the header is
// refused with its row number and content (never merged or half read), one trailing empty
// column (a trailing `;`, normal in ParnasSys, ESIS and Magister exports) is no difference, and
// cells a spreadsheet would run as a formula are flagged and stored as the text they are.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pupil } from '../../../shared/domain/pupil';
import { previewCsvImport, type ImportPreview } from '../../../shared/import/csv/preview';
import { fitsHeader } from '../../../shared/import/csv/table';

const context = { existingPupils: [] as Pupil[], onDate: '2026-02-01' };

function previewOf(data: Uint8Array | string): ImportPreview {
  const result = previewCsvImport(
    typeof data === 'string' ? new TextEncoder().encode(data) : data,
    context,
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.value.preview;
}

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)));

describe('column count', () => {
  it.each([
    [['a', 'b', 'c'], ['1', '2', '3'], true],
    [['a', 'b', 'c'], ['1', '2', '3', ''], true],
    [['a', 'b', 'c', ''], ['1', '2', '3'], true],
    [['a', 'b', 'c', ''], ['1', '2', '3', ''], true],
    [['a', 'b', 'c'], ['1', '2', ''], true],
    [['a', 'b', 'c'], ['1', '2'], false],
    [['a', 'b', 'c'], ['1', '2', '3', '4'], false],
    [['a', 'b', 'c'], ['1', '2', '3', '', ''], false],
    // A value after the header's last name, also with a trailing ';' on both: one cell too many.
    [['a', 'b', 'c', ''], ['1', '2', '3', 'x'], false],
    [['a', 'b', 'c', ''], ['1', '2', '3', 'x', ''], false],
  ])('header %j, row %j → %s', (headers, cells, fits) => {
    expect(fitsHeader(cells, headers)).toBe(fits);
  });

  it('a trailing ";" on rows, on the header or on both gives no warning', () => {
    const p = previewOf(fixture('trailing-semicolon.csv'));
    expect(p.counts).toEqual({ rows: 3, new: 3, duplicate: 0, error: 0, emptySkipped: 0 });
    expect(p.rows.flatMap((r) => r.warnings)).toEqual([]);
    expect(p.unknownColumns).toEqual([]);
    const both = previewOf(
      'Roepnaam;Achternaam;Geboortedatum;\nZoë;Berg;12-03-2015;\nDaan;Jansen;01-09-2016\n',
    );
    expect(both.rows.map((r) => [r.status, r.warnings.length])).toEqual([
      ['new', 0],
      ['new', 0],
    ]);
  });

  it('refuses a row with another number of columns, with its row number and content, and reads nothing else of it', () => {
    const p = previewOf(
      'Roepnaam;Achternaam;Geboortedatum\nZoë;Berg;12-03-2015\nDaan;Jansen\n\nSaar;de;Boer;14-07-2014\nMilan;Visser;02-02-2016\n',
    );
    expect(p.rows.map((r) => [r.rowNumber, r.status])).toEqual([
      [2, 'new'],
      [3, 'error'],
      [5, 'error'],
      [6, 'new'],
    ]);
    expect(p.rows[1]?.errors).toEqual([
      {
        code: 'column-count-mismatch',
        rowNumber: 3,
        value: 'Daan;Jansen',
        cellCount: 2,
        headerCount: 3,
      },
    ]);
    expect(p.rows[2]?.errors).toEqual([
      {
        code: 'column-count-mismatch',
        rowNumber: 5,
        value: 'Saar;de;Boer;14-07-2014',
        cellCount: 4,
        headerCount: 3,
      },
    ]);
    expect(p.rows[2]?.warnings).toEqual([]);
    expect(p.rows[2]?.pupil).toBeUndefined();
  });

  it('refuses the row with an extra value in the sample with formulas, and keeps its neighbours', () => {
    const p = previewOf(fixture('refused-and-formulas.csv'));
    const row5 = p.rows.find((r) => r.rowNumber === 5);
    expect(row5?.status).toBe('error');
    expect(row5?.errors).toEqual([
      {
        code: 'column-count-mismatch',
        rowNumber: 5,
        value: '5004;Lina;;Haan;12-12-2015;5;Joost Haan;06-12345678;extra;',
        cellCount: 9,
        headerCount: 8,
      },
    ]);
    expect(p.rows.filter((r) => r.status === 'new').map((r) => r.rowNumber)).toEqual([2, 3, 6, 7]);
    // Its value in the nameless trailing column is the row's error, not an unknown column.
    expect(p.unknownColumns).toEqual([]);
  });
});

describe('formula-looking cells', () => {
  const p = previewOf(fixture('refused-and-formulas.csv'));
  const row = (n: number) => p.rows.find((r) => r.rowNumber === n);
  const flags = (n: number) =>
    (row(n)?.warnings ?? [])
      .filter((w) => w.code === 'formula-like')
      .map((w) => [w.field, w.value]);

  it('flags cells starting with =, +, - or @ in imported columns, and stores them as the same text', () => {
    expect(flags(3)).toEqual([['firstName', '=HYPERLINK("https://example.org";"Klik")']]);
    expect(row(3)?.pupil?.firstName).toBe('=HYPERLINK("https://example.org";"Klik")');
    expect(flags(6)).toEqual([['firstName', '@Sam']]);
    expect(row(6)?.pupil?.firstName).toBe('@Sam');
    // A "-" for "unknown" and a "+" before a parent's name: realistic, so flagged, not refused.
    expect(flags(7)).toEqual([
      ['lastName', '-'],
      ['guardian1Name', '+Piet Smit'],
    ]);
    expect(row(7)?.status).toBe('new');
    expect(row(7)?.pupil?.lastName).toBe('-');
    expect(row(7)?.pupil?.guardians[0]?.name).toBe('+Piet Smit');
  });

  it('does not flag a valid phone number in a phone column', () => {
    expect(flags(2)).toEqual([]);
    expect(row(2)?.pupil?.guardians[0]?.phone).toBe('+31 6 12345678');
  });

  it('flags a formula in a row refused for another reason too', () => {
    expect(row(8)?.status).toBe('error');
    expect(flags(8)).toEqual([['firstName', '=2+5']]);
  });

  it('flags only columns that are imported', () => {
    const q = previewOf('Roepnaam;Achternaam;Geboortedatum;Opmerking\nZoë;Berg;12-03-2015;=1+1\n');
    expect(q.unknownColumns.map((c) => c.header)).toEqual(['Opmerking']);
    expect(q.rows[0]?.warnings).toEqual([]);
  });
});
