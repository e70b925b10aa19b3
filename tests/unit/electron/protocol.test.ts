// Runs in: Node (Vitest). The app:// protocol: the path-traversal guard and the response headers.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  handleAppProtocol,
  registerAppScheme,
  resolveAppRequest,
  SECURITY_HEADERS,
  serveAppRequest,
  type SchemeRegistrar,
} from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

const ROOT = path.resolve('/srv/zorgtafel/dist/renderer');

function resolve(url: string) {
  return resolveAppRequest(url, ROOT);
}

describe('app:// scheme registration', () => {
  it('uses one fixed origin', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('zorgtafel');
    expect(APP_ORIGIN).toBe('app://zorgtafel');
  });

  it('registers the scheme as standard and secure, and grants nothing that weakens the CSP', () => {
    const calls: Parameters<SchemeRegistrar['registerSchemesAsPrivileged']>[0][] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => calls.push(schemes) });
    expect(calls).toEqual([
      [
        {
          scheme: 'app',
          privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
        },
      ],
    ]);
    const privileges: Record<string, unknown> = { ...calls[0]?.[0]?.privileges };
    expect(privileges['bypassCSP']).toBeUndefined();
    expect(privileges['corsEnabled']).toBeUndefined();
    expect(privileges['allowServiceWorkers']).toBeUndefined();
  });
});

describe('resolveAppRequest: serving the renderer', () => {
  it('serves index.html for the root', () => {
    for (const url of ['app://zorgtafel/', 'app://zorgtafel', 'app://zorgtafel/index.html']) {
      expect(resolve(url)).toEqual({
        kind: 'file',
        path: path.join(ROOT, 'index.html'),
        mimeType: 'text/html; charset=utf-8',
      });
    }
  });

  it('serves assets with the right MIME type', () => {
    const cases: [string, string, string][] = [
      [
        'app://zorgtafel/assets/index-BxY_z12.js',
        'assets/index-BxY_z12.js',
        'text/javascript; charset=utf-8',
      ],
      ['app://zorgtafel/assets/index-abc.css', 'assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://zorgtafel/assets/argon2-1f.wasm', 'assets/argon2-1f.wasm', 'application/wasm'],
      [
        'app://zorgtafel/assets/roboto-latin-400.woff2',
        'assets/roboto-latin-400.woff2',
        'font/woff2',
      ],
      ['app://zorgtafel/favicon.svg', 'favicon.svg', 'image/svg+xml'],
      ['app://zorgtafel/icon.png?v=2#top', 'icon.png', 'image/png'],
      ['app://zorgtafel/fonts/Noto%20Sans.ttf', 'fonts/Noto Sans.ttf', 'font/ttf'],
    ];
    for (const [url, file, mimeType] of cases) {
      expect(resolve(url)).toEqual({ kind: 'file', path: path.join(ROOT, file), mimeType });
    }
  });

  it('falls back to index.html for client-side routes (no file extension)', () => {
    for (const url of [
      'app://zorgtafel/leerlingen',
      'app://zorgtafel/overleggen/123',
      'app://zorgtafel/instellingen/',
    ]) {
      expect(resolve(url)).toEqual({
        kind: 'file',
        path: path.join(ROOT, 'index.html'),
        mimeType: 'text/html; charset=utf-8',
      });
    }
  });

  it('does not serve file types that are not part of the bundle', () => {
    expect(resolve('app://zorgtafel/secrets.exe')).toEqual({ kind: 'not-found' });
    expect(resolve('app://zorgtafel/data.sqlite')).toEqual({ kind: 'not-found' });
  });
});

describe('resolveAppRequest: the path-traversal guard', () => {
  const forbidden = { kind: 'forbidden' };

  it('refuses `..` traversal', () => {
    for (const url of [
      'app://zorgtafel/../etc/passwd',
      'app://zorgtafel/assets/../../main.js',
      'app://zorgtafel/assets/..',
      'app://zorgtafel/./index.html',
    ]) {
      expect(resolve(url), url).toEqual(forbidden);
    }
  });

  it('refuses percent-encoded traversal and separators', () => {
    for (const url of [
      'app://zorgtafel/%2e%2e/%2e%2e/etc/passwd',
      'app://zorgtafel/%2E%2E/secret.json',
      'app://zorgtafel/.%2e/secret.json',
      'app://zorgtafel/..%2fsecret.json',
      'app://zorgtafel/assets%2f..%2f..%2fmain.js',
      'app://zorgtafel/assets%2F..%2F..%2Fmain.js',
      'app://zorgtafel/..%5c..%5cwindows%5cwin.ini',
      'app://zorgtafel/%5C%5Cserver%5Cshare.txt',
    ]) {
      expect(resolve(url), url).toEqual(forbidden);
    }
  });

  it('refuses double encoding', () => {
    for (const url of [
      'app://zorgtafel/%252e%252e/%252e%252e/etc/passwd',
      'app://zorgtafel/%252fetc%252fpasswd',
      'app://zorgtafel/%25%32%65%25%32%65/x.js',
    ]) {
      expect(resolve(url), url).toEqual(forbidden);
    }
  });

  it('refuses backslashes, NUL and control characters', () => {
    for (const url of [
      'app://zorgtafel/..\\..\\windows\\win.ini',
      'app://zorgtafel/assets\\index.js',
      'app://zorgtafel/index.html\u0000.png',
      'app://zorgtafel/index.html%00.png',
      'app://zorgtafel/a%0ab.js',
      'app://zorgtafel/a\nb.js',
    ]) {
      expect(resolve(url), JSON.stringify(url)).toEqual(forbidden);
    }
  });

  it('refuses absolute paths and drive letters', () => {
    for (const url of [
      'app://zorgtafel//etc/passwd',
      'app://zorgtafel///etc/passwd',
      'app://zorgtafel/C:/Windows/win.ini',
      'app://zorgtafel/C%3A/Windows/win.ini',
      'app://zorgtafel/assets//index.js',
    ]) {
      expect(resolve(url), url).toEqual(forbidden);
    }
  });

  it('refuses Windows device names and trailing dots', () => {
    for (const url of [
      'app://zorgtafel/CON.js',
      'app://zorgtafel/assets/nul.css',
      'app://zorgtafel/com1',
      'app://zorgtafel/index.html.',
    ]) {
      expect(resolve(url), url).toEqual(forbidden);
    }
    expect(resolve('app://zorgtafel/assets/console.js').kind).toBe('file');
  });

  it('refuses unknown hosts, ports, credentials and other schemes', () => {
    for (const url of [
      'app://other/index.html',
      'app://zorgtafel.evil.example/index.html',
      'app://zorgtafel:8080/index.html',
      'app://user@zorgtafel/index.html',
      'app:///index.html',
      'https://zorgtafel/index.html',
      'file:///etc/passwd',
      'file://zorgtafel/index.html',
      'http://localhost:5173/index.html',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(resolve(url), url).toEqual(forbidden);
    }
  });

  it('never resolves outside the root, whatever the input', () => {
    const samples = [
      'app://zorgtafel/a/b/c.js',
      'app://zorgtafel/...js',
      'app://zorgtafel/....//x.js',
      'app://zorgtafel/%2e.js',
      'app://zorgtafel/a/.../b.js',
    ];
    for (const url of samples) {
      const result = resolve(url);
      if (result.kind === 'file') {
        const relative = path.relative(ROOT, result.path);
        expect(relative.startsWith('..') || path.isAbsolute(relative), url).toBe(false);
      }
    }
  });
});

describe('serveAppRequest and handleAppProtocol', () => {
  const files = new Map<string, Uint8Array>([
    [
      path.join(ROOT, 'index.html'),
      new TextEncoder().encode('<!doctype html><title>Zorgtafel</title>'),
    ],
    [path.join(ROOT, 'assets', 'app.js'), new TextEncoder().encode('export {};')],
  ]);
  const read = (filePath: string): Promise<Uint8Array> => {
    const bytes = files.get(filePath);
    return bytes === undefined ? Promise.reject(new Error('ENOENT')) : Promise.resolve(bytes);
  };

  it('answers with the file, its type and every security header', async () => {
    const response = await serveAppRequest(
      { url: 'app://zorgtafel/assets/app.js', method: 'GET' },
      ROOT,
      read,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export {};');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    const permissions = response.headers.get('Permissions-Policy') ?? '';
    for (const feature of [
      'camera=()',
      'microphone=()',
      'geolocation=()',
      'usb=()',
      'display-capture=()',
    ]) {
      expect(permissions).toContain(feature);
    }
  });

  it('serves the SPA fallback', async () => {
    const response = await serveAppRequest(
      { url: 'app://zorgtafel/leerlingen/42', method: 'GET' },
      ROOT,
      read,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
  });

  it('answers 403 for traversal, 404 for missing files, 405 for other methods, always with the CSP', async () => {
    const forbidden = await serveAppRequest(
      { url: 'app://zorgtafel/%2e%2e/secret.json', method: 'GET' },
      ROOT,
      read,
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    const missing = await serveAppRequest(
      { url: 'app://zorgtafel/assets/gone.js', method: 'GET' },
      ROOT,
      read,
    );
    expect(missing.status).toBe(404);
    const post = await serveAppRequest(
      { url: 'app://zorgtafel/index.html', method: 'POST' },
      ROOT,
      read,
    );
    expect(post.status).toBe(405);
    for (const response of [missing, post]) {
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
  });

  it('registers the handler for the app scheme only', async () => {
    const handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
    handleAppProtocol({ handle: (scheme, handler) => handlers.set(scheme, handler) }, ROOT, read);
    expect([...handlers.keys()]).toEqual(['app']);
    const handler = handlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler?.(new Request('app://zorgtafel/index.html'));
    expect(response?.status).toBe(200);
  });

  it('sends the same headers the protocol module documents', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});
