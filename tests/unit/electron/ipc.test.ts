// Runs in: Node (Vitest). The main-process end of the bridge: sender checks, payload validation, Results.
import { describe, expect, it, vi } from 'vitest';
import { channelId, CHANNEL_NAMES, MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../../shared/settings/schema';
import { err, errorInfo, ok } from '../../../shared/result';
import {
  handleIpcCall,
  registerIpcHandlers,
  senderInfoFromEvent,
  validateSender,
  type InvokeEventLike,
  type IpcHandlers,
  type SenderInfo,
} from '../../../electron/main/ipc';

const MAIN_FRAME: SenderInfo = { url: 'app://zorgtafel/index.html', isMainFrame: true };

describe('validateSender', () => {
  it('accepts the main frame of our origin, on any route', () => {
    expect(validateSender(MAIN_FRAME).ok).toBe(true);
    expect(
      validateSender({ url: 'app://zorgtafel/leerlingen/12#notities', isMainFrame: true }).ok,
    ).toBe(true);
  });

  it('refuses foreign origins', () => {
    for (const url of [
      'https://evil.example/',
      'http://localhost:5173/',
      'file:///C:/Users/ib/Desktop/evil.html',
      'file:///tmp/index.html',
      'app://other/index.html',
      'app://zorgtafel.evil.example/index.html',
      'app://zorgtafel:1234/index.html',
      'app://user@zorgtafel/index.html',
      'about:blank',
      'blob:app://zorgtafel/1234',
      'data:text/html,<script></script>',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
    ]) {
      const result = validateSender({ url, isMainFrame: true });
      expect(result.ok, url).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('ipc.forbidden-sender');
    }
  });

  it('refuses subframes, even of our own origin, and unknown frames', () => {
    expect(validateSender({ url: 'app://zorgtafel/index.html', isMainFrame: false }).ok).toBe(
      false,
    );
    expect(validateSender({ url: undefined, isMainFrame: true }).ok).toBe(false);
  });
});

describe('senderInfoFromEvent', () => {
  it('reads the frame URL and compares the frame with the main frame', () => {
    const mainFrame = { url: 'app://zorgtafel/index.html' };
    expect(senderInfoFromEvent({ senderFrame: mainFrame, sender: { mainFrame } })).toEqual(
      MAIN_FRAME,
    );
    const subframe = { url: 'app://zorgtafel/index.html' };
    expect(senderInfoFromEvent({ senderFrame: subframe, sender: { mainFrame } })).toEqual({
      url: 'app://zorgtafel/index.html',
      isMainFrame: false,
    });
  });

  it('treats a missing (null) or disposed frame as untrusted', () => {
    expect(senderInfoFromEvent({ senderFrame: null, sender: { mainFrame: {} } })).toEqual({
      url: undefined,
      isMainFrame: false,
    });
    const disposed: InvokeEventLike = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      sender: { mainFrame: {} },
    };
    expect(senderInfoFromEvent(disposed)).toEqual({ url: undefined, isMainFrame: false });
  });
});

describe('handleIpcCall', () => {
  const settingsHandler = vi.fn(() => Promise.resolve(ok(DEFAULT_SETTINGS)));

  it('accepts a valid call and returns the handler value', async () => {
    const result = await handleIpcCall('getSettings', settingsHandler, MAIN_FRAME, {});
    expect(result).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('passes the parsed request to the handler, not the object it was given', async () => {
    const handler = vi.fn(() =>
      Promise.resolve(ok({ ...DEFAULT_SETTINGS, language: 'en' as const })),
    );
    // A field that reads 'en' when validated and 'de' (not allowed) on any later read: only the
    // parsed copy still holds the value that passed the schema.
    let reads = 0;
    const raw = {
      get language(): string {
        reads += 1;
        return reads === 1 ? 'en' : 'de';
      },
    };
    await handleIpcCall('updateSettings', handler, MAIN_FRAME, raw);
    expect(handler).toHaveBeenCalledWith({ language: 'en' });
  });

  it('rejects a call from a foreign origin, a subframe or a vanished frame before running the handler', async () => {
    const handler = vi.fn(() => Promise.resolve(ok(DEFAULT_SETTINGS)));
    for (const sender of [
      { url: 'https://evil.example/', isMainFrame: true },
      { url: 'file:///tmp/x.html', isMainFrame: true },
      { url: 'app://other/index.html', isMainFrame: true },
      { url: 'app://zorgtafel/index.html', isMainFrame: false },
      senderInfoFromEvent({ senderFrame: null, sender: { mainFrame: {} } }),
    ]) {
      const result = await handleIpcCall('getSettings', handler, sender, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'ipc.forbidden-sender' } });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects malformed payloads: wrong type, extra field, oversize, missing field', async () => {
    const handler = vi.fn(() => Promise.resolve(ok({ saved: false as const })));
    const payloads: unknown[] = [
      undefined,
      null,
      'saveFile',
      [],
      { suggestedName: 42, bytes: new Uint8Array(1), filters: [] },
      { suggestedName: 'a.pdf', bytes: 'not bytes', filters: [] },
      { suggestedName: 'a.pdf', bytes: new Uint8Array(1), filters: [], path: '/etc/passwd' },
      { suggestedName: '../../a.pdf', bytes: new Uint8Array(1), filters: [] },
      { suggestedName: 'C:\\Windows\\a.pdf', bytes: new Uint8Array(1), filters: [] },
      { suggestedName: 'a.pdf', bytes: new Uint8Array(MAX_FILE_BYTES + 1), filters: [] },
      { suggestedName: 'a.pdf', bytes: new Uint8Array(1) },
      {
        suggestedName: 'a.pdf',
        bytes: new Uint8Array(1),
        filters: [{ name: 'PDF', extensions: ['PDF; rm -rf'] }],
      },
    ];
    for (const payload of payloads) {
      const result = await handleIpcCall('saveFile', handler, MAIN_FRAME, payload);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('ipc.invalid-payload');
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects unknown fields on an empty request and on a settings patch (nothing sensitive can slip in)', async () => {
    const getInfo = vi.fn(() =>
      Promise.resolve(ok({ version: '1.0.0', platform: 'linux', isPackaged: false })),
    );
    const extra = await handleIpcCall('getAppInfo', getInfo, MAIN_FRAME, { evil: true });
    expect(extra.ok).toBe(false);
    const update = vi.fn(() => Promise.resolve(ok(DEFAULT_SETTINGS)));
    const notes = await handleIpcCall('updateSettings', update, MAIN_FRAME, {
      notes: 'Jan heeft dyslexie',
    });
    expect(notes.ok).toBe(false);
    if (!notes.ok) {
      expect(notes.error.code).toBe('ipc.invalid-payload');
      expect(notes.error.message).not.toContain('dyslexie');
    }
    expect(update).not.toHaveBeenCalled();
  });

  it('turns a thrown error into an error Result without leaking its message', async () => {
    const error = new Error('ENOENT: /home/ib/Documenten/Jan de Vries.zorgtafel');
    const rejecting = vi.fn((): Promise<never> => Promise.reject(error));
    const throwing = vi.fn((): Promise<never> => {
      throw error;
    });
    for (const handler of [rejecting, throwing]) {
      const result = await handleIpcCall('getSettings', handler, MAIN_FRAME, {});
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('ipc.internal');
        expect(result.error.message).not.toContain('Jan');
        expect(result.error.message).not.toContain('/home');
      }
    }
  });

  it('passes an expected error Result through with only code and message', async () => {
    const handler = vi.fn(() =>
      Promise.resolve(err({ ...errorInfo('file.too-large', 'too large'), path: '/secret' })),
    );
    const result = await handleIpcCall('openFile', handler, MAIN_FRAME, {
      filters: [],
      maxBytes: 10,
    });
    expect(result).toEqual({ ok: false, error: { code: 'file.too-large', message: 'too large' } });
  });

  it('refuses a malformed handler response', async () => {
    const handler = vi.fn(() => Promise.resolve(ok({ ...DEFAULT_SETTINGS, notes: 'x' })));
    const result = await handleIpcCall('getSettings', handler, MAIN_FRAME, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.internal' } });
  });
});

describe('registerIpcHandlers', () => {
  function allHandlers(): IpcHandlers {
    return {
      getAppInfo: () =>
        Promise.resolve(ok({ version: '0.1.0', platform: 'linux', isPackaged: false })),
      getSettings: () => Promise.resolve(ok(DEFAULT_SETTINGS)),
      updateSettings: () => Promise.resolve(ok(DEFAULT_SETTINGS)),
      saveFile: () => Promise.resolve(ok({ saved: false })),
      openFile: () => Promise.resolve(ok({ opened: false })),
      printPage: () => Promise.resolve(ok({ printed: false })),
      takePendingFiles: () => Promise.resolve(ok([])),
      keystoreStatus: () => Promise.resolve(ok({ available: false, reason: 'unsupported' })),
      keystoreEncrypt: () => Promise.resolve(ok({ ciphertext: new Uint8Array(1) })),
      keystoreDecrypt: () => Promise.resolve(ok({ plaintext: new Uint8Array(1) })),
      confirmClose: () => Promise.resolve(ok({})),
    };
  }

  type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

  function register() {
    const registered = new Map<string, Listener>();
    registerIpcHandlers(
      { handle: (channel, listener) => registered.set(channel, listener) },
      allHandlers(),
    );
    return registered;
  }

  it('registers exactly one namespaced channel per contract entry', () => {
    const registered = register();
    expect([...registered.keys()].sort()).toEqual(
      CHANNEL_NAMES.map((name) => channelId(name)).sort(),
    );
  });

  it('validates the real sender frame of every call', async () => {
    const listener = register().get(channelId('getAppInfo'));
    if (listener === undefined) throw new Error('not registered');
    const mainFrame = { url: 'app://zorgtafel/index.html' };
    expect(await listener({ senderFrame: mainFrame, sender: { mainFrame } }, {})).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: 'linux', isPackaged: false },
    });
    const iframe = { url: 'app://zorgtafel/index.html' };
    expect(await listener({ senderFrame: iframe, sender: { mainFrame } }, {})).toMatchObject({
      ok: false,
    });
    const evil = { url: 'https://evil.example/' };
    expect(await listener({ senderFrame: evil, sender: { mainFrame: evil } }, {})).toMatchObject({
      ok: false,
    });
    expect(await listener({ senderFrame: null, sender: { mainFrame } }, {})).toMatchObject({
      ok: false,
    });
  });

  it('refuses calls with no or extra arguments', async () => {
    const listener = register().get(channelId('getAppInfo'));
    if (listener === undefined) throw new Error('not registered');
    const mainFrame = { url: 'app://zorgtafel/index.html' };
    expect(await listener({ senderFrame: mainFrame, sender: { mainFrame } })).toMatchObject({
      ok: false,
    });
    expect(await listener({ senderFrame: mainFrame, sender: { mainFrame } }, {}, {})).toMatchObject(
      { ok: false },
    );
  });
});
