// Runs in: Node (Playwright test runner), driving the Electron desktop shell.
//
// Finds an Electron binary and launches the built shell (dist/electron/main.js, which loads
// dist/renderer through app://zorgtafel) with its own user-data folder. Playwright attaches
// through the remote-debugging switches that the PACKAGED app refuses (commandLine.ts), so the
// suite drives the unpackaged build: the same main process, preload and renderer code.
// The binary cannot be downloaded on the project's development and CI machines; there
// `electronBinary()` says why, and every test of the suite is skipped with that reason.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MAIN_JS = path.join(REPO_ROOT, 'dist', 'electron', 'main.js');

export type BinaryLookup =
  | { readonly found: true; readonly path: string }
  | { readonly found: false; readonly reason: string };

/**
 * ZORGTAFEL_ELECTRON (a binary's path) first, then the binary the `electron` package installed
 * (its path.txt names the file under dist/). The package itself is never required: requiring it
 * without a binary starts a download, and nothing here may try to download Electron.
 */
export function electronBinary(): BinaryLookup {
  const fromEnv = process.env['ZORGTAFEL_ELECTRON'];
  let binary: string;
  if (fromEnv !== undefined && fromEnv !== '') {
    binary = fromEnv;
  } else {
    const packageDir = path.dirname(
      createRequire(import.meta.url).resolve('electron/package.json'),
    );
    const pathFile = path.join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) {
      return {
        found: false,
        reason:
          'no Electron binary is installed (node_modules/electron has no path.txt or dist/: it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD or offline); set ZORGTAFEL_ELECTRON to a binary, or reinstall electron where it can be downloaded',
      };
    }
    binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  }
  if (!existsSync(binary))
    return { found: false, reason: `the Electron binary ${binary} does not exist` };
  if (!existsSync(MAIN_JS))
    return { found: false, reason: 'dist/electron/main.js is missing: run `npm run build` first' };
  return { found: true, path: binary };
}

export interface Shell {
  readonly app: ElectronApplication;
  readonly window: Page;
  readonly userDataDir: string;
}

/** Launches the shell with a fresh (or the given) user-data folder and extra arguments (files). */
export async function launchShell(
  binary: string,
  options: { readonly args?: readonly string[]; readonly userDataDir?: string } = {},
): Promise<Shell> {
  const userDataDir =
    options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'zorgtafel-electron-e2e-'));
  const app = await electron.launch({
    executablePath: binary,
    args: [MAIN_JS, `--user-data-dir=${userDataDir}`, ...(options.args ?? [])],
    cwd: REPO_ROOT,
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '' },
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window, userDataDir };
}
