// Runs in: renderer.
//
// The renderer-side guard for links that leave the app. The main process has its own guard;
// this one lets the BrowserHost refuse the same URLs, so both hosts behave alike.

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'mailto:']);

/** True only for a well-formed https: or mailto: URL. */
export function isAllowedExternalUrl(url: string): boolean {
  if (url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return ALLOWED_PROTOCOLS.has(parsed.protocol);
}
