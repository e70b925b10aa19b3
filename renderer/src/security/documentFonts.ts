// Runs in: renderer.
//
// The TrueType fonts for generated PDFs. They are bundled into a separate chunk as data
// URLs (Vite's ?inline) and loaded on first use: the app's CSP forbids fetch() even of its
// own files (connect-src 'none'), and most sessions never print. The decoded bytes are kept
// for the session, and with them the parsed fonts and measured words (shared/documents/
// fontMetrics.ts), so only the first document of a session pays for loading and parsing.
// A screen that offers a PDF calls prepareDocumentFonts() when it opens, so even that first
// document does not wait for the fonts after the click.
import { fromBase64 } from '../../../shared/crypto/bytes';
import { fontMetrics } from '../../../shared/documents/fontMetrics';
import type { DocumentFonts } from '../../../shared/documents/pdf';

let cached: Promise<DocumentFonts> | null = null;

function dataUrlBytes(url: string): Uint8Array {
  const comma = url.indexOf(',');
  return fromBase64(url.slice(comma + 1));
}

/** Loads (once) the regular and bold document fonts. */
export function loadDocumentFonts(): Promise<DocumentFonts> {
  cached ??= Promise.all([
    import('../../../resources/fonts/DejaVuSans.ttf?inline'),
    import('../../../resources/fonts/DejaVuSans-Bold.ttf?inline'),
  ]).then(([regular, bold]) => ({
    regular: dataUrlBytes(regular.default),
    bold: dataUrlBytes(bold.default),
  }));
  return cached;
}

/** Runs `work` when the page is idle (or soon, where idle callbacks do not exist). */
function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(work, { timeout: 2000 });
  else window.setTimeout(work, 200);
}

/**
 * Loads the fonts in the background and, when the page is idle, parses them and builds their
 * shaping tables by measuring a word with diacritics. Safe to call on every mount: the work
 * happens once per session. Failures are left to the export itself, which reports them.
 */
export function prepareDocumentFonts(): void {
  loadDocumentFonts().then(
    (fonts) =>
      whenIdle(() => {
        fontMetrics(fonts.regular).width('Zoë Ĳsselstein', 10);
        fontMetrics(fonts.bold).width('Zoë Ĳsselstein', 10);
      }),
    () => undefined,
  );
}
