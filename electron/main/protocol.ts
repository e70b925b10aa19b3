// Runs in: Electron main process.
//
// Serves the renderer from one privileged custom origin, app://zorgtafel, in development
// and in production alike. IndexedDB (the encrypted vault) belongs to the page's origin,
// so this origin must never change once users have data. The URL-to-file mapping is a
// pure function with a strict path-traversal guard so it can be tested without Electron.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'zorgtafel';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The document the window loads; every route of the single-page app falls back to it. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The part of Electron's `protocol` module used before `ready`. */
export interface SchemeRegistrar {
  registerSchemesAsPrivileged(
    schemes: {
      scheme: string;
      privileges?: {
        standard?: boolean;
        secure?: boolean;
        supportFetchAPI?: boolean;
        codeCache?: boolean;
      };
    }[],
  ): void;
}

/** The part of Electron's `protocol` module used after `ready`. */
export interface ProtocolHandlerRegistry {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

/**
 * Must run before `app` is ready. `standard` gives the scheme a real origin (so IndexedDB,
 * localStorage and relative URLs work), `secure` makes it a secure context (WebCrypto needs
 * one), `supportFetchAPI` lets the page fetch its own assets (WebAssembly), `codeCache` keeps
 * start-up fast. Deliberately NOT granted: `bypassCSP`, `corsEnabled`, `allowServiceWorkers`,
 * `stream`.
 */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export type AppRequestResolution =
  | { readonly kind: 'file'; readonly path: string; readonly mimeType: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'forbidden' };

/**
 * The file types the renderer bundle consists of. Anything else is not served at all:
 * with `X-Content-Type-Options: nosniff` a wrong type would break loading anyway.
 */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // WebAssembly.instantiateStreaming requires exactly this type (hash-wasm, Argon2id).
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
};

/** Control characters (NUL included) and DEL; checked by code point, not by regex. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Backslash (a separator on Windows) and the characters Windows reserves in file names. */
const FORBIDDEN_PATH_CHARS = /[\\:*?"<>|]/;

/** Windows device names: `CON.js` opens the console, not a file, on older Windows versions. */
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i;

/** Splits `scheme://authority/path?query#fragment` without normalising anything. */
const RAW_URL = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?[^#]*)?(?:#.*)?$/;

/**
 * Maps a request URL to a file under `rootDir`, refusing anything that could escape it.
 *
 * The raw string is inspected BEFORE any URL normalisation: Chromium already collapses
 * `..` segments, but this guard does not rely on that. It refuses other schemes and hosts,
 * `.` and `..` segments, percent-encoded separators or dots that decode to traversal,
 * double encoding, backslashes, NUL and other control characters, drive letters, empty
 * segments (`//etc`), Windows device names and trailing dots. Finally the resolved path must
 * still lie inside `rootDir`.
 * Paths without a file extension are client-side routes and get index.html.
 */
export function resolveAppRequest(url: string, rootDir: string): AppRequestResolution {
  const forbidden = { kind: 'forbidden' } as const;
  if (
    typeof url !== 'string' ||
    url.length > 4096 ||
    hasControlCharacter(url) ||
    url.includes('\\')
  )
    return forbidden;

  const match = RAW_URL.exec(url);
  if (match === null) return forbidden;
  const [, scheme = '', authority = '', rawPath = ''] = match;
  if (scheme.toLowerCase() !== APP_SCHEME) return forbidden;
  // Exactly our host: no port, no credentials, no look-alike.
  if (authority.toLowerCase() !== APP_HOST) return forbidden;

  // Encoded separators and encoded dots have no business in our asset URLs.
  if (/%(?:2f|5c|2e|00)/i.test(rawPath)) return forbidden;

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return forbidden;
  }
  // Anything still looking encoded after one decode is double encoding.
  if (decoded.includes('%')) return forbidden;
  if (hasControlCharacter(decoded) || FORBIDDEN_PATH_CHARS.test(decoded)) return forbidden;

  const trimmed = decoded === '' || decoded === '/' ? '/index.html' : decoded;
  if (!trimmed.startsWith('/')) return forbidden;
  const segments = trimmed.slice(1).split('/');
  // A trailing slash (`/leerlingen/`) is a route; an empty segment elsewhere is not.
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return forbidden;
    if (segment.trim() !== segment || segment.endsWith('.')) return forbidden;
    if (WINDOWS_DEVICE_NAME.test(segment)) return forbidden;
  }

  const last = segments[segments.length - 1] ?? '';
  const extension = path.extname(last).toLowerCase();
  const relativeSegments = extension === '' ? ['index.html'] : segments;
  const fileExtension = extension === '' ? '.html' : extension;

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...relativeSegments);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return forbidden;

  const mimeType = MIME_TYPES[fileExtension];
  if (mimeType === undefined) return { kind: 'not-found' };
  return { kind: 'file', path: resolved, mimeType };
}

/**
 * Headers on every response from our origin. The CSP is also in index.html as a <meta>
 * tag, but only the header can carry `frame-ancestors`, and a header cannot be removed
 * by anything inside the page.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  // Powerful features switched off for every frame. Only names Chromium knows: an unknown
  // feature name is logged as a console error on every page load.
  'Permissions-Policy': [
    'camera=()',
    'microphone=()',
    'geolocation=()',
    'usb=()',
    'serial=()',
    'hid=()',
    'bluetooth=()',
    'midi=()',
    'payment=()',
    'display-capture=()',
    'screen-wake-lock=()',
    'idle-detection=()',
    'clipboard-read=()',
    'accelerometer=()',
    'gyroscope=()',
    'magnetometer=()',
    'publickey-credentials-get=()',
  ].join(', '),
  'Cache-Control': 'no-cache',
};

/** Reads a file; injected so the handler can be tested without touching the disk. */
export type FileReader = (filePath: string) => Promise<Uint8Array>;

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Answers one request for our scheme. Exported for tests; never throws. */
export async function serveAppRequest(
  request: Pick<Request, 'url' | 'method'>,
  rootDir: string,
  read: FileReader = readFile,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return textResponse(405, 'Method Not Allowed');
  const resolution = resolveAppRequest(request.url, rootDir);
  switch (resolution.kind) {
    case 'forbidden':
      return textResponse(403, 'Forbidden');
    case 'not-found':
      return textResponse(404, 'Not Found');
    case 'file': {
      let body: Uint8Array;
      try {
        body = await read(resolution.path);
      } catch {
        return textResponse(404, 'Not Found');
      }
      const headers = { ...SECURITY_HEADERS, 'Content-Type': resolution.mimeType };
      // Copy into a fresh ArrayBuffer-backed view: Node's Buffer may share a pooled buffer.
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers,
      });
    }
    default: {
      const _never: never = resolution;
      return _never;
    }
  }
}

/** Installs the handler for app://zorgtafel on the session's protocol registry (after `ready`). */
export function handleAppProtocol(
  protocol: ProtocolHandlerRegistry,
  rootDir: string,
  read: FileReader = readFile,
): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rootDir, read));
}
