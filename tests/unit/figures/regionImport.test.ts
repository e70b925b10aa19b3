// Runs in: Node (test tooling).
//
// Importing figures files on the SWV's side (shared/figures/regionImport.ts with the real
// readFiguresFile): a file is added only when its signature holds and no file of the same
// school and year is there; a tampered, foreign (other kind), malformed or fuzzed file, a file
// of a known school signed with another key, and a duplicate are refused one by one; a newer
// file of the same school and year is only offered for replacement.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFiguresFile, writeFiguresFile } from '../../../shared/figures/figuresFile';
import type { SchoolFigures } from '../../../shared/figures/regionRecord';
import {
  planFiguresImport,
  type ChosenFiguresFile,
  type ImportDecision,
} from '../../../shared/figures/regionImport';
import { generateSharingIdentity, type SharingIdentity } from '../../../shared/sharing/identity';
import { bySource, published } from './regionFixture';

async function fileOf(
  identity: SharingIdentity,
  school: string,
  createdOn = '2026-09-01',
): Promise<string> {
  return writeFiguresFile(identity, {
    school,
    municipality: 'Zwolle',
    createdOn,
    current: published([bySource([12, 6])]),
    previous: published([], { from: '2024-08-01', to: '2025-07-31' }),
  });
}

async function chosen(name: string, text: string): Promise<ChosenFiguresFile> {
  return { name, read: await readFiguresFile(text) };
}

/** What the screen stores for an added file. */
function stored(decision: ImportDecision | undefined): SchoolFigures {
  if (decision?.kind !== 'add') throw new Error(`not added: ${decision?.kind ?? 'none'}`);
  const { format, version, ...rest } = decision.file;
  expect([format, version]).toEqual(['zorgtafel-cijfers', 2]);
  return { id: 'r1', importedOn: '2026-09-02', ...rest };
}

const outcome = (d: ImportDecision): string => (d.kind === 'refused' ? d.reason : d.kind);

describe('importing figures files', () => {
  it('adds files of different schools and refuses each bad file with its own reason', async () => {
    const regenboog = await generateSharingIdentity();
    const kompas = await generateSharingIdentity();
    const good = await fileOf(regenboog, 'De Regenboog');
    const tampered = good.replace(
      '"cells": [\n          [\n            12',
      '"cells": [\n          [\n            13',
    );
    expect(tampered).not.toBe(good);
    const plan = planFiguresImport(
      [],
      await Promise.all([
        chosen('a.json', good),
        chosen('b.json', await fileOf(kompas, 'Het Kompas')),
        chosen('c.json', tampered),
        chosen('d.json', JSON.stringify({ format: 'zorgtafel-backup', version: 1 })),
        chosen('e.zorgtafel', 'age-encryption.org/v1\n-> scrypt'),
        chosen('f.json', JSON.stringify({ format: 'zorgtafel-cijfers', version: 2 })),
        chosen('g.json', good),
      ]),
    );
    expect(plan.map((d) => [d.name, outcome(d)])).toEqual([
      ['a.json', 'add'],
      ['b.json', 'add'],
      ['c.json', 'tampered'],
      ['d.json', 'wrong-kind'],
      ['e.zorgtafel', 'not-json'],
      ['f.json', 'invalid'],
      ['g.json', 'twice-chosen'],
    ]);
    expect(stored(plan[0]).municipality).toBe('Zwolle');
  });

  it('refuses the same school and year again, and offers a newer file only for replacement', async () => {
    const regenboog = await generateSharingIdentity();
    const first = await chosen('a.json', await fileOf(regenboog, 'De Regenboog'));
    const inVault = [stored(planFiguresImport([], [first])[0])];
    const again = planFiguresImport(inVault, [
      first,
      await chosen('older.json', await fileOf(regenboog, 'de  regenboog', '2026-08-20')),
      await chosen('newer.json', await fileOf(regenboog, 'De Regenboog', '2026-10-01')),
    ]);
    expect(again.map(outcome)).toEqual(['duplicate', 'duplicate', 'newer']);
    const twice = planFiguresImport(inVault, [
      await chosen('newer.json', await fileOf(regenboog, 'De Regenboog', '2026-10-01')),
      await chosen('newest.json', await fileOf(regenboog, 'De Regenboog', '2026-11-01')),
    ]);
    expect(twice.map(outcome)).toEqual(['newer', 'twice-chosen']);
    const newer = planFiguresImport(inVault, [
      await chosen('newer.json', await fileOf(regenboog, 'De Regenboog', '2026-10-01')),
    ])[0];
    expect(newer?.kind === 'newer' ? newer.replaces.id : newer?.kind).toBe(inVault[0]?.id);
  });

  it('refuses a file that names a known school but is signed with another deelsleutel', async () => {
    const regenboog = await generateSharingIdentity();
    const impostor = await generateSharingIdentity();
    const inVault = [
      stored(
        planFiguresImport([], [await chosen('a.json', await fileOf(regenboog, 'De Regenboog'))])[0],
      ),
    ];
    const plan = planFiguresImport(inVault, [
      await chosen('b.json', await fileOf(impostor, 'De Regenboog', '2026-10-01')),
    ]);
    expect(plan.map(outcome)).toEqual(['other-key']);
  });

  it('never adds a fuzzed file unless it reads back exactly as signed', async () => {
    const text = await fileOf(await generateSharingIdentity(), 'De Regenboog');
    const original = await readFiguresFile(text);
    if (!original.ok) throw new Error(original.error.message);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(text.length - 1),
        fc.integer({ min: 32, max: 126 }),
        async (at, code) => {
          const fuzzed = text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1);
          const [decision] = planFiguresImport([], [await chosen('x.json', fuzzed)]);
          if (decision?.kind === 'add') expect(decision.file).toEqual(original.value);
          else expect(decision?.kind).toBe('refused');
        },
      ),
      { numRuns: 150 },
    );
  });
});
