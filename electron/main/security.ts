// Runs in: Electron main process.
//
// The web-content security policy of the app, following the Electron security checklist:
// the options every window is created with, and what happens when a page tries to navigate,
// open a window, attach a <webview>, ask for a permission or reach the network. Each decision
// is a plain function; `hardenWebContents` and `hardenSession` only wire them to Electron.
import { APP_HOST, APP_SCHEME } from './protocol';

/** The webPreferences every window and every web contents is created with. */
export interface SecureWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly webviewTag: false;
  readonly experimentalFeatures: false;
  readonly navigateOnDragDrop: false;
  readonly spellcheck: false;
  readonly safeDialogs: true;
  readonly devTools: boolean;
}

/**
 * - contextIsolation + sandbox: the page and the preload run in separate JavaScript worlds,
 *   and the renderer process has no Node.js and no OS access; it can only call the bridge.
 * - nodeIntegration off everywhere, including workers and subframes.
 * - webSecurity on, no insecure content, no <webview>, no experimental Blink features.
 * - navigateOnDragDrop off: dropping a file on the window must not navigate away from the app.
 * - spellcheck off: Chromium would download spelling dictionaries from the internet, and the
 *   app makes no network requests at all.
 * - safeDialogs: a page cannot flood the user with alert() dialogs.
 * - devTools only in unpackaged (development) builds.
 */
export function secureWebPreferences(
  preloadPath: string,
  options: { devTools?: boolean } = {},
): SecureWebPreferences {
  return {
    preload: preloadPath,
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
    devTools: options.devTools ?? false,
  };
}

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export type NavigationDecision = { readonly allow: false };

/**
 * Every navigation is denied: the app is one page loaded once by the main process (which
 * Electron does not report as `will-navigate`). Client-side routing uses the History API and
 * hash changes, which are same-document and do not fire `will-navigate` at all.
 */
export function decideNavigation(_url: string): NavigationDecision {
  return { allow: false };
}

/**
 * Subframes may only load documents we generate ourselves (a PDF preview from a `blob:` URL
 * of our origin, or an empty frame). Every other subframe navigation is denied.
 */
export function decideSubframeNavigation(url: string): { readonly allow: boolean } {
  if (url === 'about:blank' || url === 'about:srcdoc') return { allow: true };
  return { allow: isOwnBlobUrl(url) };
}

/**
 * New windows are always denied, and nothing is handed to the OS instead: the app has no
 * links to the outside (no `shell.openExternal` anywhere, no bridge channel for it), so a
 * page that tries `window.open('https://…')` or a `target=_blank` link opens nothing at all.
 */
export function decideWindowOpen(_url: string): { readonly action: 'deny' } {
  return { action: 'deny' };
}

/**
 * The one permission the app uses: `clipboard-sanitized-write`, which Chromium checks before
 * `navigator.clipboard.writeText` (the Copy buttons: an invitation's e-mail text, the
 * deelsleutel). It is write-only and sanitized (plain text, no reading back), and granted
 * only to the main frame of a page of our own origin. Reading the clipboard is not it.
 */
export const GRANTED_PERMISSION = 'clipboard-sanitized-write';

/** Who asks: the frame's last URL (absent for checks not made by a document) and whether it is the main frame. */
export interface PermissionContext {
  readonly requestingUrl: string | undefined;
  readonly isMainFrame: boolean;
}

/**
 * Camera, microphone, notifications, geolocation, clipboard reading, fullscreen, USB, ...:
 * all denied. Only GRANTED_PERMISSION is granted, and only to our own main frame; a subframe
 * (a PDF preview), a blob: document or any other origin is refused it too.
 */
export function decidePermission(permission: string, context: PermissionContext): boolean {
  if (permission !== GRANTED_PERMISSION || !context.isMainFrame) return false;
  const parsed = parseUrl(context.requestingUrl);
  return parsed !== null && isOwnAppUrl(parsed);
}

/**
 * Reads the two fields from Electron's details object, whatever else it carries. A check may
 * come without `requestingUrl`; then the origin Electron passes to the check handler stands in.
 */
function permissionContext(details: unknown, requestingOrigin?: string): PermissionContext {
  if (typeof details !== 'object' || details === null)
    return { requestingUrl: undefined, isMainFrame: false };
  const requestingUrl: unknown = Reflect.get(details, 'requestingUrl');
  const isMainFrame: unknown = Reflect.get(details, 'isMainFrame');
  return {
    requestingUrl: typeof requestingUrl === 'string' ? requestingUrl : requestingOrigin,
    isMainFrame: isMainFrame === true,
  };
}

function isOwnAppUrl(parsed: URL): boolean {
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

function isOwnBlobUrl(url: string): boolean {
  if (!url.startsWith('blob:')) return false;
  const inner = parseUrl(url.slice('blob:'.length));
  return inner !== null && isOwnAppUrl(inner);
}

/**
 * The network filter: requests may go only to our own origin, to blob: URLs it created, to
 * data: URLs (governed by the CSP), and to the developer tools (only present in development
 * builds). http(s), ws(s), file, ftp and everything else are cancelled. The CSP says the same;
 * this is the second, independent wall.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isOwnBlobUrl(url);
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol === 'devtools:') return true;
  return isOwnAppUrl(parsed);
}

/** A cancellable Electron event. */
interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents that `hardenWebContents` wires up. */
export interface HardenableWebContents {
  on(
    event: 'will-navigate',
    listener: (event: PreventableEvent & { url: string }) => void,
  ): unknown;
  on(
    event: 'will-redirect',
    listener: (event: PreventableEvent & { url: string }) => void,
  ): unknown;
  on(
    event: 'will-frame-navigate',
    listener: (event: PreventableEvent & { url: string; isMainFrame: boolean }) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Applied to EVERY web contents the app creates (via `app.on('web-contents-created')`), so
 * subframes and any unexpected window get the same treatment as the main window.
 */
export function hardenWebContents(contents: HardenableWebContents): void {
  contents.on('will-navigate', (event) => {
    if (!decideNavigation(event.url).allow) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!decideNavigation(event.url).allow) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    const allowed = event.isMainFrame
      ? decideNavigation(event.url).allow
      : decideSubframeNavigation(event.url).allow;
    if (!allowed) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => decideWindowOpen(url));
}

/** The part of Electron's Session that `hardenSession` wires up. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: unknown,
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      webContents: unknown,
      permission: string,
      requestingOrigin: string,
      details: unknown,
    ) => boolean,
  ): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  setDisplayMediaRequestHandler?(
    handler: (request: unknown, callback: (streams: null) => void) => void,
  ): void;
  setSpellCheckerEnabled?(enable: boolean): void;
  on(event: 'will-download', listener: (event: PreventableEvent) => void): unknown;
  readonly webRequest: {
    onBeforeRequest(
      listener: (
        details: { url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void;
  };
}

/**
 * Applied to every session: all permission requests and checks are denied except the
 * sanitized clipboard write of our own main frame (also USB, HID, serial and screen capture
 * are denied), the spell checker stays off (no dictionary downloads), downloads are cancelled
 * (files leave the app only through the save dialog of the bridge) and every request outside
 * our origin is cancelled. Chromium asks the check handler first and the request handler when
 * the check says no, so both answer the same.
 */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(decidePermission(permission, permissionContext(details)));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    decidePermission(permission, permissionContext(details, requestingOrigin)),
  );
  session.setDevicePermissionHandler(() => false);
  if (session.setDisplayMediaRequestHandler !== undefined) {
    session.setDisplayMediaRequestHandler((_request, callback) => {
      callback(null);
    });
  }
  if (session.setSpellCheckerEnabled !== undefined) session.setSpellCheckerEnabled(false);
  session.on('will-download', (event) => {
    event.preventDefault();
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}
