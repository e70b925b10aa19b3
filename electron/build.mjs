// Runs in: Node (build tooling).
//
// Bundles the Electron main process and the preload with esbuild (`npm run build:electron`).
//
// - main (dist/electron/main.js) is an ES module: electron-store 11 is ESM-only, and
//   package.json has "type": "module". Everything except `electron` itself is bundled, so the
//   packaged app needs no node_modules at all (electron-builder.yml ships dist/** only).
//   Some bundled dependencies are CommonJS and call `require` for Node built-ins; the banner
//   gives the ES module a real `require` for them.
// - preload (dist/electron/preload.cjs) is ONE CommonJS file: a sandboxed preload cannot
//   load ES modules or other files, only `require('electron')` (and a few polyfills). zod
//   and the shared contract are bundled into it.
//
// electron/dev.mjs imports the option objects; running this file builds once, into
// dist/electron or into the folder given as `--outdir=<dir>` (used by the unit tests).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The esbuild options for main and preload, writing into `outdir`.
 * @param {string} outdir
 * @returns {{ main: import('esbuild').BuildOptions, preload: import('esbuild').BuildOptions }}
 */
export function electronBuildOptions(outdir = path.join(root, 'dist', 'electron')) {
  return { main: mainOptionsFor(outdir), preload: preloadOptionsFor(outdir) };
}

/** @param {string} outdir @returns {import('esbuild').BuildOptions} */
const mainOptionsFor = (outdir) => ({
  absWorkingDir: root,
  entryPoints: [path.join(root, 'electron', 'main', 'main.ts')],
  outfile: path.join(outdir, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external: ['electron'],
  banner: {
    js: "import { createRequire as __zorgtafelCreateRequire } from 'node:module'; const require = __zorgtafelCreateRequire(import.meta.url);",
  },
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});

/** @param {string} outdir @returns {import('esbuild').BuildOptions} */
const preloadOptionsFor = (outdir) => ({
  absWorkingDir: root,
  entryPoints: [path.join(root, 'electron', 'preload', 'preload.ts')],
  outfile: path.join(outdir, 'preload.cjs'),
  bundle: true,
  // A Chromium renderer whose `require` only knows `electron`: no Node built-ins may be pulled in.
  platform: 'browser',
  format: 'cjs',
  target: 'chrome130',
  external: ['electron'],
  // Parsed on every page load; most of its size is zod.
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});

/** Builds main and preload once. @param {string | undefined} outdir */
export async function buildElectron(outdir) {
  const options = electronBuildOptions(outdir);
  await Promise.all([build(options.main), build(options.preload)]);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outdirArg = process.argv.slice(2).find((arg) => arg.startsWith('--outdir='));
  await buildElectron(
    outdirArg === undefined ? undefined : path.resolve(outdirArg.slice('--outdir='.length)),
  );
}
