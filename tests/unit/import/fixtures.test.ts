// End-to-end tests of the CSV import preview on real-world shaped sample files
// (tests/fixtures/csv): semicolons with BOM, quoted commas, Windows-1252 accents, and a
// messy file with empty lines, a bad date, duplicates and an unknown column.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayName, type Pupil } from '../../../shared/domain/pupil';
import {
  previewCsvImport,
  type ImportContext,
  type ImportPreview,
} from '../../../shared/import/csv/preview';

const ON_DATE = '2026-02-01';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)));
}

function preview(name: string, context: Partial<ImportContext> = {}): ImportPreview {
  const result = previewCsvImport(fixture(name), {
    existingPupils: [],
    onDate: ON_DATE,
    ...context,
  });
  if (!result.ok) throw new Error(`preview failed: ${result.error.code}`);
  return result.value.preview;
}

const names = (p: ImportPreview): string[] =>
  p.rows.flatMap((r) => (r.pupil === undefined ? [] : [displayName(r.pupil)]));

describe('ParnasSys export: UTF-8 with BOM, semicolons, CRLF', () => {
  const p = preview('parnassys-semicolon-bom.csv');

  it('detects the encoding and delimiter and maps every column', () => {
    expect(p.encoding).toBe('utf-8-bom');
    expect(p.delimiter).toBe(';');
    expect(p.unknownColumns).toEqual([]);
    expect(p.missingRequiredFields).toEqual([]);
    // The BOM is not part of the first header.
    expect(p.mapping.headers[0]).toBe('Leerlingnummer');
    expect(p.mapping.fields[0]).toBe('externalId');
  });

  it('lists every pupil with accents intact', () => {
    expect(p.counts).toEqual({ rows: 4, new: 4, duplicate: 0, error: 0, emptySkipped: 0 });
    expect(names(p)).toEqual([
      'Zoë van der Berg',
      'Daan Jansen',
      'Noëlle de Vries',
      'Şükrü Yıldız',
    ]);
  });

  it('reads dates, postcodes, guardians and gezag', () => {
    const [zoe, daan, noelle, sukru] = p.rows.map((r) => r.pupil);
    expect(zoe).toEqual({
      firstName: 'Zoë',
      tussenvoegsel: 'van der',
      lastName: 'Berg',
      dateOfBirth: '2015-03-12',
      group: '5B',
      homePostcode: '7511 JK',
      homeMunicipality: 'Enschede',
      externalId: '1001',
      guardians: [
        {
          name: 'Marieke van der Berg',
          relation: 'moeder',
          hasGezag: true,
          phone: '06-12345678',
          email: 'marieke.vdberg@example.nl',
        },
        { name: 'Thomas van der Berg', relation: 'vader', hasGezag: true },
      ],
    });
    expect(daan?.homePostcode).toBe('7512 AB');
    expect(daan?.guardians.map((g) => [g.name, g.hasGezag])).toEqual([
      ['Sanne Jansen', true],
      ['Peter Jansen', false],
    ]);
    expect(noelle?.dateOfBirth).toBe('2016-02-29');
    expect(noelle?.homePostcode).toBe('7544 ZZ');
    expect(noelle?.guardians).toHaveLength(1);
    expect(sukru?.dateOfBirth).toBe('2014-04-07');
    expect(p.rows.flatMap((r) => r.warnings)).toEqual([]);
  });
});

describe('Magister export: commas, quoted fields with commas', () => {
  const p = preview('magister-comma.csv');

  it('splits on commas but not inside quotes, and reports the unknown column', () => {
    expect(p.encoding).toBe('utf-8');
    expect(p.delimiter).toBe(',');
    expect(p.unknownColumns).toEqual([{ column: 6, header: 'Adres' }]);
    expect(p.counts.new).toBe(3);
    expect(names(p)).toEqual(['Lotte Bakker', 'Mees van Dijk', 'Fenna Ĳzerman']);
  });

  it('keeps the comma inside a quoted name and maps generic phone and e-mail to the first parent', () => {
    const [lotte, mees, fenna] = p.rows.map((r) => r.pupil);
    expect(lotte?.guardians).toEqual([
      {
        name: 'Bakker, J.',
        relation: 'other',
        hasGezag: true,
        phone: '+31 6 11122233',
        email: 'j.bakker@example.nl',
      },
    ]);
    expect(lotte?.dateOfBirth).toBe('2011-05-14');
    expect(lotte?.group).toBe('H2c');
    expect(mees?.guardians[0]?.name).toBe('Dijk, A. van');
    expect(mees?.homePostcode).toBe('3511 AD');
    expect(fenna?.guardians).toEqual([]);
    expect(fenna?.externalId).toBe('20233');
  });
});

describe('ESIS export: Windows-1252', () => {
  const p = preview('esis-windows1252.csv');

  it('falls back to Windows-1252 and gets every accent right', () => {
    expect(p.encoding).toBe('windows-1252');
    expect(names(p)).toEqual(['Chloë Peeters', 'José van Leeuwen', 'Björn Öztürk']);
    expect(p.rows.flatMap((r) => r.pupil?.guardians.map((g) => g.name) ?? [])).toEqual([
      'Renée Peeters',
      'Björn Peeters',
      'Anaïs van Leeuwen',
      'Gül Öztürk',
      'Hüseyin Öztürk',
    ]);
  });

  it('maps ESIS headers and keeps leading zeros of the leerlingnummer', () => {
    expect(p.mapping.fields).toEqual([
      'externalId',
      'firstName',
      'tussenvoegsel',
      'lastName',
      'dateOfBirth',
      'group',
      'homePostcode',
      'homeMunicipality',
      'guardian1Name',
      'guardian1Gezag',
      'guardian2Name',
      'guardian2Gezag',
    ]);
    expect(p.rows[0]?.pupil?.externalId).toBe('00456');
    expect(p.rows[2]?.pupil?.guardians.map((g) => g.hasGezag)).toEqual([true, false]);
  });
});

describe('messy file: empty lines, bad date, duplicates, unknown column', () => {
  const existing: Pupil = {
    id: 'p-sem',
    firstName: 'Sem',
    tussenvoegsel: 'de',
    lastName: 'Groot',
    dateOfBirth: '2015-09-09',
    guardians: [],
    createdAt: '2025-09-01T08:00:00.000Z',
    updatedAt: '2025-09-01T08:00:00.000Z',
  };
  const p = preview('messy.csv', { existingPupils: [existing] });
  const row = (n: number) => p.rows.find((r) => r.rowNumber === n);

  it('skips empty lines (also ones with only separators) and keeps spreadsheet row numbers', () => {
    expect(p.emptyRowNumbers).toEqual([3, 6, 12]);
    expect(p.rows.map((r) => r.rowNumber)).toEqual([2, 4, 5, 7, 8, 9, 10, 11]);
  });

  it('reports the unknown column and ignores it', () => {
    expect(p.unknownColumns).toEqual([{ column: 6, header: 'Geslacht' }]);
    expect(JSON.stringify(p.rows.map((r) => r.pupil))).not.toContain('"M"');
  });

  it('explains the bad date with row, column and value', () => {
    expect(row(4)?.status).toBe('error');
    expect(row(4)?.pupil).toBeUndefined();
    expect(row(4)?.errors).toEqual([
      {
        code: 'date-not-in-calendar',
        rowNumber: 4,
        field: 'dateOfBirth',
        column: 4,
        header: 'Geboortedatum',
        value: '31-02-2015',
      },
    ]);
  });

  it('explains a missing surname', () => {
    expect(row(8)?.errors).toEqual([
      {
        code: 'required-value-missing',
        rowNumber: 8,
        field: 'lastName',
        column: 3,
        header: 'Achternaam',
      },
    ]);
  });

  it('finds duplicates within the file, by leerlingnummer and by name and date of birth without accents', () => {
    expect(row(7)).toMatchObject({
      status: 'duplicate',
      duplicateOf: { kind: 'row', rowNumber: 5, match: 'name-and-date-of-birth' },
    });
    expect(row(9)).toMatchObject({
      status: 'duplicate',
      duplicateOf: { kind: 'row', rowNumber: 2, match: 'external-id' },
    });
  });

  it('finds a pupil already in the vault', () => {
    expect(row(11)).toMatchObject({
      status: 'duplicate',
      duplicateOf: { kind: 'existing', pupilId: 'p-sem', match: 'name-and-date-of-birth' },
    });
  });

  it('imports a row with a bad postcode and an unclear gezag, with warnings and a safe assumption', () => {
    expect(row(10)?.status).toBe('new');
    expect(row(10)?.pupil?.homePostcode).toBeUndefined();
    expect(row(10)?.pupil?.dateOfBirth).toBe('2016-11-30');
    expect(row(10)?.pupil?.guardians).toEqual([
      { name: 'Rob Mulder', relation: 'other', hasGezag: true },
    ]);
    expect(row(10)?.warnings.map((w) => [w.code, w.value])).toEqual([
      ['postcode-invalid', '75111'],
      ['gezag-unrecognised', 'misschien'],
    ]);
  });

  it('counts what it found', () => {
    expect(p.counts).toEqual({ rows: 8, new: 3, duplicate: 3, error: 2, emptySkipped: 3 });
    expect(p.rows.filter((r) => r.status === 'new').map((r) => r.pupil?.firstName)).toEqual([
      'Milan',
      'Zoë',
      'Finn',
    ]);
  });
});
