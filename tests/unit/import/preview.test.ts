// Unit tests for the import preview beyond the sample files: re-mapping columns, file-level
// refusals, row problems, the import report, and that the module only returns data.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyMapping,
  previewCsvImport,
  suggestMapping,
  validateMapping,
  type ImportPreview,
} from '../../../shared/import/csv/preview';
import { importReport } from '../../../shared/import/csv/report';
import { readCsvTable, type CsvTable } from '../../../shared/import/csv/table';
import type { Pupil } from '../../../shared/domain/pupil';

const context = { existingPupils: [] as Pupil[], onDate: '2026-02-01' };
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function table(text: string): CsvTable {
  const result = readCsvTable(bytes(text));
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function previewOf(text: string): ImportPreview {
  const result = previewCsvImport(bytes(text), context);
  if (!result.ok) throw new Error(result.error.code);
  return result.value.preview;
}

describe('applyMapping', () => {
  const csv = 'Naam kind;Familienaam;Geb.;Klas\nZoë;Berg;12-03-2015;5B\n';

  it('lets the user map columns the suggestion did not know', () => {
    const t = table(csv);
    const suggested = suggestMapping(t.headers);
    expect(suggested.fields).toEqual([null, 'lastName', null, 'group']);
    const first = applyMapping(t, suggested, context);
    if (!first.ok) throw new Error(first.error.code);
    expect(first.value.missingRequiredFields).toEqual(['firstName', 'dateOfBirth']);
    expect(first.value.unknownColumns.map((c) => c.header)).toEqual(['Naam kind', 'Geb.']);
    expect(first.value.rows[0]?.errors.map((e) => [e.code, e.field])).toEqual([
      ['required-field-unmapped', 'firstName'],
      ['required-field-unmapped', 'dateOfBirth'],
    ]);

    const second = applyMapping(
      t,
      { headers: t.headers, fields: ['firstName', 'lastName', 'dateOfBirth', 'group'] },
      context,
    );
    if (!second.ok) throw new Error(second.error.code);
    expect(second.value.counts.new).toBe(1);
    expect(second.value.rows[0]?.pupil).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Berg',
      dateOfBirth: '2015-03-12',
      group: '5B',
    });
  });

  it('refuses a mapping that does not fit the table', () => {
    const t = table(csv);
    expect(validateMapping(t, { headers: t.headers, fields: ['firstName'] })).toEqual({
      ok: false,
      error: { code: 'mapping.length-mismatch' },
    });
    expect(
      validateMapping(t, { headers: t.headers, fields: ['firstName', 'firstName', null, null] }),
    ).toEqual({ ok: false, error: { code: 'mapping.field-twice', field: 'firstName' } });
    expect(
      validateMapping(t, {
        headers: t.headers,
        fields: ['nonsense' as 'firstName', null, null, null],
      }),
    ).toEqual({ ok: false, error: { code: 'mapping.unknown-field', field: 'nonsense' } });
  });
});

describe('file-level refusals', () => {
  const codeOf = (data: Uint8Array): string => {
    const result = previewCsvImport(data, context);
    return result.ok ? 'ok' : result.error.code;
  };

  it('names what is wrong with the file', () => {
    expect(codeOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).toBe(
      'csv.spreadsheet-not-csv',
    );
    expect(codeOf(bytes(''))).toBe('csv.empty');
    expect(codeOf(bytes('\n\n;;\n'))).toBe('csv.empty');
    expect(codeOf(bytes('Roepnaam;Achternaam\nZo\u0000ë;Berg'))).toBe('csv.not-text');
    expect(codeOf(new Uint8Array(10 * 1024 * 1024 + 1))).toBe('csv.too-large');
    const unclosed = previewCsvImport(
      bytes('Roepnaam;Achternaam;Geboortedatum\nZoë;Berg;12-03-2015\n"Daan;Jansen;01-09-2016\n'),
      context,
    );
    expect(unclosed).toEqual({ ok: false, error: { code: 'csv.unclosed-quote', rowNumber: 3 } });
  });

  it('previews a header-only file as zero rows', () => {
    expect(previewOf('Roepnaam;Achternaam;Geboortedatum\n').counts).toEqual({
      rows: 0,
      new: 0,
      duplicate: 0,
      error: 0,
      emptySkipped: 0,
    });
  });
});

describe('row problems', () => {
  const header =
    'Roepnaam;Achternaam;Geboortedatum;Naam ouder 1;Gezag ouder 1;Telefoon ouder 1;E-mail ouder 1';

  it('refuses future and unreadable dates and overlong values', () => {
    const p = previewOf(
      `${header}\nA;B;01-01-2027;;;;\nA;B;12-03-15;;;;\n${'X'.repeat(101)};B;12-03-2015;;;;\n`,
    );
    expect(p.rows.map((r) => r.errors.map((e) => e.code))).toEqual([
      ['date-in-future'],
      ['date-not-recognised'],
      ['value-too-long'],
    ]);
  });

  it('warns about implausible ages, details without a name, bad contact details and missing gezag', () => {
    const p = previewOf(`${header}\nA;B;12-03-1990;;ja;;\nA;B;12-03-2015;Kim B;;06;kim@\n`);
    expect(p.rows.map((r) => r.status)).toEqual(['new', 'new']);
    expect(p.rows[0]?.warnings.map((w) => w.code)).toEqual([
      'age-implausible',
      'guardian-details-without-name',
    ]);
    expect(p.rows[1]?.warnings.map((w) => w.code)).toEqual([
      'gezag-assumed',
      'phone-invalid',
      'email-invalid',
    ]);
    expect(p.rows[1]?.pupil?.guardians).toEqual([
      { name: 'Kim B', relation: 'other', hasGezag: true },
    ]);
  });

  it('matches existing pupils by leerlingnummer, ignoring leading zeros', () => {
    const existing: Pupil = {
      id: 'p-1',
      firstName: 'Chloë',
      lastName: 'Peeters',
      dateOfBirth: '2017-06-05',
      externalId: '456',
      guardians: [],
      createdAt: '2025-09-01T08:00:00.000Z',
      updatedAt: '2025-09-01T08:00:00.000Z',
    };
    const result = previewCsvImport(
      bytes('Leerlingnummer;Roepnaam;Achternaam;Geboortedatum\n00456;Chloe;Peters;05-06-2017\n'),
      { ...context, existingPupils: [existing] },
    );
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.preview.rows[0]?.duplicateOf).toEqual({
      kind: 'existing',
      pupilId: 'p-1',
      match: 'external-id',
    });
  });
});

describe('importReport', () => {
  const p = previewOf(
    'Leerlingnummer;Roepnaam;Achternaam;Geboortedatum\n1;Milan;Visser;02-02-2016\n2;Saar;Boer;31-02-2015\n3;Zoë;Berg;12-03-2015\n1;Milan;Visser;02-02-2016\n\n4;Finn;Mulder;30-11-2016\n',
  );

  it('imports new rows and skips duplicates and errors by default', () => {
    const report = importReport(p);
    expect(report.toImport.map((r) => r.pupil.firstName)).toEqual(['Milan', 'Zoë', 'Finn']);
    expect(report.lines.map((l) => [l.rowNumber, l.outcome])).toEqual([
      [2, 'imported'],
      [3, 'skipped-error'],
      [4, 'imported'],
      [5, 'skipped-duplicate'],
      [7, 'imported'],
    ]);
    expect(report.counts).toEqual({
      imported: 3,
      'imported-despite-duplicate': 0,
      'skipped-duplicate': 1,
      'skipped-by-user': 0,
      'skipped-error': 1,
      emptyRowsSkipped: 1,
    });
    expect(report.lines[1]?.issueCodes).toEqual(['date-not-in-calendar']);
  });

  it('follows the decisions, but never imports a row with errors', () => {
    const report = importReport(
      p,
      new Map([
        [3, 'import'],
        [4, 'skip'],
        [5, 'import'],
      ]),
    );
    expect(report.toImport.map((r) => r.rowNumber)).toEqual([2, 5, 7]);
    expect(report.counts['imported-despite-duplicate']).toBe(1);
    expect(report.counts['skipped-by-user']).toBe(1);
    expect(report.counts['skipped-error']).toBe(1);
  });
});

describe('nothing is saved before confirmation', () => {
  it('returns plain data and leaves its inputs untouched', () => {
    const data = bytes(
      'Leerlingnummer;Roepnaam;Achternaam;Geboortedatum\n1;Milan;Visser;02-02-2016\n',
    );
    const copy = data.slice();
    const existing = Object.freeze([]) as readonly Pupil[];
    const first = previewCsvImport(data, { existingPupils: existing, onDate: '2026-02-01' });
    const second = previewCsvImport(data, { existingPupils: existing, onDate: '2026-02-01' });
    expect(first).toEqual(second);
    expect(data).toEqual(copy);
    // Plain data only: survives a structured clone unchanged (no functions, handles or promises).
    expect(structuredClone(first)).toEqual(first);
  });

  it('has no access to storage: the import modules import only shared domain code, the search fold and papaparse', () => {
    const dir = new URL('../../../shared/import/csv/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
      for (const specifier of imports) {
        expect(specifier, `${file} imports ${specifier}`).toMatch(
          /^(\.\/[a-zA-Z]+|\.\.\/\.\.\/domain\/[a-zA-Z]+|\.\.\/\.\.\/search\/normalize|\.\.\/\.\.\/result|papaparse)$/,
        );
      }
    }
  });
});
