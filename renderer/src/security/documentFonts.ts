// Runs in: renderer.
//
// The TrueType fonts for generated PDFs. They are bundled into a separate chunk as data
// URLs (Vite's ?inline) and loaded on first use: the app's CSP forbids fetch() even of its
// own files (connect-src 'none'), and most sessions never print.
import { fromBase64 } from '../../../shared/crypto/bytes';
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
  ]).then(([regular, bold]) => ({ regular: dataUrlBytes(regular.default), bold: dataUrlBytes(bold.default) }));
  return cached;
}
