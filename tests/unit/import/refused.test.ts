// Unit tests for the refused rows of an import and the CSV Zorgtafel writes of them: the same
// delimiter and encoding as the input (read back with the import's own reader), the row number
// and reason first, and formula-looking cells neutralised with a leading "'".
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Pupil } from '../../../shared/domain/pupil';
import { decodeCsvBytes, type CsvEncoding } from '../../../shared/import/csv/decode';
import { encodeCsvText, encodeWindows1252 } from '../../../shared/import/csv/encode';
import { previewCsvImport } from '../../../shared/import/csv/preview';
import { refusedRows, refusedRowsCsv, type RefusedRow } from '../../../shared/import/csv/refused';
import { readCsvTable, type CsvTable } from '../../../shared/import/csv/table';

const context = { existingPupils: [] as Pupil[], onDate: '2026-02-01' };
const LABELS = { rowNumber: 'Regel', reason: 'Reden' };
const reasonOf = (row: RefusedRow): string =>
  row.errors.map((e) => `${e.code} „${e.value ?? ''}”`).join(' ');

function load(data: Uint8Array): { table: CsvTable; rows: RefusedRow[] } {
  const result = previewCsvImport(data, context);
  if (!result.ok) throw new Error(result.error.code);
  return { table: result.value.table, rows: refusedRows(result.value.table, result.value.preview) };
}

function readBack(data: Uint8Array): CsvTable {
  const result = readCsvTable(data);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)));

describe('refused rows', () => {
  it('lists the rows with errors, with their cells, in file order', () => {
    const { rows } = load(fixture('refused-and-formulas.csv'));
    expect(rows.map((r) => [r.rowNumber, r.errors.map((e) => e.code)])).toEqual([
      [4, ['date-not-in-calendar']],
      [5, ['column-count-mismatch']],
      [8, ['date-not-in-calendar']],
    ]);
    expect(rows[0]?.cells).toEqual([
      '5003',
      'Bram',
      '',
      'Wit',
      '31-02-2016',
      '4',
      'Els Wit',
      '',
      '',
    ]);
  });
});

describe('refusedRowsCsv', () => {
  it('writes a Windows-1252 input back in Windows-1252, and it reads back with the same cells', () => {
    const input = fixture('esis-refused-windows1252.csv');
    const { table, rows } = load(input);
    expect(table.encoding).toBe('windows-1252');
    expect(rows.map((r) => r.rowNumber)).toEqual([3, 4]);

    const written = refusedRowsCsv(table, rows, LABELS, reasonOf);
    // Windows-1252 bytes: "José" is 4a 6f 73 e9, "€" is 80, "„" is 84; no UTF-8 sequences.
    expect(decodeCsvBytes(written).encoding).toBe('windows-1252');
    expect(Buffer.from(written).includes(Buffer.from([0x4a, 0x6f, 0x73, 0xe9]))).toBe(true);
    expect(Buffer.from(written).includes(Buffer.from([0x80, 0x20, 0x65, 0x78]))).toBe(true);
    expect(Buffer.from(written).includes(Buffer.from([0x84]))).toBe(true);

    const back = readBack(written);
    expect(back.delimiter).toBe(';');
    expect(back.headers).toEqual([
      'Regel',
      'Reden',
      'Leerlingnummer',
      'Voornaam',
      'Voorvoegsel',
      'Achternaam',
      'Geboortedatum',
      'Stamgroep',
      '',
    ]);
    expect(back.rows.map((r) => r.cells)).toEqual([
      [
        '3',
        'date-not-in-calendar „30-02-2013”',
        '00462',
        'José',
        'van',
        'Leeuwen',
        '30-02-2013',
        '7',
        '',
      ],
      [
        '4',
        'column-count-mismatch „00463;Björn;;Öztürk;15-08-2012;8;€ extra;”',
        '00463',
        'Björn',
        '',
        'Öztürk',
        '15-08-2012',
        '8',
        '€ extra',
        '',
      ],
    ]);
  });

  it.each<CsvEncoding>(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'])(
    'keeps the encoding %s',
    (encoding) => {
      const input = encodeCsvText(
        'Roepnaam;Achternaam;Geboortedatum\r\nZoë;Berg;31-02-2015\r\n',
        encoding,
      );
      const { table, rows } = load(input);
      expect(table.encoding).toBe(encoding);
      const written = refusedRowsCsv(table, rows, LABELS, reasonOf);
      expect(decodeCsvBytes(written).encoding).toBe(encoding);
      expect(readBack(written).rows[0]?.cells).toEqual([
        '2',
        'date-not-in-calendar „31-02-2015”',
        'Zoë',
        'Berg',
        '31-02-2015',
      ]);
    },
  );

  it('keeps the delimiter of the input', () => {
    const { table, rows } = load(fixture('magister-comma.csv'));
    expect(rows).toEqual([]);
    const comma = load(
      new TextEncoder().encode(
        '"Roepnaam","Achternaam","Geboortedatum"\n"Lotte","Bakker, de","14/05/2041"\n',
      ),
    );
    const text = new TextDecoder().decode(
      refusedRowsCsv(comma.table, comma.rows, LABELS, () => 'Datum, in de toekomst'),
    );
    expect(text).toBe(
      'Regel,Reden,Roepnaam,Achternaam,Geboortedatum\r\n2,"Datum, in de toekomst",Lotte,"Bakker, de",14/05/2041\r\n',
    );
    expect(table.delimiter).toBe(',');
  });

  it('neutralises formula-looking cells with a leading quote, in data and in reasons', () => {
    const { table, rows } = load(fixture('refused-and-formulas.csv'));
    const text = new TextDecoder().decode(
      refusedRowsCsv(table, rows, LABELS, (row) => (row.rowNumber === 4 ? '=cmd|calc' : 'x')),
    );
    const parsed = Papa.parse<string[]>(text.trimEnd(), { delimiter: ';', newline: '\r\n' }).data;
    expect(parsed[1]?.[1]).toBe("'=cmd|calc");
    expect(parsed[3]?.slice(2, 4)).toEqual(['5007', "'=2+5"]);
    // Every written cell that starts a formula is neutralised (papaparse's own default misses
    // one with a line break in it; ours does not).
    const multiLine = load(
      new TextEncoder().encode('Roepnaam;Achternaam;Geboortedatum\n"=1+1\nx";Berg;31-02-2015\n'),
    );
    const written = new TextDecoder().decode(
      refusedRowsCsv(multiLine.table, multiLine.rows, LABELS, () => 'x'),
    );
    expect(written).toContain(`"'=1+1\nx"`);
    for (const cells of Papa.parse<string[]>(written.trimEnd(), { delimiter: ';', newline: '\r\n' })
      .data) {
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

describe('encodeWindows1252', () => {
  it('is the inverse of the decoder for all 256 bytes, and writes "?" for what the code page lacks', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeCsvBytes(all).text;
    expect(encodeWindows1252(text)).toEqual(all);
    expect(encodeWindows1252('Zoë 😀 ł')).toEqual(
      Uint8Array.from([0x5a, 0x6f, 0xeb, 0x20, 0x3f, 0x20, 0x3f]),
    );
  });
});
