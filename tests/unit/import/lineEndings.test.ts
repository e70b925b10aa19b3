// Unit and property tests for line endings in CSV imports: a file that mixes `\n`, `\r` and
// `\r\n` (edited on several systems) gives one row per line, never rows joined inside a cell.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayName } from '../../../shared/domain/pupil';
import { previewCsvImport } from '../../../shared/import/csv/preview';
import {
  normalizeLineEndings,
  readCsvTable,
  type CsvTable,
} from '../../../shared/import/csv/table';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function table(text: string): CsvTable {
  const result = readCsvTable(bytes(text));
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('mixed line endings', () => {
  it('the sample file with \\r, \\n and \\r\\n gives 3 pupils, not 1 or 2', () => {
    const data = new Uint8Array(
      readFileSync(new URL('../../fixtures/csv/mixed-line-endings.csv', import.meta.url)),
    );
    // The fixture really mixes all three.
    const text = new TextDecoder().decode(data);
    expect(text).toMatch(/[^\r]\n/);
    expect(text).toMatch(/\r[^\n]/);
    expect(text).toContain('\r\n');

    const result = previewCsvImport(data, { existingPupils: [], onDate: '2026-02-01' });
    if (!result.ok) throw new Error(result.error.code);
    const { preview } = result.value;
    expect(preview.counts).toEqual({ rows: 3, new: 3, duplicate: 0, error: 0, emptySkipped: 0 });
    expect(
      preview.rows.map((r) => [r.rowNumber, r.pupil === undefined ? '' : displayName(r.pupil)]),
    ).toEqual([
      [2, 'Lieke Smit'],
      [3, 'Ahmed el Amrani'],
      [4, 'Tess van Dam'],
    ]);
  });

  it('normalises every ending to \\n', () => {
    expect(normalizeLineEndings('a\r\nb\rc\nd\r\r\ne')).toBe('a\nb\nc\nd\n\ne');
  });

  it('keeps a line break inside a quoted cell in that cell, whatever its kind', () => {
    const t = table('Roepnaam;Opmerking\r"Zoë";"regel een\r\nregel twee"\nDaan;x\r\n');
    expect(t.rows).toEqual([
      { rowNumber: 2, cells: ['Zoë', 'regel een\nregel twee'] },
      { rowNumber: 3, cells: ['Daan', 'x'] },
    ]);
  });
});

describe('property: any mix of line endings gives the same rows', () => {
  const ENDINGS = ['\n', '\r', '\r\n'] as const;
  // Cells without the delimiter, quotes or line breaks, plus quoted cells that hold a line break.
  const plainCell = fc.string({
    unit: fc.constantFrom('a', 'b', 'Z', 'ë', '1', '-', ' ', '.'),
    minLength: 0,
    maxLength: 6,
  });
  const quotedCell = fc
    .tuple(plainCell, fc.constantFrom(...ENDINGS), plainCell)
    .map(([a, ending, b]) => `"${a}${ending}${b}"`);
  const cell = fc.oneof({ weight: 4, arbitrary: plainCell }, { weight: 1, arbitrary: quotedCell });
  // Every line starts with a letter, so no line is empty: "\r" + "" + "\n" would be one "\r\n".
  const line = (columns: number) =>
    fc
      .tuple(
        fc.constantFrom('a', 'Q', 'ë'),
        fc.array(cell, { minLength: columns - 1, maxLength: columns - 1 }),
      )
      .map(([first, rest]) => [first, ...rest].join(';'));
  const file = fc
    .integer({ min: 1, max: 4 })
    .chain((columns) =>
      fc.tuple(
        fc.array(line(columns), { minLength: 2, maxLength: 12 }),
        fc.array(fc.constantFrom(...ENDINGS), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
      ),
    );

  it('reads the same table as with \\n only', () => {
    fc.assert(
      fc.property(file, ([lines, endings, finalBreak]) => {
        const mixed =
          lines.reduce((text, l, i) => (i === 0 ? l : `${text}${endings[i] ?? '\n'}${l}`), '') +
          (finalBreak ? (endings[0] ?? '\n') : '');
        const unix = normalizeLineEndings(lines.join('\n')) + (finalBreak ? '\n' : '');
        const a = table(mixed);
        const b = table(unix);
        expect(a).toEqual(b);
        expect(a.rows).toHaveLength(lines.length - 1);
      }),
    );
  });
});
