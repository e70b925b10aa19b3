// Runs in: any environment. Used by the Electron protocol handler (as a response header)
// and by the Vite build (as a <meta> tag), so the browser preview and the desktop app run
// under the same policy.
//
// Why each directive:
// - default-src 'none': anything not listed below is refused.
// - script-src 'self' 'wasm-unsafe-eval': our own bundles only; WebAssembly compilation is
//   needed by the Argon2id key derivation (hash-wasm). No 'unsafe-eval', no inline scripts.
// - style-src 'self' 'unsafe-inline': MUI's emotion injects <style> tags at run time.
// - img-src/font-src 'self' data: blob:: bundled assets and generated previews only.
// - worker-src 'self' blob:: crypto work (scrypt, Argon2id) runs off the UI thread.
// - connect-src 'none': the app makes no network requests at all, not even to itself.
// - frame-src 'self' blob:: generated PDFs are previewed in a frame from a blob: URL.
// - object-src/base-uri/form-action/frame-ancestors/manifest-src/media-src 'none': no plugins,
//   no base rewriting, no form posts, never framed by another origin.

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'none'"],
  'frame-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'manifest-src': ["'none'"],
  'media-src': ["'none'"],
};

/** Directives that browsers ignore in a <meta> tag and that only work as a header. */
const HEADER_ONLY = new Set(['frame-ancestors']);

function serialise(skip: ReadonlySet<string>): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => !skip.has(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The policy as sent in the Content-Security-Policy response header. */
export const CONTENT_SECURITY_POLICY = serialise(new Set());

/** The policy for a <meta http-equiv> tag (header-only directives left out). */
export const CONTENT_SECURITY_POLICY_META = serialise(HEADER_ONLY);
