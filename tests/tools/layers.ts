// Runs in: Node (test tooling).
//
// The layer check: every source file declares where it runs, and no file imports across
// environments. Modelled on Signal Desktop's per-environment lint rule. It is run over the
// whole repository by tests/unit/tools/layers.test.ts, so `npm test` fails when a rule breaks.
//
// Rules
// - shared/   imports only shared/ and pure packages: no electron/, renderer/, no Node
//             built-ins, no Electron, no DOM-bound packages (react, dexie, MUI, ...).
// - renderer/ never imports electron/ or the `electron` package, nor Node built-ins.
// - electron/ never imports renderer/.
// - electron/preload/ imports only shared/ and `electron` (it is bundled into one sandboxed file).
// - resources/ (fonts, icons) may be imported as assets by renderer/ and electron/, not shared/.
// - every source file in shared/, renderer/ and electron/ starts with a `// Runs in:` line that
//   names its environment.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

export type Layer = 'shared' | 'renderer' | 'electron-main' | 'electron-preload';

export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly rule: 'cross-layer-import' | 'forbidden-package' | 'missing-runs-in' | 'wrong-runs-in';
  readonly message: string;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs'];

/** Which layer a repository-relative path (with `/` separators) belongs to, if any. */
export function layerOf(path: string): Layer | null {
  if (path.startsWith('shared/')) return 'shared';
  if (path.startsWith('renderer/')) return 'renderer';
  if (path.startsWith('electron/preload/')) return 'electron-preload';
  if (path.startsWith('electron/')) return 'electron-main';
  return null;
}

/** The `// Runs in:` values each layer accepts. */
const RUNS_IN: Readonly<Record<Layer, readonly string[]>> = {
  shared: ['any environment'],
  renderer: ['renderer', 'renderer (web worker)'],
  'electron-main': ['Electron main process', 'Node (build tooling)'],
  'electron-preload': ['Electron preload (sandboxed)'],
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Packages that tie code to one environment; shared/ must stay free of them. */
const ENVIRONMENT_PACKAGES = [
  'electron',
  'electron-store',
  'react',
  'react-dom',
  'react-i18next',
  'dexie',
  '@mui/',
  '@emotion/',
  'vite',
  'vitest',
  '@playwright/',
];

function packageName(specifier: string): string {
  if (specifier.startsWith('@')) return specifier.split('/').slice(0, 2).join('/');
  return specifier.split('/')[0] ?? specifier;
}

function isEnvironmentPackage(specifier: string): boolean {
  const name = packageName(specifier);
  return ENVIRONMENT_PACKAGES.some((p) => (p.endsWith('/') ? name.startsWith(p) : name === p));
}

/** Decides whether `from` (a layer) may import `specifier`; returns a reason when not. */
function importProblem(file: string, layer: Layer, specifier: string): Pick<Violation, 'rule' | 'message'> | null {
  if (specifier.startsWith('.')) {
    const target = posix.normalize(posix.join(posix.dirname(file), specifier));
    const targetLayer = layerOf(target);
    // Assets (fonts, icons) may be bundled by the renderer and the main process; shared/
    // receives them as bytes so it stays free of any bundler or file system.
    if (target.startsWith('resources/') && layer !== 'shared') return null;
    const allowed: Readonly<Record<Layer, readonly (Layer | null)[]>> = {
      shared: ['shared'],
      renderer: ['renderer', 'shared'],
      'electron-main': ['electron-main', 'shared'],
      'electron-preload': ['electron-preload', 'shared'],
    };
    if (!allowed[layer].includes(targetLayer)) {
      return { rule: 'cross-layer-import', message: `${layer} may not import ${target} (${targetLayer ?? 'outside the app layers'})` };
    }
    return null;
  }
  const isBuiltin = NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(packageName(specifier));
  switch (layer) {
    case 'shared':
      if (isBuiltin || isEnvironmentPackage(specifier)) {
        return { rule: 'forbidden-package', message: `shared/ may not import '${specifier}': it must run in every environment` };
      }
      return null;
    case 'renderer':
      if (isBuiltin || packageName(specifier) === 'electron' || packageName(specifier) === 'electron-store') {
        return { rule: 'forbidden-package', message: `renderer/ may not import '${specifier}': it talks to the host only through the bridge` };
      }
      return null;
    case 'electron-preload':
      if (specifier !== 'electron' && specifier !== 'zod') {
        return { rule: 'forbidden-package', message: `the preload may import only 'electron', 'zod' and shared/, not '${specifier}'` };
      }
      return null;
    case 'electron-main':
      return null;
    default: {
      const never: never = layer;
      return never;
    }
  }
}

/** Finds the `// Runs in: X` declaration in the first comment lines of a file. */
export function declaredEnvironment(source: string): string | null {
  for (const line of source.split('\n').slice(0, 5)) {
    // The environment ends at the first full stop; any explanation may follow it.
    const match = /^\/\/\s*Runs in:\s*([^.]+)/.exec(line.trim());
    if (match?.[1] !== undefined) return match[1].trim();
  }
  return null;
}

/** Checks one file given its repository-relative path and its text. */
export function checkSource(file: string, source: string): Violation[] {
  const layer = layerOf(file);
  if (layer === null || file.endsWith('.d.ts')) return [];
  const violations: Violation[] = [];
  const declared = declaredEnvironment(source);
  if (declared === null) {
    violations.push({ file, line: 1, rule: 'missing-runs-in', message: `missing '// Runs in: …' header (${RUNS_IN[layer].join(' or ')})` });
  } else if (!RUNS_IN[layer].includes(declared)) {
    violations.push({ file, line: 1, rule: 'wrong-runs-in', message: `'Runs in: ${declared}' does not fit ${layer} (${RUNS_IN[layer].join(' or ')})` });
  }
  const info = ts.preProcessFile(source, true, true);
  for (const ref of info.importedFiles) {
    const problem = importProblem(file, layer, ref.fileName);
    if (problem !== null) {
      const line = source.slice(0, ref.pos).split('\n').length;
      violations.push({ file, line, ...problem });
    }
  }
  return violations;
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext))) out.push(path);
  }
}

/** Checks every source file of the app layers under `root`. */
export function checkRepository(root: string): Violation[] {
  const files: string[] = [];
  for (const top of ['shared', 'renderer', 'electron']) {
    try {
      walk(join(root, top), files);
    } catch {
      // A layer folder that does not exist yet has nothing to check.
    }
  }
  return files.flatMap((path) => {
    const rel = relative(root, path).split(sep).join('/');
    return checkSource(rel, readFileSync(path, 'utf8'));
  });
}

/** Repository root, from this file's location (tests/tools/). */
export const REPOSITORY_ROOT = dirname(dirname(dirname(new URL(import.meta.url).pathname)));
