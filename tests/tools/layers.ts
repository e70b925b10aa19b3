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
// - no import cycles: files that import each other (directly or round a loop, type imports
//   included) cannot be read or changed one at a time. The message names the whole loop.
// - an area (renderer/src/areas/<a>/) never imports another area (renderer/src/areas/<b>/):
//   what two areas share lives outside areas/ (renderer/src/components, consent, directory,
//   ...), so an area can be read, moved or removed on its own. The app shell (renderer/src/app)
//   is the one place that knows every area.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

export type Layer = 'shared' | 'renderer' | 'electron-main' | 'electron-preload';

export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly rule:
    | 'cross-layer-import'
    | 'forbidden-package'
    | 'missing-runs-in'
    | 'wrong-runs-in'
    | 'area-import'
    | 'import-cycle';
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

const AREAS_PREFIX = 'renderer/src/areas/';

/**
 * Area-to-area imports still allowed, as `importing area → imported file` (no extension). Each
 * one is a debt: the imported module is due to move out of areas/. The check reports an entry
 * that is no longer needed, so the list can only shrink.
 */
export const AREA_IMPORT_EXCEPTIONS: readonly {
  readonly fromArea: string;
  readonly target: string;
}[] = [];

/** The area folder a path belongs to ("leerlingen" for renderer/src/areas/leerlingen/x.tsx). */
export function areaOf(path: string): string | null {
  if (!path.startsWith(AREAS_PREFIX)) return null;
  const rest = path.slice(AREAS_PREFIX.length);
  const slash = rest.indexOf('/');
  return slash === -1 ? null : rest.slice(0, slash);
}

/** Decides whether `from` (a layer) may import `specifier`; returns a reason when not. */
function importProblem(
  file: string,
  layer: Layer,
  specifier: string,
): Pick<Violation, 'rule' | 'message'> | null {
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
      return {
        rule: 'cross-layer-import',
        message: `${layer} may not import ${target} (${targetLayer ?? 'outside the app layers'})`,
      };
    }
    const fromArea = areaOf(file);
    const toArea = areaOf(target);
    const excepted = AREA_IMPORT_EXCEPTIONS.some(
      (e) => e.fromArea === fromArea && e.target === target,
    );
    if (fromArea !== null && toArea !== null && fromArea !== toArea && !excepted) {
      return {
        rule: 'area-import',
        message: `area '${fromArea}' may not import ${target} from area '${toArea}': move what both need out of areas/ (see docs/architecture.md)`,
      };
    }
    return null;
  }
  const isBuiltin = NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(packageName(specifier));
  switch (layer) {
    case 'shared':
      if (isBuiltin || isEnvironmentPackage(specifier)) {
        return {
          rule: 'forbidden-package',
          message: `shared/ may not import '${specifier}': it must run in every environment`,
        };
      }
      return null;
    case 'renderer':
      if (
        isBuiltin ||
        packageName(specifier) === 'electron' ||
        packageName(specifier) === 'electron-store'
      ) {
        return {
          rule: 'forbidden-package',
          message: `renderer/ may not import '${specifier}': it talks to the host only through the bridge`,
        };
      }
      return null;
    case 'electron-preload':
      if (specifier !== 'electron' && specifier !== 'zod') {
        return {
          rule: 'forbidden-package',
          message: `the preload may import only 'electron', 'zod' and shared/, not '${specifier}'`,
        };
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
    violations.push({
      file,
      line: 1,
      rule: 'missing-runs-in',
      message: `missing '// Runs in: …' header (${RUNS_IN[layer].join(' or ')})`,
    });
  } else if (!RUNS_IN[layer].includes(declared)) {
    violations.push({
      file,
      line: 1,
      rule: 'wrong-runs-in',
      message: `'Runs in: ${declared}' does not fit ${layer} (${RUNS_IN[layer].join(' or ')})`,
    });
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

/** The repository-relative files a source file imports by relative path (type imports too). */
export function relativeImports(
  file: string,
  source: string,
): { readonly target: string; readonly line: number }[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.filter((ref) => ref.fileName.startsWith('.'))
    .map((ref) => ({
      target: posix.normalize(posix.join(posix.dirname(file), ref.fileName)),
      line: source.slice(0, ref.pos).split('\n').length,
    }));
}

const RESOLVE_SUFFIXES = [
  '',
  ...SOURCE_EXTENSIONS,
  ...SOURCE_EXTENSIONS.map((ext) => `/index${ext}`),
];

/**
 * Every import cycle among `sources` (repository-relative path → text), as the loop of files
 * it runs through, first file repeated at the end. One loop is reported per strongly connected
 * group of files, starting from its alphabetically first file, so the report is stable.
 */
export function findImportCycles(sources: ReadonlyMap<string, string>): Violation[] {
  const edges = new Map<string, { readonly target: string; readonly line: number }[]>();
  for (const [file, source] of sources) {
    const resolved = relativeImports(file, source).flatMap(({ target, line }) => {
      const hit = RESOLVE_SUFFIXES.map((suffix) => target + suffix).find((candidate) =>
        sources.has(candidate),
      );
      return hit === undefined ? [] : [{ target: hit, line }];
    });
    edges.set(file, resolved);
  }
  // Tarjan's strongly connected components, iterative so a deep import chain cannot overflow.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const start of [...sources.keys()].sort()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame === undefined) break;
      const out = edges.get(frame.node) ?? [];
      const edge = out[frame.next++];
      if (edge !== undefined) {
        const to = edge.target;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(to) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined)
        low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        const group: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.node);
        const selfImport = (edges.get(frame.node) ?? []).some((e) => e.target === frame.node);
        if (group.length > 1 || selfImport) groups.push(group.sort());
      }
    }
  }
  return groups.map((group) => {
    const first = group[0] ?? '';
    const loop = shortestLoop(first, new Set(group), edges);
    const line = (edges.get(first) ?? []).find((e) => e.target === loop[1])?.line ?? 1;
    return {
      file: first,
      line,
      rule: 'import-cycle',
      message: `import cycle: ${loop.join(' → ')}; move what both sides need into a module that imports neither`,
    };
  });
}

/** The shortest path from `start` back to itself inside one group (breadth-first). */
function shortestLoop(
  start: string,
  group: ReadonlySet<string>,
  edges: ReadonlyMap<string, readonly { readonly target: string }[]>,
): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] ?? start;
    for (const { target } of edges.get(node) ?? []) {
      if (!group.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (
          let at: string | undefined = node;
          at !== undefined && at !== start;
          at = previous.get(at)
        )
          path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

/** Exceptions in AREA_IMPORT_EXCEPTIONS that no file uses any more. */
function staleAreaExceptions(sources: ReadonlyMap<string, string>): Violation[] {
  const used = new Set<string>();
  for (const [file, source] of sources) {
    for (const { target } of relativeImports(file, source))
      used.add(`${areaOf(file) ?? ''} ${target}`);
  }
  return AREA_IMPORT_EXCEPTIONS.filter((e) => !used.has(`${e.fromArea} ${e.target}`)).map((e) => ({
    file: 'tests/tools/layers.ts',
    line: 1,
    rule: 'area-import',
    message: `AREA_IMPORT_EXCEPTIONS lists '${e.fromArea}' → ${e.target}, which no file imports any more: remove the entry`,
  }));
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
  const sources = new Map<string, string>();
  for (const path of files)
    sources.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
  return [
    ...[...sources].flatMap(([file, source]) => checkSource(file, source)),
    ...findImportCycles(sources),
    ...staleAreaExceptions(sources),
  ];
}

/** Repository root, from this file's location (tests/tools/). */
export const REPOSITORY_ROOT = dirname(dirname(dirname(new URL(import.meta.url).pathname)));
