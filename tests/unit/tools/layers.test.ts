// Runs in: Node (test tooling).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  areaOf,
  checkRepository,
  checkSource,
  declaredEnvironment,
  findImportCycles,
  layerOf,
  REPOSITORY_ROOT,
} from '../../tools/layers';

const SHARED = '// Runs in: any environment.\n';
const RENDERER = '// Runs in: renderer.\n';
const MAIN = '// Runs in: Electron main process.\n';
const PRELOAD = '// Runs in: Electron preload (sandboxed).\n';

function rules(file: string, source: string): string[] {
  return checkSource(file, source).map((v) => v.rule);
}

describe('layer check: the checker itself', () => {
  it('assigns files to layers', () => {
    expect(layerOf('shared/ipc/contract.ts')).toBe('shared');
    expect(layerOf('renderer/src/main.tsx')).toBe('renderer');
    expect(layerOf('electron/main/main.ts')).toBe('electron-main');
    expect(layerOf('electron/preload/preload.ts')).toBe('electron-preload');
    expect(layerOf('tests/unit/x.test.ts')).toBeNull();
  });

  it('rejects shared/ importing renderer/ or electron/', () => {
    expect(rules('shared/a.ts', `${SHARED}import { x } from '../renderer/src/x';`)).toEqual([
      'cross-layer-import',
    ]);
    expect(
      rules('shared/deep/a.ts', `${SHARED}export { y } from '../../electron/main/y';`),
    ).toEqual(['cross-layer-import']);
    expect(rules('shared/a.ts', `${SHARED}const m = await import('../electron/main/m');`)).toEqual([
      'cross-layer-import',
    ]);
  });

  it('rejects shared/ importing Node, Electron or DOM-bound packages', () => {
    for (const pkg of [
      'node:fs',
      'fs',
      'path',
      'electron',
      'react',
      'dexie',
      '@mui/material/Button',
    ]) {
      expect(rules('shared/a.ts', `${SHARED}import x from '${pkg}';`)).toEqual([
        'forbidden-package',
      ]);
    }
  });

  it('allows shared/ to import shared/ and pure packages', () => {
    expect(
      rules('shared/a/b.ts', `${SHARED}import { z } from 'zod';\nimport { ok } from '../result';`),
    ).toEqual([]);
  });

  it('rejects renderer/ importing electron/ or the electron package', () => {
    expect(
      rules('renderer/src/a.ts', `${RENDERER}import { x } from '../../electron/main/x';`),
    ).toEqual(['cross-layer-import']);
    expect(
      rules('renderer/src/a.ts', `${RENDERER}import { ipcRenderer } from 'electron';`),
    ).toEqual(['forbidden-package']);
    expect(rules('renderer/src/a.ts', `${RENDERER}import fs from 'node:fs';`)).toEqual([
      'forbidden-package',
    ]);
  });

  it('lets renderer/ bundle assets from resources/, but not shared/', () => {
    expect(
      rules(
        'renderer/src/a.ts',
        `${RENDERER}const f = await import('../../resources/fonts/x.ttf?inline');`,
      ),
    ).toEqual([]);
    expect(
      rules('shared/a.ts', `${SHARED}import f from '../resources/fonts/x.ttf?inline';`),
    ).toEqual(['cross-layer-import']);
  });

  it('rejects electron/ importing renderer/', () => {
    expect(
      rules('electron/main/a.ts', `${MAIN}import { App } from '../../renderer/src/App';`),
    ).toEqual(['cross-layer-import']);
  });

  it('keeps the preload to electron, zod and shared/', () => {
    expect(
      rules(
        'electron/preload/p.ts',
        `${PRELOAD}import { contextBridge } from 'electron';\nimport { channelId } from '../../shared/ipc/contract';`,
      ),
    ).toEqual([]);
    expect(rules('electron/preload/p.ts', `${PRELOAD}import fs from 'node:fs';`)).toEqual([
      'forbidden-package',
    ]);
    expect(rules('electron/preload/p.ts', `${PRELOAD}import { x } from '../main/x';`)).toEqual([
      'cross-layer-import',
    ]);
  });

  it('requires a fitting Runs in: header', () => {
    expect(rules('shared/a.ts', `export const a = 1;`)).toEqual(['missing-runs-in']);
    expect(rules('shared/a.ts', `// Runs in: renderer.\nexport const a = 1;`)).toEqual([
      'wrong-runs-in',
    ]);
    expect(declaredEnvironment('// Runs in: Electron main process.\n')).toBe(
      'Electron main process',
    );
  });
});

describe('layer check: areas', () => {
  it('knows which area a file is in', () => {
    expect(areaOf('renderer/src/areas/leerlingen/case/CaseScreen.tsx')).toBe('leerlingen');
    expect(areaOf('renderer/src/components/EmptyState.tsx')).toBeNull();
  });

  it('rejects an area importing another area, naming both', () => {
    const violations = checkSource(
      'renderer/src/areas/overzicht/W.tsx',
      `${RENDERER}import { X } from '../verwijzingen/X';`,
    );
    expect(violations.map((v) => v.rule)).toEqual(['area-import']);
    expect(violations[0]?.message).toContain(
      "area 'overzicht' may not import renderer/src/areas/verwijzingen/X from area 'verwijzingen'",
    );
  });

  it('lets an area import its own files and the shared parts outside areas/', () => {
    const source = `${RENDERER}import { A } from './plan/A';\nimport { R } from '../../app/routes';\nimport { C } from '../../referrals/ReferralStatusChip';`;
    expect(rules('renderer/src/areas/overleggen/S.tsx', source)).toEqual([]);
    expect(
      rules(
        'renderer/src/app/Shell.tsx',
        `${RENDERER}import { O } from '../areas/overleggen/OverleggenArea';`,
      ),
    ).toEqual([]);
  });
});

describe('layer check: import cycles', () => {
  const file = (imports: string): string => `${SHARED}${imports}\nexport const x = 1;\n`;

  it('names every file of a loop, type imports included, and starts it at the same file each time', () => {
    const sources = new Map([
      ['shared/m/c.ts', file("import type { A } from './a';")],
      ['shared/m/a.ts', file("import { B } from './b';")],
      ['shared/m/b.ts', file("export { C } from './c';\nimport { D } from './d';")],
      ['shared/m/d.ts', file('')],
    ]);
    const cycles = findImportCycles(sources);
    expect(cycles.map((v) => [v.file, v.line, v.rule, v.message])).toEqual([
      [
        'shared/m/a.ts',
        2,
        'import-cycle',
        'import cycle: shared/m/a.ts → shared/m/b.ts → shared/m/c.ts → shared/m/a.ts; move what both sides need into a module that imports neither',
      ],
    ]);
  });

  it('resolves index files and extensions, reports a file that imports itself, and finds nothing in a tree', () => {
    expect(
      findImportCycles(
        new Map([['renderer/src/x/index.ts', `${RENDERER}import { y } from '../x';`]]),
      ).map((v) => v.message),
    ).toEqual([
      'import cycle: renderer/src/x/index.ts → renderer/src/x/index.ts; move what both sides need into a module that imports neither',
    ]);
    const tree = new Map([
      ['shared/a.ts', file("import { b } from './b';\nimport { c } from './c';")],
      ['shared/b.ts', file("import { c } from './c';")],
      ['shared/c.ts', file('')],
    ]);
    expect(findImportCycles(tree)).toEqual([]);
  });

  it('fails the repository check on a fixture with a cycle', () => {
    const root = mkdtempSync(join(tmpdir(), 'zt-layers-'));
    try {
      const write = (path: string, text: string): void => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      write(
        'renderer/src/areas/a/Screen.tsx',
        `${RENDERER}import { Dialog } from './Dialog';\nexport const Screen = 1;\n`,
      );
      write(
        'renderer/src/areas/a/Dialog.tsx',
        `${RENDERER}import { Screen } from './Screen';\nexport const Dialog = 2;\n`,
      );
      expect(checkRepository(root).map((v) => `${v.rule}: ${v.message}`)).toContain(
        'import-cycle: import cycle: renderer/src/areas/a/Dialog.tsx → renderer/src/areas/a/Screen.tsx → renderer/src/areas/a/Dialog.tsx; move what both sides need into a module that imports neither',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('layer check: this repository', () => {
  it('has no violations', () => {
    const violations = checkRepository(REPOSITORY_ROOT);
    expect(violations.map((v) => `${v.file}:${v.line} ${v.rule}: ${v.message}`)).toEqual([]);
  });
});
