// Runs in: Node (test tooling).
//
// Extracts the text of each page of a PDF with Mozilla's pdf.js, so tests check what a
// reader's PDF viewer really shows (glyphs mapped back to Unicode), not what we meant to draw.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  readonly pages: readonly string[];
  readonly title: string | undefined;
  /** All pages joined with newlines. */
  readonly text: string;
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of the buffer it is given; hand it a copy.
  const doc = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const parts: string[] = [];
    for (const item of content.items) {
      if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : ' ');
    }
    pages.push(parts.join('').normalize('NFC'));
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: unknown };
  await doc.destroy();
  return {
    pages,
    title: typeof info.Title === 'string' ? info.Title : undefined,
    text: pages.join('\n'),
  };
}

/** The app's bundled fonts, read from resources/fonts. */
export function loadDocumentFonts(): { regular: Uint8Array; bold: Uint8Array } {
  const dir = fileURLToPath(new URL('../../resources/fonts/', import.meta.url));
  return {
    regular: new Uint8Array(readFileSync(`${dir}DejaVuSans.ttf`)),
    bold: new Uint8Array(readFileSync(`${dir}DejaVuSans-Bold.ttf`)),
  };
}
