// Runs in: Node (test tooling).
//
// The figures file: written with the school's sharing key, read back with its signature
// checked; a changed number, a swapped deelsleutel, an added field or a file that is not JSON
// is refused. It holds only the school's name, its deelsleutel and published figures.
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../../shared/figures/compute';
import { readFiguresFile, writeFiguresFile } from '../../../shared/figures/figuresFile';
import { publishFigures } from '../../../shared/figures/suppression';
import { deelsleutelOf, generateSharingIdentity } from '../../../shared/sharing/identity';
import { yearBefore } from '../../../shared/domain/schoolYear';
import { caseOn, emptyInput, times, YEAR } from './generate';

async function aFile() {
  const identity = await generateSharingIdentity();
  const input = emptyInput({ cases: times(9, () => caseOn('2025-10-01')) });
  const text = await writeFiguresFile(identity, {
    school: 'De Regenboog',
    createdOn: '2026-09-01',
    current: publishFigures(computeFigures(input, YEAR)),
    previous: publishFigures(computeFigures(input, yearBefore(YEAR))),
  });
  return { identity, text };
}

describe('the figures file', () => {
  it('reads back what was written, with the school and its deelsleutel, and nothing else', async () => {
    const { identity, text } = await aFile();
    const read = await readFiguresFile(text);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.school).toBe('De Regenboog');
    expect(read.value.deelsleutel).toBe(deelsleutelOf(identity));
    expect(read.value.current.tables.find((t) => t.id === 'new-cases-by-source')?.cells[0]).toEqual(
      [9],
    );
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual([
      'createdOn',
      'current',
      'deelsleutel',
      'format',
      'previous',
      'school',
      'signature',
      'version',
    ]);
  });

  it('refuses a file whose figures were changed after signing', async () => {
    const { text } = await aFile();
    const changed = text.replace(
      '"cells": [\n          [\n            9',
      '"cells": [\n          [\n            19',
    );
    expect(changed).not.toBe(text);
    const read = await readFiguresFile(changed);
    expect(read.ok ? 'read' : read.error.code).toBe('figures-file.tampered');
  });

  it('refuses a file re-signed under another deelsleutel than its own', async () => {
    const { text } = await aFile();
    const other = await generateSharingIdentity();
    const swapped = JSON.stringify({
      ...(JSON.parse(text) as object),
      deelsleutel: deelsleutelOf(other),
    });
    const read = await readFiguresFile(swapped);
    expect(read.ok ? 'read' : read.error.code).toBe('figures-file.tampered');
  });

  it('refuses an added field (such as names) and text that is not JSON', async () => {
    const { text } = await aFile();
    const extra = JSON.stringify({ ...(JSON.parse(text) as object), pupils: ['Zoë'] });
    const read = await readFiguresFile(extra);
    expect(read.ok ? 'read' : read.error.code).toBe('figures-file.invalid');
    const notJson = await readFiguresFile('Zoë van der Berg');
    expect(notJson.ok ? 'read' : notJson.error.code).toBe('figures-file.not-json');
  });
});
