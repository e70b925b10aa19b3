// Runs in: Node (Vitest). The IPC handlers with injected fakes: files, print, links, keystore.
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/schema';
import { err, errorInfo, ok } from '../../../shared/result';
import type { FileAccess } from '../../../electron/main/fileAccess';
import { PendingFiles } from '../../../electron/main/fileArgs';
import { createIpcHandlers, type HandlerDeps } from '../../../electron/main/handlers';
import { DialogFolders } from '../../../electron/main/dialogFolders';
import type { FileDialogs } from '../../../electron/main/handlers/files';
import { createKeystore, type SafeStorageLike } from '../../../electron/main/handlers/keystore';
import { createSettingsStore, type SettingsBackend } from '../../../electron/main/settingsStore';

function memorySettings(initial: Settings = DEFAULT_SETTINGS) {
  let document: unknown = initial;
  const backend: SettingsBackend = {
    get store(): unknown {
      return document;
    },
    set store(value: Settings) {
      document = value;
    },
  };
  return createSettingsStore(backend);
}

function memoryFiles() {
  const disk = new Map<string, Uint8Array>();
  const files: FileAccess = {
    readLimited: (filePath, maxBytes) => {
      const bytes = disk.get(filePath);
      if (bytes === undefined)
        return Promise.resolve(err(errorInfo('file.read-failed', 'missing')));
      if (bytes.byteLength > maxBytes)
        return Promise.resolve(err(errorInfo('file.too-large', 'too large')));
      return Promise.resolve(ok(new Uint8Array(bytes)));
    },
    write: (filePath, bytes) => {
      disk.set(filePath, new Uint8Array(bytes));
      return Promise.resolve(ok(undefined));
    },
  };
  return { disk, files };
}

function fakeKeystore(): HandlerDeps['keystore'] {
  return createKeystore(
    {
      getSelectedStorageBackend: () => 'gnome_libsecret',
      isAsyncEncryptionAvailable: () => Promise.resolve(true),
      encryptStringAsync: (text) => Promise.resolve(Buffer.from(`enc:${text}`)),
      decryptStringAsync: (buffer) =>
        Promise.resolve({ result: buffer.toString().slice(4), shouldReEncrypt: false }),
    },
    'linux',
  );
}

function setup(overrides: Partial<HandlerDeps> = {}) {
  const { disk, files } = memoryFiles();
  const showSaveDialog = vi.fn((_options: SaveDialogOptions) =>
    Promise.resolve({ canceled: false, filePath: '/home/ib/Exports/verslag.pdf' }),
  );
  const showOpenDialog = vi.fn((_options: OpenDialogOptions) =>
    Promise.resolve({ canceled: false, filePaths: ['/home/ib/Downloads/ZAT.zorgtafel'] }),
  );
  const dialogs: FileDialogs = { showSaveDialog, showOpenDialog };
  const deps: HandlerDeps = {
    appInfo: { version: '0.1.0', platform: 'linux', isPackaged: true },
    settings: memorySettings(),
    files,
    dialogs,
    folders: new DialogFolders('/home/ib/Documenten'),
    print: vi.fn(() => Promise.resolve(true)),
    pendingFiles: new PendingFiles(),
    keystore: fakeKeystore(),
    confirmClose: vi.fn(),
    ...overrides,
  };
  return { deps, disk, showSaveDialog, handlers: createIpcHandlers(deps) };
}

describe('getAppInfo and settings handlers', () => {
  it('answers app info and settings', async () => {
    const { handlers } = setup();
    expect(await handlers.getAppInfo({})).toEqual(
      ok({ version: '0.1.0', platform: 'linux', isPackaged: true }),
    );
    expect(await handlers.getSettings({})).toEqual(ok(DEFAULT_SETTINGS));
    expect(await handlers.updateSettings({ language: 'en' })).toEqual(
      ok({ ...DEFAULT_SETTINGS, language: 'en' }),
    );
  });
});

describe('saveFile', () => {
  it('writes the bytes where the user chose, remembers the folder and returns only the bare name', async () => {
    const { handlers, disk, showSaveDialog, deps } = setup();
    const result = await handlers.saveFile({
      suggestedName: 'verslag.pdf',
      bytes: new Uint8Array([37, 80, 68, 70]),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(result).toEqual(ok({ saved: true, name: 'verslag.pdf' }));
    expect(disk.get('/home/ib/Exports/verslag.pdf')).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(deps.folders.startFolder('export')).toBe('/home/ib/Exports');
    const options = showSaveDialog.mock.calls[0]?.[0];
    expect(options).toMatchObject({
      defaultPath: path.join('/home/ib/Documenten', 'verslag.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(options?.properties).toContain('dontAddToRecent');
  });

  it('starts the next save in the folder of the last one, kept in main and never in the settings', async () => {
    const { handlers, showSaveDialog, deps } = setup();
    const request = { suggestedName: 'a.pdf', bytes: new Uint8Array(1), filters: [] };
    await handlers.saveFile(request);
    await handlers.saveFile(request);
    expect(showSaveDialog.mock.calls[1]?.[0].defaultPath).toBe(
      path.join('/home/ib/Exports', 'a.pdf'),
    );
    expect(JSON.stringify(deps.settings.get())).not.toContain('Exports');
    expect(JSON.stringify(await handlers.getSettings({}))).not.toContain('/home/ib');
  });

  it('never starts a dialog in a network folder, remembered or default', async () => {
    const onShare = setup({
      dialogs: {
        showSaveDialog: () =>
          Promise.resolve({ canceled: false, filePath: '\\\\server\\zorg\\a.pdf' }),
        showOpenDialog: () =>
          Promise.resolve({ canceled: false, filePaths: ['//server/zorg/ZAT.zorgtafel'] }),
      },
    });
    onShare.disk.set('//server/zorg/ZAT.zorgtafel', new Uint8Array([1]));
    await onShare.handlers.saveFile({
      suggestedName: 'a.pdf',
      bytes: new Uint8Array(1),
      filters: [],
    });
    await onShare.handlers.openFile({ filters: [], maxBytes: 10 });
    expect(onShare.deps.folders.startFolder('export')).toBe('/home/ib/Documenten');
    expect(onShare.deps.folders.startFolder('import')).toBe('/home/ib/Documenten');

    const redirected = setup({
      folders: new DialogFolders('\\\\fileserver\\home$\\ib\\Documents'),
    });
    await redirected.handlers.saveFile({
      suggestedName: 'a.pdf',
      bytes: new Uint8Array(1),
      filters: [],
    });
    expect(redirected.showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe('a.pdf');
  });

  it('reports a cancelled dialog as not saved and writes nothing', async () => {
    const { handlers, disk } = setup({
      dialogs: {
        showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
        showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      },
    });
    expect(
      await handlers.saveFile({ suggestedName: 'a.pdf', bytes: new Uint8Array(1), filters: [] }),
    ).toEqual(ok({ saved: false }));
    expect(disk.size).toBe(0);
  });
});

describe('saveFile: only the kinds of file the app writes', () => {
  const bytes = new Uint8Array([1]);

  it('refuses, before any dialog, a request for .lnk, .hta, .bat or another type the app never writes', async () => {
    for (const [suggestedName, filters] of [
      ['snelkoppeling.lnk', []],
      ['verslag.hta', [{ name: 'HTA', extensions: ['hta'] }]],
      ['verslag.pdf', [{ name: 'Script', extensions: ['bat'] }]],
      ['verslag.pdf', [{ name: 'PDF', extensions: ['pdf', 'cmd'] }]],
      ['start.bat', [{ name: 'PDF', extensions: ['pdf'] }]],
      ['verslag', []],
      ['verslag.pdf.exe', []],
    ] as const) {
      const { handlers, disk, showSaveDialog } = setup();
      const result = await handlers.saveFile({
        suggestedName,
        bytes,
        filters: filters.map((f) => ({ ...f, extensions: [...f.extensions] })),
      });
      expect(result, suggestedName).toMatchObject({
        ok: false,
        error: { code: 'file.type-refused' },
      });
      expect(showSaveDialog).not.toHaveBeenCalled();
      expect(disk.size).toBe(0);
    }
  });

  it('refuses a chosen path whose extension is not the requested one, and writes nothing', async () => {
    for (const chosen of [
      '/home/ib/Exports/verslag.lnk',
      '/home/ib/Exports/verslag.pdf.hta',
      '/home/ib/Exports/verslag.docx',
      '/home/ib/Exports/verslag',
      '/home/ib/Exports/verslag.pdf.',
      '/home/ib/Exports/verslag.pdf ',
      '/home/ib/Exports/x.lnk:y.pdf',
    ]) {
      const { handlers, disk } = setup({
        dialogs: {
          showSaveDialog: () => Promise.resolve({ canceled: false, filePath: chosen }),
          showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
        },
      });
      const result = await handlers.saveFile({
        suggestedName: 'verslag.pdf',
        bytes,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      expect(result, chosen).toEqual(
        err(errorInfo('file.type-refused', 'save the file under a name ending in .pdf')),
      );
      expect(disk.size).toBe(0);
    }
  });

  it('accepts every type the renderer saves, in any letter case', async () => {
    for (const ext of ['pdf', 'docx', 'ics', 'txt', 'csv', 'json', 'zorgtafel', 'ztbackup']) {
      const chosen = `/home/ib/Exports/bestand.${ext.toUpperCase()}`;
      const { handlers, disk } = setup({
        dialogs: {
          showSaveDialog: () => Promise.resolve({ canceled: false, filePath: chosen }),
          showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
        },
      });
      const result = await handlers.saveFile({
        suggestedName: `bestand.${ext}`,
        bytes,
        filters: [{ name: ext, extensions: [ext] }],
      });
      expect(result, ext).toEqual(ok({ saved: true, name: `bestand.${ext.toUpperCase()}` }));
      expect(disk.has(chosen)).toBe(true);
    }
  });
});

describe('openFile', () => {
  it('reads the chosen file and returns the bare name and bytes', async () => {
    const { handlers, disk, deps } = setup();
    disk.set('/home/ib/Downloads/ZAT.zorgtafel', new Uint8Array([1, 2, 3]));
    const result = await handlers.openFile({
      filters: [{ name: 'Zorgtafel', extensions: ['zorgtafel'] }],
      maxBytes: 10,
    });
    expect(result).toEqual(
      ok({ opened: true, file: { name: 'ZAT.zorgtafel', bytes: new Uint8Array([1, 2, 3]) } }),
    );
    expect(deps.folders.startFolder('import')).toBe('/home/ib/Downloads');
  });

  it('with multiple, reads every chosen file, each under maxBytes, and offers multi-selection', async () => {
    const { handlers, disk, deps } = setup({
      dialogs: {
        showSaveDialog: () => Promise.resolve({ canceled: true }),
        showOpenDialog: (options: OpenDialogOptions) =>
          Promise.resolve({
            canceled: false,
            filePaths: options.properties?.includes('multiSelections')
              ? ['/swv/a.json', '/swv/b.json']
              : ['/swv/a.json'],
          }),
      },
    });
    disk.set('/swv/a.json', new Uint8Array([1]));
    disk.set('/swv/b.json', new Uint8Array([2]));
    expect(await handlers.openFile({ filters: [], maxBytes: 10, multiple: true })).toEqual(
      ok({
        opened: true,
        file: { name: 'a.json', bytes: new Uint8Array([1]) },
        more: [{ name: 'b.json', bytes: new Uint8Array([2]) }],
      }),
    );
    expect(deps.folders.startFolder('import')).toBe('/swv');
    expect(await handlers.openFile({ filters: [], maxBytes: 10 })).toEqual(
      ok({ opened: true, file: { name: 'a.json', bytes: new Uint8Array([1]) } }),
    );
    disk.set('/swv/b.json', new Uint8Array(11));
    expect(await handlers.openFile({ filters: [], maxBytes: 10, multiple: true })).toMatchObject({
      ok: false,
      error: { code: 'file.too-large' },
    });
  });

  it('refuses a file over maxBytes with file.too-large', async () => {
    const { handlers, disk } = setup();
    disk.set('/home/ib/Downloads/ZAT.zorgtafel', new Uint8Array(11));
    const result = await handlers.openFile({ filters: [], maxBytes: 10 });
    expect(result).toMatchObject({ ok: false, error: { code: 'file.too-large' } });
  });

  it('reports a cancelled dialog as not opened', async () => {
    const { handlers } = setup({
      dialogs: {
        showSaveDialog: () => Promise.resolve({ canceled: true }),
        showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      },
    });
    expect(await handlers.openFile({ filters: [], maxBytes: 10 })).toEqual(ok({ opened: false }));
  });
});

describe('confirmClose', () => {
  it('lets the held-back window close through', async () => {
    const { handlers, deps } = setup();
    expect(await handlers.confirmClose({})).toEqual(ok({}));
    expect(deps.confirmClose).toHaveBeenCalledTimes(1);
  });
});

describe('printPage, takePendingFiles', () => {
  it('prints through the injected print function', async () => {
    const { handlers } = setup({ print: () => Promise.resolve(false) });
    expect(await handlers.printPage({})).toEqual(ok({ printed: false }));
  });

  it('hands pending files over once', async () => {
    const { handlers, deps } = setup();
    deps.pendingFiles.deliver({ name: 'a.zorgtafel', bytes: new Uint8Array([1]) }, () => true);
    expect(await handlers.takePendingFiles({})).toEqual(
      ok([{ name: 'a.zorgtafel', bytes: new Uint8Array([1]) }]),
    );
    expect(await handlers.takePendingFiles({})).toEqual(ok([]));
  });
});

function fakeSafeStorage(
  backend: ReturnType<SafeStorageLike['getSelectedStorageBackend']>,
  available = true,
) {
  const safeStorage = {
    getSelectedStorageBackend: vi.fn(() => backend),
    isAsyncEncryptionAvailable: vi.fn(() => Promise.resolve(available)),
    encryptStringAsync: vi.fn((text: string) => Promise.resolve(Buffer.from(`enc:${text}`))),
    decryptStringAsync: vi.fn((buffer: Buffer) =>
      Promise.resolve({ result: buffer.toString().slice(4), shouldReEncrypt: false }),
    ),
  } satisfies SafeStorageLike;
  return safeStorage;
}

describe('keystore', () => {
  it('refuses the Linux basic_text backend (and unknown) as weak, without encrypting anything', async () => {
    for (const backend of ['basic_text', 'unknown'] as const) {
      const safeStorage = fakeSafeStorage(backend);
      const keystore = createKeystore(safeStorage, 'linux');
      expect(await keystore.status()).toEqual({ available: false, reason: 'weak-backend' });
      expect(await keystore.encrypt(new Uint8Array([1]))).toMatchObject({
        ok: false,
        error: { code: 'keystore.unavailable' },
      });
      expect(await keystore.decrypt(new Uint8Array([1]))).toMatchObject({
        ok: false,
        error: { code: 'keystore.unavailable' },
      });
      expect(safeStorage.encryptStringAsync).not.toHaveBeenCalled();
      expect(safeStorage.decryptStringAsync).not.toHaveBeenCalled();
    }
  });

  it('accepts libsecret and KWallet on Linux and the OS keystore elsewhere', async () => {
    expect(await createKeystore(fakeSafeStorage('gnome_libsecret'), 'linux').status()).toEqual({
      available: true,
      reason: 'ok',
    });
    expect(await createKeystore(fakeSafeStorage('kwallet6'), 'linux').status()).toEqual({
      available: true,
      reason: 'ok',
    });
    const windows = fakeSafeStorage('basic_text');
    expect(await createKeystore(windows, 'win32').status()).toEqual({
      available: true,
      reason: 'ok',
    });
    expect(windows.getSelectedStorageBackend).not.toHaveBeenCalled();
  });

  it('reports an unavailable keystore as unsupported', async () => {
    expect(
      await createKeystore(fakeSafeStorage('gnome_libsecret', false), 'linux').status(),
    ).toEqual({ available: false, reason: 'unsupported' });
    expect(await createKeystore(fakeSafeStorage('basic_text', false), 'darwin').status()).toEqual({
      available: false,
      reason: 'unsupported',
    });
  });

  it('round-trips bytes through the async API as base64', async () => {
    const safeStorage = fakeSafeStorage('kwallet5');
    const keystore = createKeystore(safeStorage, 'linux');
    const secret = new Uint8Array([0, 1, 2, 250, 255]);
    const encrypted = await keystore.encrypt(secret);
    if (!encrypted.ok) throw new Error('encrypt failed');
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledWith(
      Buffer.from(secret).toString('base64'),
    );
    expect(await keystore.decrypt(encrypted.value)).toEqual(ok(secret));
  });

  it('reports failures and malformed plaintext as keystore.failed', async () => {
    const safeStorage = fakeSafeStorage('gnome_libsecret');
    safeStorage.encryptStringAsync.mockRejectedValueOnce(new Error('keyring locked'));
    const keystore = createKeystore(safeStorage, 'linux');
    expect(await keystore.encrypt(new Uint8Array([1]))).toMatchObject({
      ok: false,
      error: { code: 'keystore.failed' },
    });
    safeStorage.decryptStringAsync.mockResolvedValueOnce({
      result: 'not base64!',
      shouldReEncrypt: false,
    });
    expect(await keystore.decrypt(new Uint8Array([1]))).toMatchObject({
      ok: false,
      error: { code: 'keystore.failed' },
    });
  });

  it('is wired into the keystore handlers', async () => {
    const { handlers } = setup();
    expect(await handlers.keystoreStatus({})).toEqual(ok({ available: true, reason: 'ok' }));
    const encrypted = await handlers.keystoreEncrypt({ plaintext: new Uint8Array([9]) });
    if (!encrypted.ok) throw new Error('encrypt failed');
    expect(await handlers.keystoreDecrypt({ ciphertext: encrypted.value.ciphertext })).toEqual(
      ok({ plaintext: new Uint8Array([9]) }),
    );
  });
});
