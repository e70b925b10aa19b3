// Runs in: Node (Vitest). The preload with Electron mocked: one object, one channel per method, no leaks.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CHANNEL_NAMES,
  channelId,
  HOST_EVENT_CHANNEL,
  type ZorgtafelBridge,
} from '../../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, (...args: unknown[]) => void>();
  return {
    exposed,
    listeners,
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => {
        exposed.set(key, api);
      },
    },
    ipcRenderer: {
      invoke: vi.fn((_channel: string, _request: unknown): Promise<unknown> =>
        Promise.resolve({ ok: true, value: {} }),
      ),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        listeners.set(channel, listener);
      }),
      removeListener: vi.fn((channel: string) => {
        listeners.delete(channel);
      }),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
}));

let bridge: ZorgtafelBridge;

beforeAll(async () => {
  await import('../../../electron/preload/preload');
  bridge = electron.exposed.get('zorgtafel') as ZorgtafelBridge;
});

describe('preload bridge', () => {
  it('exposes exactly one object, window.zorgtafel, with one method per channel plus onHostEvent', () => {
    expect([...electron.exposed.keys()]).toEqual(['zorgtafel']);
    expect(Object.keys(bridge).sort()).toEqual([...CHANNEL_NAMES, 'onHostEvent'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or any Electron object', () => {
    for (const value of Object.values(bridge)) {
      expect(value).not.toBe(electron.ipcRenderer);
      expect(value).not.toBe(electron.ipcRenderer.invoke);
    }
  });

  it('sends each call on its own namespaced channel and returns the Result unchanged', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({
      ok: true,
      value: { version: '1.0.0', platform: 'linux', isPackaged: true },
    });
    expect(await bridge.getAppInfo({})).toEqual({
      ok: true,
      value: { version: '1.0.0', platform: 'linux', isPackaged: true },
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(channelId('getAppInfo'), {});

    const request = { suggestedName: 'a.pdf', bytes: new Uint8Array([1]), filters: [] };
    await bridge.saveFile(request);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('zorgtafel:saveFile', request);
  });

  it('sends every contract method on its own channel with the request unchanged', async () => {
    const requests: { [C in (typeof CHANNEL_NAMES)[number]]: Parameters<ZorgtafelBridge[C]>[0] } = {
      getAppInfo: {},
      getSettings: {},
      updateSettings: { language: 'en' },
      saveFile: { suggestedName: 'a.pdf', bytes: new Uint8Array([1]), filters: [] },
      openFile: { filters: [{ name: 'Zorgtafel', extensions: ['zorgtafel'] }], maxBytes: 10 },
      printPage: {},
      takePendingFiles: {},
      keystoreStatus: {},
      keystoreEncrypt: { plaintext: new Uint8Array([2]) },
      keystoreDecrypt: { ciphertext: new Uint8Array([3]) },
      confirmClose: {},
    };
    // Each request is typed against its channel above; the loop only needs "a method that takes it".
    const methods = bridge as unknown as Record<string, (request: unknown) => Promise<unknown>>;
    for (const channel of CHANNEL_NAMES) {
      electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: channel });
      expect(await methods[channel]?.(requests[channel]), channel).toEqual({
        ok: true,
        value: channel,
      });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(
        channelId(channel),
        requests[channel],
      );
    }
  });

  it('ignores a listener that is not a function', () => {
    const before = electron.ipcRenderer.on.mock.calls.length;
    const unsubscribe = bridge.onHostEvent('not a function' as unknown as (event: unknown) => void);
    expect(electron.ipcRenderer.on.mock.calls.length).toBe(before);
    expect(() => unsubscribe()).not.toThrow();
  });

  it('turns a failed invoke into an error Result instead of throwing', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    expect(await bridge.getSettings({})).toMatchObject({
      ok: false,
      error: { code: 'ipc.unavailable' },
    });
  });

  it('passes only validated event payloads to the page, never the IpcRendererEvent', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onHostEvent((...args: unknown[]) => received.push(args));
    const forward = electron.listeners.get(HOST_EVENT_CHANNEL);
    if (forward === undefined) throw new Error('no listener registered');

    const ipcEvent = { sender: electron.ipcRenderer, senderId: 0, ports: [] };
    forward(ipcEvent, { type: 'os-lock-screen' });
    forward(ipcEvent, { type: 'os-suspend', extra: 'x' });
    forward(ipcEvent, { type: 'unknown' });
    forward(ipcEvent, 'os-lock-screen');
    forward(ipcEvent, {
      type: 'file-opened',
      file: { name: '../../etc/passwd', bytes: new Uint8Array(1) },
    });
    forward(ipcEvent, {
      type: 'file-opened',
      file: { name: 'ZAT.zorgtafel', bytes: new Uint8Array([1]) },
    });

    expect(received).toEqual([
      [{ type: 'os-lock-screen' }],
      [{ type: 'file-opened', file: { name: 'ZAT.zorgtafel', bytes: new Uint8Array([1]) } }],
    ]);

    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(HOST_EVENT_CHANNEL, forward);
  });
});
