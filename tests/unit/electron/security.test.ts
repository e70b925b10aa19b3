// Runs in: Node (Vitest). Window options, navigation, window-open, permission and network policies.
import { describe, expect, it, vi } from 'vitest';
import {
  decideNavigation,
  decidePermission,
  decideSubframeNavigation,
  decideWindowOpen,
  hardenSession,
  hardenWebContents,
  isAllowedRequestUrl,
  secureWebPreferences,
  type HardenableSession,
  type HardenableWebContents,
} from '../../../electron/main/security';

describe('secureWebPreferences', () => {
  it('turns on isolation and the sandbox and turns off every Node and web escape hatch', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
    });
  });

  it('allows the developer tools only when asked (unpackaged builds)', () => {
    expect(secureWebPreferences('/p', { devTools: true }).devTools).toBe(true);
    expect(secureWebPreferences('/p', { devTools: true }).sandbox).toBe(true);
  });
});

describe('navigation, window and permission decisions', () => {
  it('denies every navigation, including to our own origin', () => {
    for (const url of [
      'https://example.org/',
      'app://zorgtafel/index.html',
      'file:///etc/passwd',
      'about:blank',
    ]) {
      expect(decideNavigation(url)).toEqual({ allow: false });
    }
  });

  it('lets subframes load only our own blob: URLs and empty documents', () => {
    expect(
      decideSubframeNavigation('blob:app://zorgtafel/5d1c0f6e-1b1c-4b8e-9f3e-2f6f2e9f1a00'),
    ).toEqual({ allow: true });
    expect(decideSubframeNavigation('about:blank')).toEqual({ allow: true });
    for (const url of [
      'blob:https://evil.example/abc',
      'https://example.org/',
      'app://zorgtafel/index.html',
      'data:text/html,x',
    ]) {
      expect(decideSubframeNavigation(url), url).toEqual({ allow: false });
    }
  });

  it('always denies new windows, whatever the URL', () => {
    for (const url of [
      'https://example.org/',
      'mailto:ib@school.example',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://example.org/',
      'app://zorgtafel/x',
    ]) {
      expect(decideWindowOpen(url)).toEqual({ action: 'deny' });
    }
  });

  it('denies every permission but the sanitized clipboard write, even to our own main frame', () => {
    const own = { requestingUrl: 'app://zorgtafel/index.html#/instellingen', isMainFrame: true };
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'deprecated-sync-clipboard-read',
      'fullscreen',
      'openExternal',
      'usb',
      'hid',
      'serial',
      'unknown',
    ]) {
      expect(decidePermission(permission, own), permission).toBe(false);
    }
    expect(decidePermission('clipboard-sanitized-write', own)).toBe(true);
  });

  it('grants the clipboard write only to the main frame of app://zorgtafel', () => {
    const refused = [
      { requestingUrl: 'app://zorgtafel/index.html', isMainFrame: false },
      { requestingUrl: 'blob:app://zorgtafel/1234', isMainFrame: true },
      { requestingUrl: 'app://other/index.html', isMainFrame: true },
      { requestingUrl: 'app://user@zorgtafel/index.html', isMainFrame: true },
      { requestingUrl: 'https://evil.example/', isMainFrame: true },
      { requestingUrl: 'file:///tmp/x.html', isMainFrame: true },
      { requestingUrl: 'about:blank', isMainFrame: true },
      { requestingUrl: undefined, isMainFrame: true },
    ];
    for (const context of refused) {
      expect(decidePermission('clipboard-sanitized-write', context), JSON.stringify(context)).toBe(
        false,
      );
    }
  });

  it('lets requests reach only our origin, our blobs, data: and the dev tools', () => {
    for (const url of [
      'app://zorgtafel/index.html',
      'app://zorgtafel/assets/a.wasm',
      'blob:app://zorgtafel/1234',
      'data:image/png;base64,AAAA',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(true);
    }
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:5173/',
      'ws://localhost:1234/',
      'wss://example.org/socket',
      'file:///etc/passwd',
      'ftp://example.org/',
      'app://other/index.html',
      'app://user@zorgtafel/index.html',
      'blob:https://example.org/1234',
      'chrome-extension://abc/x.js',
      'not a url',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });
});

type Listener = (event: { preventDefault(): void; url: string; isMainFrame: boolean }) => void;

/** A fake WebContents that records listeners and the window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: HardenableWebContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      windowOpenHandler = handler;
    },
  };
  const fire = (name: string, url: string, isMainFrame = true) => {
    const preventDefault = vi.fn();
    const listener = listeners.get(name);
    if (listener === undefined) throw new Error(`no listener for ${name}`);
    listener({ preventDefault, url, isMainFrame });
    return preventDefault;
  };
  return { contents, listeners, fire, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('prevents navigation and redirects', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.fire('will-navigate', 'https://evil.example/')).toHaveBeenCalledOnce();
    expect(fake.fire('will-navigate', 'app://zorgtafel/other.html')).toHaveBeenCalledOnce();
    expect(fake.fire('will-redirect', 'https://evil.example/')).toHaveBeenCalledOnce();
    expect(fake.fire('will-frame-navigate', 'https://evil.example/', true)).toHaveBeenCalledOnce();
    expect(fake.fire('will-frame-navigate', 'https://evil.example/', false)).toHaveBeenCalledOnce();
    expect(
      fake.fire('will-frame-navigate', 'blob:app://zorgtafel/abc', false),
    ).not.toHaveBeenCalled();
  });

  it('prevents attaching a <webview>', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.fire('will-attach-webview', 'app://zorgtafel/')).toHaveBeenCalledOnce();
  });

  it('denies window.open for every URL, https and mailto included', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    for (const url of [
      'https://example.org/hulp',
      'mailto:ib@school.example',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://zorgtafel/index.html',
    ]) {
      expect(fake.openWindow(url)).toEqual({ action: 'deny' });
    }
  });
});

/** A fake Session that records every handler hardenSession installs. */
function fakeSession() {
  const recorded: {
    permissionRequest?: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: unknown,
    ) => void;
    permissionCheck?: (
      contents: unknown,
      permission: string,
      origin: string,
      details: unknown,
    ) => boolean;
    devicePermission?: (details: unknown) => boolean;
    displayMedia?: (request: unknown, callback: (streams: null) => void) => void;
    beforeRequest?: (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    willDownload?: (event: { preventDefault(): void }) => void;
    spellChecker?: boolean;
  } = {};
  const session: HardenableSession = {
    setPermissionRequestHandler: (handler) => (recorded.permissionRequest = handler),
    setPermissionCheckHandler: (handler) => (recorded.permissionCheck = handler),
    setDevicePermissionHandler: (handler) => (recorded.devicePermission = handler),
    setDisplayMediaRequestHandler: (handler) => (recorded.displayMedia = handler),
    setSpellCheckerEnabled: (enable) => (recorded.spellChecker = enable),
    on: (_event, listener) => (recorded.willDownload = listener),
    webRequest: { onBeforeRequest: (listener) => (recorded.beforeRequest = listener) },
  };
  return { session, recorded };
}

describe('hardenSession', () => {
  it('denies every permission request and check, device and screen capture', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session);
    const own = { requestingUrl: 'app://zorgtafel/index.html', isMainFrame: true };
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'display-capture',
      'unknown',
    ]) {
      const callback = vi.fn();
      recorded.permissionRequest?.({}, permission, callback, own);
      expect(callback).toHaveBeenCalledWith(false);
      expect(recorded.permissionCheck?.({}, permission, 'app://zorgtafel', own)).toBe(false);
    }
    expect(recorded.devicePermission?.({ deviceType: 'usb' })).toBe(false);
    const displayCallback = vi.fn();
    recorded.displayMedia?.({}, displayCallback);
    expect(displayCallback).toHaveBeenCalledWith(null);
  });

  it('grants the sanitized clipboard write (Copy buttons) to our main frame in both handlers, and to nothing else', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session);
    const request = (details: unknown): boolean | undefined => {
      const callback = vi.fn((_granted: boolean) => undefined);
      recorded.permissionRequest?.({}, 'clipboard-sanitized-write', callback, details);
      return callback.mock.calls[0]?.[0];
    };
    const check = (details: unknown) =>
      recorded.permissionCheck?.({}, 'clipboard-sanitized-write', 'app://zorgtafel', details);
    const own = { requestingUrl: 'app://zorgtafel/index.html#/overleggen', isMainFrame: true };
    expect(request(own)).toBe(true);
    expect(check(own)).toBe(true);
    // A check without requestingUrl falls back to the origin Electron passes, never to "allowed".
    expect(
      recorded.permissionCheck?.({}, 'clipboard-sanitized-write', 'app://zorgtafel', {
        isMainFrame: true,
      }),
    ).toBe(true);
    expect(
      recorded.permissionCheck?.({}, 'clipboard-sanitized-write', 'https://evil.example', {
        isMainFrame: true,
      }),
    ).toBe(false);
    expect(
      recorded.permissionCheck?.({}, 'clipboard-sanitized-write', 'app://zorgtafel', {
        isMainFrame: false,
      }),
    ).toBe(false);
    expect(request({ isMainFrame: true })).toBe(false);
    for (const details of [
      { requestingUrl: 'app://zorgtafel/index.html', isMainFrame: false },
      { requestingUrl: 'blob:app://zorgtafel/1', isMainFrame: false },
      { requestingUrl: 'https://evil.example/', isMainFrame: true },
      { requestingUrl: 'app://zorgtafel/index.html', isMainFrame: 'true' },
      null,
      undefined,
    ]) {
      expect(request(details), JSON.stringify(details)).toBe(false);
      expect(check(details), JSON.stringify(details)).toBe(false);
    }
  });

  it('keeps the spell checker off and cancels downloads', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session);
    expect(recorded.spellChecker).toBe(false);
    const preventDefault = vi.fn();
    recorded.willDownload?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
  });

  it('cancels network requests and lets our own origin through', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session);
    const decide = (url: string) => {
      const callback = vi.fn((_response: { cancel: boolean }) => undefined);
      recorded.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://example.org/')).toEqual({ cancel: true });
    expect(decide('http://localhost:5173/')).toEqual({ cancel: true });
    expect(decide('wss://example.org/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://zorgtafel/index.html')).toEqual({ cancel: false });
  });

  it('works on sessions without the optional handlers', () => {
    const minimal: HardenableSession = {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
      on: () => undefined,
      webRequest: { onBeforeRequest: () => undefined },
    };
    expect(() => hardenSession(minimal)).not.toThrow();
  });
});
