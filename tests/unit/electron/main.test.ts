// Runs in: Node (Vitest). main.ts wiring with a fake `electron` module: order, lock, hardening, files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, channelId, HOST_EVENT_CHANNEL } from '../../../shared/ipc/contract';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const state = {
    lock: true,
    documentsMissing: false,
    switches: new Set<string>(),
    appListeners: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, Listener>(),
    windows: [] as FakeWindow[],
    storeOptions: [] as unknown[],
  };

  /** Records every listener per event (window.ts and closeGuard.ts both listen to 'close'). */
  function emitter() {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      add: (event: string, listener: Listener) => {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      },
      emit: (event: string, ...args: unknown[]) => {
        for (const listener of listeners.get(event) ?? []) listener(...args);
      },
    };
  }

  function contents() {
    const events = emitter();
    const mainFrame = { url: 'app://zorgtafel/index.html' };
    return {
      listeners: events.listeners,
      emit: events.emit,
      mainFrame,
      sent: [] as unknown[][],
      session: undefined as unknown,
      on(event: string, listener: Listener) {
        events.add(event, listener);
        return this;
      },
      setWindowOpenHandler: vi.fn(),
      send(channel: string, payload: unknown) {
        this.sent.push([channel, payload]);
      },
      isDestroyed: () => false,
      print: vi.fn(),
    };
  }

  function session() {
    return {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setDisplayMediaRequestHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
      on: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
  }
  const defaultSession = session();

  class FakeWindow {
    static getAllWindows() {
      return state.windows;
    }
    readonly webContents = contents();
    readonly loaded: string[] = [];
    readonly events = emitter();
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      calls.push('new BrowserWindow');
      state.windows.push(this);
    }
    on(event: string, listener: Listener) {
      this.events.add(event, listener);
      return this;
    }
    /** Like Electron: 'close' may be prevented; otherwise the window is destroyed and 'closed' follows. */
    close() {
      let prevented = false;
      this.events.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroyed = true;
      state.windows.splice(state.windows.indexOf(this), 1);
      this.events.emit('closed');
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    maximize = vi.fn();
    isMinimized = () => false;
    isMaximized = () => false;
    isDestroyed = () => this.destroyed;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
  }

  const electron = {
    app: {
      on: (event: string, listener: Listener) => {
        state.appListeners.set(event, listener);
      },
      whenReady: () => {
        calls.push('whenReady');
        return Promise.resolve();
      },
      requestSingleInstanceLock: () => {
        calls.push('requestSingleInstanceLock');
        return state.lock;
      },
      quit: vi.fn(() => calls.push('quit')),
      exit: vi.fn((code: number) => calls.push(`exit ${code}`)),
      commandLine: { hasSwitch: (name: string) => state.switches.has(name) },
      enableSandbox: () => calls.push('enableSandbox'),
      getVersion: () => '0.1.0',
      getPath: (name: string) => {
        if (name === 'documents' && state.documentsMissing) throw new Error('no Documents folder');
        return `/home/ib/${name}`;
      },
      isPackaged: true,
    },
    protocol: {
      registerSchemesAsPrivileged: () => calls.push('registerSchemesAsPrivileged'),
      handle: (scheme: string, handler: Listener) => {
        calls.push('protocol.handle');
        state.protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => state.ipcHandlers.set(channel, listener),
      removeAllListeners: vi.fn(),
    },
    session: { defaultSession },
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    powerMonitor: { on: vi.fn() },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    safeStorage: {
      getSelectedStorageBackend: () => 'basic_text',
      isAsyncEncryptionAvailable: () => Promise.resolve(true),
      encryptStringAsync: vi.fn(),
      decryptStringAsync: vi.fn(),
    },
  };

  class FakeStore {
    store: unknown;
    constructor(options: { defaults?: unknown }) {
      state.storeOptions.push(options);
      this.store = options.defaults;
    }
  }

  return { calls, state, electron, FakeStore, contents, session, defaultSession };
});

vi.mock('electron', () => fake.electron);
vi.mock('electron-store', () => ({ default: fake.FakeStore }));

async function loadMain(
  lock: boolean,
  options: { switches?: string[]; packaged?: boolean; documentsMissing?: boolean } = {},
) {
  vi.resetModules();
  fake.calls.length = 0;
  fake.state.lock = lock;
  fake.state.switches = new Set(options.switches ?? []);
  fake.state.documentsMissing = options.documentsMissing ?? false;
  fake.electron.app.isPackaged = options.packaged ?? true;
  fake.state.appListeners.clear();
  fake.state.ipcHandlers.clear();
  fake.state.protocolHandlers.clear();
  fake.state.windows.length = 0;
  await import('../../../electron/main/main');
}

const tmp = mkdtempSync(path.join(tmpdir(), 'zorgtafel-main-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeEach(() => {
  vi.clearAllMocks();
});

describe('main.ts wiring', () => {
  it('registers the scheme and enables the sandbox before anything else, and quits without the lock', async () => {
    await loadMain(false);
    expect(fake.calls.slice(0, 3)).toEqual([
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'requestSingleInstanceLock',
    ]);
    expect(fake.calls).toContain('quit');
    expect(fake.calls).not.toContain('whenReady');
    expect(fake.state.appListeners.size).toBe(0);
  });

  it('the packaged app refuses to start with a remote-debugging switch, before registering anything', async () => {
    const argv = process.argv;
    process.argv = ['/opt/Zorgtafel/zorgtafel', '--remote-debugging-port=9222'];
    try {
      await loadMain(true);
    } finally {
      process.argv = argv;
    }
    expect(fake.calls).toEqual(['exit 1']);
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledOnce();
    expect(fake.state.appListeners.size).toBe(0);
  });

  it("also refuses a switch that only Electron's command line reports (the pipe)", async () => {
    await loadMain(true, { switches: ['remote-debugging-pipe'] });
    expect(fake.calls).toEqual(['exit 1']);
  });

  it('does not check development builds (npm run dev may inspect the main process)', async () => {
    await loadMain(true, { switches: ['inspect'], packaged: false });
    expect(fake.calls).not.toContain('exit 1');
    expect(fake.calls.slice(0, 3)).toEqual([
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'requestSingleInstanceLock',
    ]);
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
  });

  it('with the lock: hardens, serves app://, registers every channel and opens one secure window', async () => {
    await loadMain(true);
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));

    expect([...fake.state.appListeners.keys()]).toEqual(
      expect.arrayContaining([
        'web-contents-created',
        'second-instance',
        'open-file',
        'window-all-closed',
        'activate',
      ]),
    );
    expect([...fake.state.protocolHandlers.keys()]).toEqual(['app']);
    expect([...fake.state.ipcHandlers.keys()].sort()).toEqual(
      CHANNEL_NAMES.map((c) => channelId(c)).sort(),
    );
    expect(fake.electron.ipcMain.removeAllListeners).toHaveBeenCalledWith(
      'electron-store-get-data',
    );
    expect(fake.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();

    const win = fake.state.windows[0];
    expect(win?.loaded).toEqual(['app://zorgtafel/index.html']);
    expect(win?.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    const prefs = win?.options['webPreferences'] as { preload: string };
    expect(path.basename(prefs.preload)).toBe('preload.cjs');
    // The protocol is handled before the window loads anything.
    expect(fake.calls.indexOf('protocol.handle')).toBeLessThan(
      fake.calls.indexOf('new BrowserWindow'),
    );
  });

  it('hardens every web contents the app creates', async () => {
    await loadMain(true);
    const created = fake.state.appListeners.get('web-contents-created');
    const contents = fake.contents();
    const session = fake.session();
    contents.session = session;
    created?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect([...contents.listeners.keys()]).toEqual(
      expect.arrayContaining([
        'will-navigate',
        'will-redirect',
        'will-frame-navigate',
        'will-attach-webview',
      ]),
    );
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    // The same session is hardened once only.
    const again = fake.contents();
    again.session = session;
    created?.({}, again);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
  });

  it('opens nothing outside the app: no bridge channel for it, and window.open hands nothing to the OS', async () => {
    await loadMain(true);
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    expect(
      [...fake.state.ipcHandlers.keys()].filter((channel) => /external/i.test(channel)),
    ).toEqual([]);
    const contents = fake.contents();
    contents.session = fake.session();
    fake.state.appListeners.get('web-contents-created')?.({}, contents);
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: {
      url: string;
    }) => unknown;
    for (const url of ['https://example.org/hulp', 'mailto:ib@school.example']) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
    await Promise.resolve();
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('hands a file from a second launch to the renderer exactly once, then pushes later ones as events', async () => {
    await loadMain(true);
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const win = fake.state.windows[0];
    if (win === undefined) throw new Error('no window');
    writeFileSync(path.join(tmp, 'ZAT maart.zorgtafel'), new Uint8Array([1, 2, 3]));
    writeFileSync(path.join(tmp, 'ZAT april.zorgtafel'), new Uint8Array([4]));

    const secondInstance = fake.state.appListeners.get('second-instance');
    secondInstance?.({}, ['/opt/Zorgtafel/zorgtafel', '--flag', 'ZAT maart.zorgtafel'], tmp);
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();

    // The file is read asynchronously: it reaches the renderer either through takePendingFiles
    // (still queued) or as an event (read after the renderer started listening), never both.
    const take = fake.state.ipcHandlers.get(channelId('takePendingFiles'));
    const event = { senderFrame: win.webContents.mainFrame, sender: win.webContents };
    const taken: unknown[] = [];
    const march = { name: 'ZAT maart.zorgtafel', bytes: new Uint8Array([1, 2, 3]) };
    await vi.waitFor(async () => {
      const result = (await take?.(event, {})) as { ok: true; value: unknown[] };
      taken.push(...result.value);
      const pushed = win.webContents.sent.map(([, payload]) => (payload as { file: unknown }).file);
      expect([...taken, ...pushed]).toEqual([march]);
    });
    win.webContents.sent.length = 0;

    // The renderer has asked once: a later file is pushed as a host event.
    secondInstance?.({}, ['/opt/Zorgtafel/zorgtafel', path.join(tmp, 'ZAT april.zorgtafel')], '/');
    await vi.waitFor(() =>
      expect(win.webContents.sent).toEqual([
        [
          HOST_EVENT_CHANNEL,
          {
            type: 'file-opened',
            file: { name: 'ZAT april.zorgtafel', bytes: new Uint8Array([4]) },
          },
        ],
      ]),
    );
  });

  it('answers a keystore status call from the window with weak-backend for basic_text on Linux', async () => {
    if (process.platform !== 'linux') return;
    await loadMain(true);
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const win = fake.state.windows[0];
    if (win === undefined) throw new Error('no window');
    const status = fake.state.ipcHandlers.get(channelId('keystoreStatus'));
    const event = { senderFrame: win.webContents.mainFrame, sender: win.webContents };
    expect(await status?.(event, {})).toEqual({
      ok: true,
      value: { available: false, reason: 'weak-backend' },
    });
    const foreign = { senderFrame: { url: 'https://evil.example/' }, sender: { mainFrame: {} } };
    expect(await status?.(foreign, {})).toMatchObject({
      ok: false,
      error: { code: 'ipc.forbidden-sender' },
    });
  });

  describe('the window and its bridge, driven through the registered handlers', () => {
    /** Loads main.ts, waits for its window and returns a caller that invokes a channel from that window. */
    async function started(options: { documentsMissing?: boolean } = {}) {
      await loadMain(true, options);
      await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
      const win = fake.state.windows[0];
      if (win === undefined) throw new Error('no window');
      const call = async (channel: string, request: unknown = {}) => {
        const handler = fake.state.ipcHandlers.get(
          channelId(channel as (typeof CHANNEL_NAMES)[number]),
        );
        if (handler === undefined) throw new Error(`no handler for ${channel}`);
        return (await handler(
          { senderFrame: win.webContents.mainFrame, sender: win.webContents },
          request,
        )) as { ok: boolean; value?: unknown; error?: { code: string } };
      };
      return { win, call };
    }

    it('saves and opens through the system dialogs of the app window, on the real file system', async () => {
      const { win, call } = await started();
      const target = path.join(tmp, 'agenda.pdf');
      fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({
        canceled: false,
        filePath: target,
      });
      const saved = await call('saveFile', {
        suggestedName: 'agenda.pdf',
        bytes: new Uint8Array([37, 80]),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      expect(saved).toEqual({ ok: true, value: { saved: true, name: 'agenda.pdf' } });
      expect(new Uint8Array(readFileSync(target))).toEqual(new Uint8Array([37, 80]));
      expect(fake.electron.dialog.showSaveDialog).toHaveBeenCalledWith(
        win,
        expect.objectContaining({ defaultPath: path.join('/home/ib/documents', 'agenda.pdf') }),
      );

      fake.electron.dialog.showOpenDialog.mockResolvedValueOnce({
        canceled: false,
        filePaths: [target],
      });
      const opened = await call('openFile', { filters: [], maxBytes: 10 });
      expect(opened).toEqual({
        ok: true,
        value: { opened: true, file: { name: 'agenda.pdf', bytes: new Uint8Array([37, 80]) } },
      });
      expect(fake.electron.dialog.showOpenDialog).toHaveBeenCalledWith(
        win,
        expect.objectContaining({ defaultPath: '/home/ib/documents' }),
      );
    });

    it('starts dialogs in the home folder when there is no Documents folder', async () => {
      const { call } = await started({ documentsMissing: true });
      fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
      expect(
        await call('saveFile', { suggestedName: 'a.pdf', bytes: new Uint8Array(1), filters: [] }),
      ).toEqual({ ok: true, value: { saved: false } });
      expect(fake.electron.dialog.showSaveDialog).toHaveBeenCalledWith(
        expect.anything(),
        expect.objectContaining({ defaultPath: path.join('/home/ib/home', 'a.pdf') }),
      );
    });

    it('prints the app window through the system print dialog', async () => {
      const { win, call } = await started();
      win.webContents.print.mockImplementationOnce(
        (_options: unknown, done: (success: boolean) => void) => done(true),
      );
      expect(await call('printPage')).toEqual({ ok: true, value: { printed: true } });
      expect(win.webContents.print).toHaveBeenCalledWith(
        { silent: false, printBackground: true },
        expect.any(Function),
      );
    });

    it('holds a close back until the renderer confirms, saves the bounds, then quits on the last window', async () => {
      const { win, call } = await started();
      win.close();
      expect(win.destroyed).toBe(false);
      expect(win.webContents.sent).toContainEqual([
        HOST_EVENT_CHANNEL,
        { type: 'close-requested' },
      ]);

      expect(await call('confirmClose')).toEqual({ ok: true, value: {} });
      expect(win.destroyed).toBe(true);
      expect(await call('getSettings')).toMatchObject({
        ok: true,
        value: { window: { x: 0, y: 0, width: 1280, height: 800, maximized: false } },
      });
      // With the window gone, printing has nothing to print and the bridge says so.
      expect(await call('printPage')).toEqual({ ok: true, value: { printed: false } });

      fake.state.appListeners.get('window-all-closed')?.();
      if (process.platform !== 'darwin') expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    });

    it('finishes a quit that the held-back close swallowed', async () => {
      const { win, call } = await started();
      fake.state.appListeners.get('before-quit')?.();
      win.close();
      expect(fake.electron.app.quit).not.toHaveBeenCalled();
      await call('confirmClose');
      expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    });

    it('opens a new window on activate only when none is open (macOS dock click)', async () => {
      const { win, call } = await started();
      fake.state.appListeners.get('activate')?.();
      expect(fake.state.windows).toEqual([win]);
      win.close();
      await call('confirmClose');
      fake.state.appListeners.get('activate')?.();
      expect(fake.state.windows).toHaveLength(1);
      expect(fake.state.windows[0]).not.toBe(win);
    });

    it('takes a file double-clicked in the macOS Finder (open-file) and hands it over once', async () => {
      const { win, call } = await started();
      writeFileSync(path.join(tmp, 'ZAT mei.zorgtafel'), new Uint8Array([5]));
      // A reload of the page (PendingFiles.rendererReset, tested in fileArgs.test.ts) is wired to did-start-navigation.
      win.webContents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
      const preventDefault = vi.fn();
      fake.state.appListeners.get('open-file')?.(
        { preventDefault },
        path.join(tmp, 'ZAT mei.zorgtafel'),
      );
      expect(preventDefault).toHaveBeenCalledOnce();
      expect(win.focus).toHaveBeenCalled();
      const taken: unknown[] = [];
      await vi.waitFor(async () => {
        const result = await call('takePendingFiles');
        taken.push(...(result.value as unknown[]));
        const pushed = win.webContents.sent.map(
          ([, payload]) => (payload as { file: unknown }).file,
        );
        expect([...taken, ...pushed]).toEqual([
          { name: 'ZAT mei.zorgtafel', bytes: new Uint8Array([5]) },
        ]);
      });
    });
  });
});
