// Runs in: Node (Vitest). Packaging and build output: electron-builder.yml, the Electron version, the
// CSP served by app://, and the esbuild bundles (the preload must be ONE CommonJS file).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimatch } from 'minimatch';
import { parse } from 'yaml';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../../shared/security/csp';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

// Electron supports the latest three stable majors (electronjs.org/docs/latest/tutorial/electron-timelines);
// a new one ships about every eight weeks. The newest stable major, from the npm registry's
// `latest` tag (`npm view electron dist-tags.latest`: 45.6.1 on 2026-12-07). Offline, a test
// cannot know a newer one exists: raise this with every Electron upgrade and check it then.
const LATEST_STABLE_ELECTRON = { major: 45, checkedOn: '2026-12-07' } as const;

describe('supported Electron', () => {
  const installed = String(
    field(readJson(path.join(ROOT, 'node_modules', 'electron', 'package.json')), 'version'),
  );
  const { major: latest, checkedOn } = LATEST_STABLE_ELECTRON;

  it(`is one of the latest three majors (${String(latest - 2)}-${String(latest)} as of ${checkedOn}), installed as declared`, () => {
    const major = Number(installed.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(latest - 2);
    // Newer than the latest known: LATEST_STABLE_ELECTRON is out of date, update it with the dependency.
    expect(major).toBeLessThanOrEqual(latest);
    const declared = String(
      field(field(readJson(path.join(ROOT, 'package.json')), 'devDependencies'), 'electron'),
    );
    expect(declared).toMatch(new RegExp(`^[\\^~]?${String(major)}\\.`));
  });

  it('is pinned exactly, at 45.6.1 or a later patch (the latest 45.x on npm in December 2026)', () => {
    const pinned = field(
      field(readJson(path.join(ROOT, 'package.json')), 'devDependencies'),
      'electron',
    );
    // Exact: a build must use the Electron the security review and docs/security.md name.
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pinned);
    const [major = 0, minor = 0, patch = 0] = installed.split('.').map(Number);
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(45 * 1e6 + 6 * 1e3 + 1);
  });
});

describe('electron-builder.yml', () => {
  const config: unknown = parse(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'));

  it('identifies the app and ships only the built bundles in an asar', () => {
    expect(field(config, 'appId')).toBe('nl.zorgtafel.app');
    expect(field(config, 'productName')).toBe('Zorgtafel');
    expect(field(config, 'asar')).toBe(true);
    expect(field(config, 'files')).toEqual(
      expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'package.json']),
    );
    expect(field(field(config, 'directories'), 'output')).toBe('release');
    expect(field(field(config, 'directories'), 'buildResources')).toBe('resources/build');
  });

  it('packs the app bundles and nothing else: no benchmark build, no source maps, no node_modules', () => {
    // electron-builder's semantics: a file ships when it matches a pattern and no later "!" pattern.
    const patterns = field(config, 'files') as string[];
    const ships = (file: string) =>
      patterns.reduce(
        (included, pattern) =>
          pattern.startsWith('!')
            ? included && !minimatch(file, pattern.slice(1))
            : included || minimatch(file, pattern),
        false,
      );
    for (const file of [
      'package.json',
      'dist/electron/main.js',
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
      'dist/renderer/assets/index-abc.js',
    ]) {
      expect(ships(file), file).toBe(true);
    }
    for (const file of [
      'dist/renderer-bench/index.html',
      'dist/renderer-bench/bench.html',
      'dist/renderer/assets/index-abc.js.map',
      'dist/electron/main.js.map',
      'node_modules/zod/index.js',
      'release/Zorgtafel.exe',
      'electron/main/main.ts',
      'tests/unit/x.test.ts',
      'dist/other.txt',
    ]) {
      expect(ships(file), file).toBe(false);
    }
  });

  it('signs macOS builds with explicit, minimal entitlements (allow-jit only) and notarises when configured', () => {
    const mac = field(config, 'mac');
    expect(field(mac, 'entitlements')).toBe('resources/build/entitlements.mac.plist');
    expect(field(mac, 'entitlementsInherit')).toBe('resources/build/entitlements.mac.plist');
    expect(field(mac, 'notarize')).toBe(true);
    const plist = readFileSync(
      path.join(ROOT, 'resources', 'build', 'entitlements.mac.plist'),
      'utf8',
    ).replace(/<!--[\s\S]*?-->/g, '');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
  });

  it('keeps signing secrets out of the file: Windows signing only from the environment, SHA-256 with a timestamp', () => {
    const win = field(config, 'win');
    expect(field(win, 'signtoolOptions')).toEqual({
      signingHashAlgorithms: ['sha256'],
      rfc3161TimeStampServer: 'http://timestamp.digicert.com',
    });
    const text = readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    for (const key of [
      'cscLink',
      'cscKeyPassword',
      'certificateFile',
      'certificatePassword',
      'azureSignOptions:',
      'forceCodeSigning',
    ]) {
      expect(text, key).not.toContain(key);
    }
  });

  it('gives Linux desktop entries a field code the app understands and never --no-sandbox', () => {
    expect(field(field(config, 'deb'), 'executableArgs')).toEqual(['%F']);
    // Empty: no --no-sandbox from electron-builder's AppImage default; its entry gets %U, and file:// URIs are read (fileArgs.ts).
    expect(field(field(config, 'appImage'), 'executableArgs')).toEqual([]);
    expect(field(field(config, 'linux'), 'executableArgs')).toBeUndefined();
  });

  it('sets the Electron fuses', () => {
    expect(field(config, 'electronFuses')).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates .zorgtafel files', () => {
    expect(field(config, 'fileAssociations')).toEqual([
      expect.objectContaining({
        ext: 'zorgtafel',
        name: 'Zorgtafel-overlegbestand',
        mimeType: 'application/x-zorgtafel',
        role: 'Editor',
      }),
    ]);
  });

  it('builds an NSIS installer that offers per-user or per-machine installation', () => {
    const nsis = field(config, 'nsis');
    expect(field(nsis, 'oneClick')).toBe(false);
    expect(field(nsis, 'perMachine')).toBe(false);
    expect(field(nsis, 'allowElevation')).toBe(true);
    expect(field(nsis, 'allowToChangeInstallationDirectory')).toBe(true);
    expect(field(nsis, 'deleteAppDataOnUninstall')).toBe(false);
    expect(field(nsis, 'language')).toBe('1043');
    expect(JSON.stringify(field(config, 'win'))).toContain('nsis');
    expect(field(field(config, 'linux'), 'target')).toEqual(['AppImage', 'deb']);
    expect(field(field(config, 'mac'), 'hardenedRuntime')).toBe(true);
  });

  it("passes electron-builder's own configuration schema", async () => {
    const configModule: unknown = require('app-builder-lib/out/util/config/config.js');
    const utilModule: unknown = require('builder-util');
    const validate = field(configModule, 'validateConfiguration') as (
      config: unknown,
      logger: unknown,
    ) => Promise<void>;
    const DebugLogger = field(utilModule, 'DebugLogger') as new (enabled: boolean) => unknown;
    await expect(validate(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('has a 512x512 PNG app icon', () => {
    const png = readFileSync(path.join(ROOT, 'resources', 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
  });
});

describe('the Content-Security-Policy sent by app://', () => {
  it('allows no remote origin and no eval', () => {
    for (const forbidden of [
      'http:',
      'https:',
      'ws:',
      'wss:',
      '*',
      "'unsafe-eval'",
      'file:',
      'filesystem:',
    ]) {
      for (const [directive, values] of Object.entries(CSP_DIRECTIVES)) {
        expect(values, `${directive} must not allow ${forbidden}`).not.toContain(forbidden);
      }
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|'unsafe-eval'/);
  });

  it("starts from default-src 'none' and forbids every connection", () => {
    expect(CSP_DIRECTIVES['default-src']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['connect-src']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['object-src']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
  });
});

describe('the esbuild bundles (electron/build.mjs)', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'zorgtafel-build-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  beforeAll(() => {
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'electron', 'build.mjs'), `--outdir=${out}`],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('writes main.js (ES module) and preload.cjs (one CommonJS file that requires only electron)', () => {
    const preload = readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    expect(preload).not.toMatch(/(^|[;\s])import\s*[\s{*"'(]/);
    expect(preload).not.toMatch(/\bexport\s/);
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual([
      'electron',
    ]);
    const main = readFileSync(path.join(out, 'main.js'), 'utf8');
    const packages = new Set([...main.matchAll(/\bfrom\s*["']([^"']+)["']/g)].map((m) => m[1]));
    for (const specifier of packages) {
      expect(
        specifier === 'electron' || String(specifier).startsWith('node:'),
        String(specifier),
      ).toBe(true);
    }
  });

  it('runs the preload the way a sandbox does: only `electron` can be required', () => {
    const code = readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    const exposed = new Map<string, unknown>();
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: () => Promise.resolve(),
        on: () => undefined,
        removeListener: () => undefined,
      },
    };
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return fakeElectron;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });
    expect([...exposed.keys()]).toEqual(['zorgtafel']);
    expect(Object.keys(exposed.get('zorgtafel') as object).sort()).toEqual(
      [...CHANNEL_NAMES, 'onHostEvent'].sort(),
    );
  });

  it('starts the bundled main process against a stub Electron (bundled electron-store included)', () => {
    const stubDir = path.join(out, 'node_modules', 'electron');
    mkdirSync(stubDir, { recursive: true });
    writeFileSync(
      path.join(stubDir, 'package.json'),
      JSON.stringify({ name: 'electron', type: 'module', main: 'index.js' }),
    );
    writeFileSync(path.join(stubDir, 'index.js'), STUB_ELECTRON);
    writeFileSync(path.join(out, 'driver.mjs'), DRIVER);
    const userData = path.join(out, 'userData');
    mkdirSync(userData);
    const result = spawnSync(process.execPath, [path.join(out, 'driver.mjs')], {
      cwd: out,
      encoding: 'utf8',
      env: { ...process.env, ZORGTAFEL_TEST_USER_DATA: userData },
      timeout: 20_000,
    });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as {
      calls: string[];
      channels: string[];
      windows: {
        options: { title: string; webPreferences: Record<string, unknown> };
        loaded: string[];
      }[];
    };
    expect(report.calls.slice(0, 3)).toEqual([
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'requestSingleInstanceLock',
    ]);
    expect(report.channels).toHaveLength(CHANNEL_NAMES.length);
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0]?.loaded).toEqual(['app://zorgtafel/index.html']);
    expect(report.windows[0]?.options.title).toBe('Zorgtafel');
    expect(report.windows[0]?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(path.basename(String(report.windows[0]?.options.webPreferences['preload']))).toBe(
      'preload.cjs',
    );
    const settingsFile = path.join(userData, 'settings.json');
    expect(existsSync(settingsFile)).toBe(true);
    expect(Object.keys(readJson(settingsFile) as object).sort()).toEqual(['language', 'version']);
  });
});

/** A stand-in `electron` package for the bundle smoke test: records what main.js does. */
const STUB_ELECTRON = `
const record = { calls: [], channels: [], windows: [] };
globalThis.__zorgtafelRecord = record;
const noop = () => undefined;
const emitter = () => ({ on() { return this; }, once() { return this; } });
const session = { setPermissionRequestHandler: noop, setPermissionCheckHandler: noop, setDevicePermissionHandler: noop,
  setDisplayMediaRequestHandler: noop, setSpellCheckerEnabled: noop, on: noop, webRequest: { onBeforeRequest: noop } };
export const app = {
  on: noop,
  whenReady: () => Promise.resolve(),
  requestSingleInstanceLock: () => { record.calls.push('requestSingleInstanceLock'); return true; },
  enableSandbox: () => record.calls.push('enableSandbox'),
  quit: () => record.calls.push('quit'),
  getVersion: () => '0.1.0',
  commandLine: { hasSwitch: () => false },
  exit: (code) => record.calls.push('exit ' + code),
  getPath: () => process.env.ZORGTAFEL_TEST_USER_DATA,
  isPackaged: true,
};
export const protocol = {
  registerSchemesAsPrivileged: () => record.calls.push('registerSchemesAsPrivileged'),
  handle: () => record.calls.push('protocol.handle'),
};
export const ipcMain = { handle: (channel) => record.channels.push(channel), on: noop, removeAllListeners: noop };
export class BrowserWindow {
  static getAllWindows() { return []; }
  constructor(options) { this.entry = { options, loaded: [] }; record.windows.push(this.entry); this.webContents = emitter(); }
  on() { return this; }
  once() { return this; }
  loadURL(url) { this.entry.loaded.push(url); return Promise.resolve(); }
}
export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu: noop };
export const dialog = {};
export const shell = {};
export const powerMonitor = emitter();
export const safeStorage = {};
export const screen = { getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }), getAllDisplays: () => [] };
export { session as defaultSessionForTests };
const sessionModule = { defaultSession: session };
export { sessionModule as session };
export default { app, protocol, ipcMain, BrowserWindow, Menu, dialog, shell, powerMonitor, safeStorage, screen, session: sessionModule };
`;

/** Loads the bundled main.js, waits for its window, prints what happened as JSON. */
const DRIVER = `
await import('./main.js');
for (let i = 0; i < 200 && globalThis.__zorgtafelRecord.windows.length === 0; i += 1) {
  await new Promise((resolve) => setTimeout(resolve, 10));
}
process.stdout.write(JSON.stringify(globalThis.__zorgtafelRecord));
`;
