// Runs in: Node (Vitest).
//
// The parts of the two Hosts that do not need a browser: BrowserHost's settings storage and
// refusals, the file checks, the external-link guard, and ElectronHost's distrust of
// everything the bridge returns (with a fake bridge: Electron itself is never loaded).
import { describe, expect, it } from 'vitest';
import type { ZorgtafelBridge } from '../../../shared/ipc/contract';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/schema';
import {
  BrowserHost,
  SETTINGS_STORAGE_KEY,
  type SettingsStorage,
} from '../../../renderer/src/host/BrowserHost';
import { readChosenFile } from '../../../renderer/src/host/chosenFile';
import { ElectronHost } from '../../../renderer/src/host/ElectronHost';
import { acceptAttribute, matchesFilters } from '../../../renderer/src/host/fileFilters';
import { HostError, type Host } from '../../../renderer/src/host/Host';

class MemoryStorage implements SettingsStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error.code;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('BrowserHost settings', () => {
  it('starts with the defaults and persists a language change', async () => {
    const storage = new MemoryStorage();
    const host = new BrowserHost({ storage });
    expect(await host.getSettings()).toEqual(DEFAULT_SETTINGS);
    const updated = await host.updateSettings({ language: 'en' });
    expect(updated.language).toBe('en');
    expect(await new BrowserHost({ storage }).getSettings()).toEqual(updated);
  });

  it('falls back to the defaults for corrupt or foreign stored data', async () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_STORAGE_KEY, '{not json');
    expect(await new BrowserHost({ storage }).getSettings()).toEqual(DEFAULT_SETTINGS);
    storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ ...DEFAULT_SETTINGS, pupilName: 'x' }));
    expect(await new BrowserHost({ storage }).getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses a patch outside the schema and stores nothing', async () => {
    const storage = new MemoryStorage();
    const host = new BrowserHost({ storage });
    const badPatch = JSON.parse('{"language":"de"}') as { language: 'nl' };
    expect(await rejectionCode(host.updateSettings(badPatch))).toBe('settings.invalid');
    expect(storage.items.size).toBe(0);
  });

  it('has no keystore and no pending files', async () => {
    const host: Host = new BrowserHost({ storage: new MemoryStorage() });
    expect(await host.keystoreStatus()).toEqual({ available: false, reason: 'not-electron' });
    expect(await rejectionCode(host.keystoreEncrypt(new Uint8Array(1)))).toBe(
      'keystore.unavailable',
    );
    expect(await rejectionCode(host.keystoreDecrypt(new Uint8Array(1)))).toBe(
      'keystore.unavailable',
    );
    expect(await host.takePendingFiles()).toEqual([]);
  });
});

describe('opening files', () => {
  const filters = [{ name: 'Zorgtafel', extensions: ['zorgtafel'] }];
  const file = (name: string, size: number) => new File([new Uint8Array(size)], name);

  it('builds the accept attribute and checks extensions case-insensitively', () => {
    expect(acceptAttribute([...filters, { name: 'PDF', extensions: ['pdf', 'zorgtafel'] }])).toBe(
      '.zorgtafel,.pdf',
    );
    expect(acceptAttribute([])).toBe('');
    expect(matchesFilters('overleg.ZORGTAFEL', filters)).toBe(true);
    expect(matchesFilters('overleg.pdf', filters)).toBe(false);
    expect(matchesFilters('zorgtafel', filters)).toBe(false);
    expect(matchesFilters('anything', [])).toBe(true);
  });

  it('reads a file within the limits', async () => {
    const opened = await readChosenFile(file('overleg.zorgtafel', 10), { filters, maxBytes: 10 });
    expect(opened.name).toBe('overleg.zorgtafel');
    expect(opened.bytes.byteLength).toBe(10);
  });

  it('refuses a file that is too large, of the wrong type or with a path in its name', async () => {
    expect(
      await rejectionCode(readChosenFile(file('overleg.zorgtafel', 11), { filters, maxBytes: 10 })),
    ).toBe('file.too-large');
    expect(
      await rejectionCode(readChosenFile(file('overleg.exe', 1), { filters, maxBytes: 10 })),
    ).toBe('file.wrong-type');
    const sneaky = {
      name: '../overleg.zorgtafel',
      size: 1,
      arrayBuffer: () => Promise.resolve(new ArrayBuffer(1)),
    };
    expect(await rejectionCode(readChosenFile(sneaky, { filters, maxBytes: 10 }))).toBe(
      'file.invalid-name',
    );
  });
});

describe('ElectronHost', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, language: 'en' };

  /** A bridge whose channels all answer `answer`; tests override what they need. */
  function fakeBridge(overrides: Partial<Record<keyof ZorgtafelBridge, unknown>>): ZorgtafelBridge {
    const unexpected = () => Promise.reject(new Error('unexpected call'));
    const base: Record<string, unknown> = {
      getAppInfo: unexpected,
      getSettings: unexpected,
      updateSettings: unexpected,
      saveFile: unexpected,
      openFile: unexpected,
      printPage: unexpected,
      takePendingFiles: unexpected,
      keystoreStatus: unexpected,
      keystoreEncrypt: unexpected,
      keystoreDecrypt: unexpected,
      confirmClose: unexpected,
      onHostEvent: () => () => undefined,
      ...overrides,
    };
    return base as unknown as ZorgtafelBridge;
  }

  it('returns validated values', async () => {
    const host = new ElectronHost(
      fakeBridge({
        getSettings: () => Promise.resolve({ ok: true, value: settings }),
        getAppInfo: () =>
          Promise.resolve({
            ok: true,
            value: { version: '1.2.3', platform: 'win32', isPackaged: true },
          }),
      }),
    );
    expect(await host.getSettings()).toEqual(settings);
    expect(await host.appInfo()).toEqual({
      version: '1.2.3',
      platform: 'win32',
      shell: 'electron',
    });
  });

  it('turns {ok:false} into a HostError with the same code', async () => {
    const host = new ElectronHost(
      fakeBridge({
        getSettings: () =>
          Promise.resolve({ ok: false, error: { code: 'settings.unavailable', message: 'x' } }),
      }),
    );
    expect(await rejectionCode(host.getSettings())).toBe('settings.unavailable');
  });

  it('refuses malformed responses, non-Results and bridge failures', async () => {
    const extraField = new ElectronHost(
      fakeBridge({
        getSettings: () => Promise.resolve({ ok: true, value: { ...settings, pupilName: 'x' } }),
      }),
    );
    expect(await rejectionCode(extraField.getSettings())).toBe('ipc.invalid-response');
    const notAResult = new ElectronHost(
      fakeBridge({ getSettings: () => Promise.resolve(settings) }),
    );
    expect(await rejectionCode(notAResult.getSettings())).toBe('ipc.invalid-response');
    const throwing = new ElectronHost(
      fakeBridge({ getSettings: () => Promise.reject(new Error('gone')) }),
    );
    expect(await rejectionCode(throwing.getSettings())).toBe('ipc.unavailable');
    const pathInName = new ElectronHost(
      fakeBridge({
        openFile: () =>
          Promise.resolve({
            ok: true,
            value: { opened: true, file: { name: 'C:\\x\\y.zorgtafel', bytes: new Uint8Array(1) } },
          }),
      }),
    );
    expect(await rejectionCode(pathInName.openFile({ filters: [], maxBytes: 10 }))).toBe(
      'ipc.invalid-response',
    );
  });

  it('passes on only well-formed host events', () => {
    let emit: (event: unknown) => void = () => undefined;
    const host = new ElectronHost(
      fakeBridge({
        onHostEvent: (listener: (event: unknown) => void) => {
          emit = listener;
          return () => undefined;
        },
      }),
    );
    const received: unknown[] = [];
    host.onEvent((event) => received.push(event));
    emit({ type: 'os-lock-screen' });
    emit({ type: 'os-lock-screen', extra: 1 });
    emit({ type: 'format-disk' });
    emit(null);
    expect(received).toEqual([{ type: 'os-lock-screen' }]);
  });
});
