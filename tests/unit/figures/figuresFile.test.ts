// Runs in: Node (test tooling).
//
// The figures file: written with the school's sharing key, read back with its signature
// checked; a changed number, a swapped deelsleutel, an added field or a file that is not JSON
// is refused. It holds only the school's name, its deelsleutel and published figures.
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../../shared/figures/compute';
import { readFiguresFile, writeFiguresFile } from '../../../shared/figures/figuresFile';
import { publishFigures } from '../../../shared/figures/suppression';
import { toBase64Url, utf8Encode } from '../../../shared/crypto/bytes';
import {
  deelsleutelOf,
  generateSharingIdentity,
  signEd25519,
} from '../../../shared/sharing/identity';
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

  it('carries the municipality from version 2 on, and still reads a version 1 file without one', async () => {
    const identity = await generateSharingIdentity();
    const figures = publishFigures(computeFigures(emptyInput(), YEAR));
    const v2 = await readFiguresFile(
      await writeFiguresFile(identity, {
        school: 'De Regenboog',
        municipality: ' Zwolle ',
        createdOn: '2026-09-01',
        current: figures,
        previous: figures,
      }),
    );
    expect(v2.ok ? [v2.value.version, v2.value.municipality] : v2.error.code).toEqual([
      2,
      'Zwolle',
    ]);
    // A version 1 file as Zorgtafel wrote it before the municipality: signed over its own body.
    const body = {
      format: 'zorgtafel-cijfers',
      version: 1,
      school: 'Het Kompas',
      deelsleutel: deelsleutelOf(identity),
      createdOn: '2026-09-01',
      current: figures,
      previous: figures,
    };
    const signature = toBase64Url(await signEd25519(identity, utf8Encode(JSON.stringify(body))));
    const v1 = await readFiguresFile(JSON.stringify({ ...body, signature }));
    expect(v1.ok ? [v1.value.version, 'municipality' in v1.value] : v1.error.code).toEqual([
      1,
      false,
    ]);
    const withMunicipality = await readFiguresFile(
      JSON.stringify({ ...body, municipality: 'Kampen', signature }),
    );
    expect(withMunicipality.ok ? 'read' : withMunicipality.error.code).toBe('figures-file.invalid');
  });

  it('says another kind of JSON is not a figures file, and refuses a signature that is not canonical', async () => {
    const backup = await readFiguresFile(JSON.stringify({ format: 'zorgtafel-backup' }));
    expect(backup.ok ? 'read' : backup.error.code).toBe('figures-file.wrong-kind');
    const { text } = await aFile();
    const json = JSON.parse(text) as { signature: string };
    const last = json.signature.slice(-1) === 'A' ? 'B' : 'A';
    const read = await readFiguresFile(
      JSON.stringify({ ...json, signature: `${json.signature.slice(0, -1)}${last}` }),
    );
    expect(read.ok ? 'read' : read.error.code).not.toBe('read');
  });
});
