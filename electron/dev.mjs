// Runs in: Node (build tooling). The development loop behind `npm run dev`.
//
// Development loop. The renderer is served from app://zorgtafel/ in development exactly as
// in production (IndexedDB belongs to the origin; a dev server on http://localhost would be
// a different, empty vault and would need a looser CSP), so instead of a dev server this runs:
//   1. `vite build --watch`: rebuilds dist/renderer on every change (reload the window with
//      the development menu's "Opnieuw laden");
//   2. esbuild in watch mode for main and preload (options shared with electron/build.mjs);
//   3. Electron itself, restarted whenever main or preload was rebuilt.
// Ctrl+C, or closing the app window, stops everything.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import electronPath from 'electron';
import { context } from 'esbuild';
import { build as viteBuild } from 'vite';
import { electronBuildOptions } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @type {import('node:child_process').ChildProcess | null} */
let electronProcess = null;
let restarting = false;
let stopping = false;

function startElectron() {
  const env = { ...process.env };
  // Would turn the Electron binary into plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  electronProcess = spawn(String(electronPath), ['.'], { cwd: root, stdio: 'inherit', env });
  electronProcess.on('exit', (code) => {
    electronProcess = null;
    if (restarting) {
      restarting = false;
      startElectron();
    } else if (!stopping) {
      // The user closed the app: end the whole dev session.
      void stop(code ?? 0);
    }
  });
}

function restartElectron() {
  if (electronProcess === null) {
    startElectron();
    return;
  }
  restarting = true;
  electronProcess.kill();
}

/** Resolves after the first renderer build, so Electron never starts on a half-written dist/. */
async function watchRenderer() {
  const watcher = await viteBuild({
    root: path.join(root, 'renderer'),
    configFile: path.join(root, 'vite.config.ts'),
    build: { watch: {} },
  });
  if (!('on' in watcher)) throw new Error('vite did not start in watch mode');
  await new Promise((resolve, reject) => {
    let first = true;
    watcher.on('event', (event) => {
      if (event.code === 'BUNDLE_END' || event.code === 'ERROR') void event.result.close();
      if (event.code === 'ERROR' && first) reject(event.error);
      if (event.code === 'END' && first) {
        first = false;
        resolve(undefined);
      }
    });
  });
  return watcher;
}

/**
 * Starts esbuild watchers for main and preload. Resolves after both first builds (watch()
 * builds once at start); `onRebuilt` runs after every later successful rebuild.
 */
async function watchElectron(onRebuilt) {
  const firstBuilds = [];
  const contexts = await Promise.all(
    Object.values(electronBuildOptions()).map((options) => {
      let first = true;
      let firstDone;
      firstBuilds.push(new Promise((resolve) => (firstDone = resolve)));
      const restartPlugin = {
        name: 'zorgtafel-restart-electron',
        setup(builder) {
          builder.onEnd((result) => {
            if (first) {
              first = false;
              firstDone();
            } else if (result.errors.length === 0) {
              onRebuilt();
            }
          });
        },
      };
      return context({ ...options, plugins: [restartPlugin] });
    }),
  );
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  await Promise.all(firstBuilds);
  return contexts;
}

let rendererWatcher = null;
let electronContexts = [];

async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (electronProcess !== null) electronProcess.kill();
  await Promise.all(electronContexts.map((ctx) => ctx.dispose()));
  if (rendererWatcher !== null) await rendererWatcher.close();
  process.exit(code);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

rendererWatcher = await watchRenderer();
electronContexts = await watchElectron(restartElectron);
startElectron();
