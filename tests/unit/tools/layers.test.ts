// Runs in: Node (test tooling).
import { describe, expect, it } from 'vitest';
import { checkRepository, checkSource, declaredEnvironment, layerOf, REPOSITORY_ROOT } from '../../tools/layers';

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
    expect(rules('shared/a.ts', `${SHARED}import { x } from '../renderer/src/x';`)).toEqual(['cross-layer-import']);
    expect(rules('shared/deep/a.ts', `${SHARED}export { y } from '../../electron/main/y';`)).toEqual(['cross-layer-import']);
    expect(rules('shared/a.ts', `${SHARED}const m = await import('../electron/main/m');`)).toEqual(['cross-layer-import']);
  });

  it('rejects shared/ importing Node, Electron or DOM-bound packages', () => {
    for (const pkg of ['node:fs', 'fs', 'path', 'electron', 'react', 'dexie', '@mui/material/Button']) {
      expect(rules('shared/a.ts', `${SHARED}import x from '${pkg}';`)).toEqual(['forbidden-package']);
    }
  });

  it('allows shared/ to import shared/ and pure packages', () => {
    expect(rules('shared/a/b.ts', `${SHARED}import { z } from 'zod';\nimport { ok } from '../result';`)).toEqual([]);
  });

  it('rejects renderer/ importing electron/ or the electron package', () => {
    expect(rules('renderer/src/a.ts', `${RENDERER}import { x } from '../../electron/main/x';`)).toEqual(['cross-layer-import']);
    expect(rules('renderer/src/a.ts', `${RENDERER}import { ipcRenderer } from 'electron';`)).toEqual(['forbidden-package']);
    expect(rules('renderer/src/a.ts', `${RENDERER}import fs from 'node:fs';`)).toEqual(['forbidden-package']);
  });

  it('lets renderer/ bundle assets from resources/, but not shared/', () => {
    expect(rules('renderer/src/a.ts', `${RENDERER}const f = await import('../../resources/fonts/x.ttf?inline');`)).toEqual([]);
    expect(rules('shared/a.ts', `${SHARED}import f from '../resources/fonts/x.ttf?inline';`)).toEqual(['cross-layer-import']);
  });

  it('rejects electron/ importing renderer/', () => {
    expect(rules('electron/main/a.ts', `${MAIN}import { App } from '../../renderer/src/App';`)).toEqual(['cross-layer-import']);
  });

  it('keeps the preload to electron, zod and shared/', () => {
    expect(rules('electron/preload/p.ts', `${PRELOAD}import { contextBridge } from 'electron';\nimport { channelId } from '../../shared/ipc/contract';`)).toEqual([]);
    expect(rules('electron/preload/p.ts', `${PRELOAD}import fs from 'node:fs';`)).toEqual(['forbidden-package']);
    expect(rules('electron/preload/p.ts', `${PRELOAD}import { x } from '../main/x';`)).toEqual(['cross-layer-import']);
  });

  it('requires a fitting Runs in: header', () => {
    expect(rules('shared/a.ts', `export const a = 1;`)).toEqual(['missing-runs-in']);
    expect(rules('shared/a.ts', `// Runs in: renderer.\nexport const a = 1;`)).toEqual(['wrong-runs-in']);
    expect(declaredEnvironment('// Runs in: Electron main process.\n')).toBe('Electron main process');
  });
});

describe('layer check: this repository', () => {
  it('has no violations', () => {
    const violations = checkRepository(REPOSITORY_ROOT);
    expect(violations.map((v) => `${v.file}:${v.line} ${v.rule}: ${v.message}`)).toEqual([]);
  });
});
