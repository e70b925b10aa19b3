// Runs in: Node (test tooling).
//
// The session's font metrics must measure exactly what pdf-lib measures (line breaks depend
// on it), the parsed font is reused, and wrapping by word widths breaks lines exactly where
// measuring every candidate line did.
import fc from 'fast-check';
import fontkit from '@cantoo/fontkit';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { cachingFontkit, fontMetrics, parsedFont } from '../../../shared/documents/fontMetrics';
import { wrapText } from '../../../shared/documents/pdf';
import { loadDocumentFonts } from '../../helpers/pdfText';

const fonts = loadDocumentFonts();
const SAMPLES = [
  'Zoë',
  'Ĳsselstein',
  'Şükrü',
  'Yıldız',
  'Łucja',
  'coördinator',
  'ruïne',
  'fijn',
  'office',
  'AVATAR',
  'Wijkteam Ĳsselstein-Noord',
  'VERTROUWELIJK',
  'Pagina 1 van 3',
];

describe('fontMetrics', () => {
  it('measures words as pdf-lib does, in both fonts and at any size', async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    for (const bytes of [fonts.regular, fonts.bold]) {
      const pdfFont = await doc.embedFont(bytes, { subset: true });
      for (const text of SAMPLES) {
        for (const size of [6.5, 8, 10.5, 16])
          expect(fontMetrics(bytes).width(text, size)).toBeCloseTo(
            pdfFont.widthOfTextAtSize(text, size),
            9,
          );
      }
    }
  });

  it('a line is as wide as its words and spaces, as the line breaking assumes', () => {
    const m = fontMetrics(fonts.regular);
    const line = SAMPLES.join(' ');
    const summed =
      SAMPLES.reduce((sum, word) => sum + m.width(word, 10), 0) +
      (SAMPLES.length - 1) * m.width(' ', 10);
    expect(summed).toBeCloseTo(m.width(line, 10), 9);
  });

  it('parses a font once per byte array and hands pdf-lib that same font', () => {
    expect(parsedFont(fonts.regular)).toBe(parsedFont(fonts.regular));
    // pdf-lib gets the parsed font behind the bidirectional layout (bidi.ts), once per byte array.
    const forPdfLib = cachingFontkit.create(fonts.regular);
    expect(forPdfLib).toBe(cachingFontkit.create(fonts.regular));
    expect(forPdfLib).toHaveProperty('unitsPerEm', parsedFont(fonts.regular).unitsPerEm);
    expect(fontMetrics(fonts.bold)).toBe(fontMetrics(fonts.bold));
  });

  it('knows which characters the font can draw', () => {
    const m = fontMetrics(fonts.regular);
    expect(m.hasGlyph('ĳ'.codePointAt(0) ?? 0)).toBe(true);
    expect(m.hasGlyph('🙂'.codePointAt(0) ?? 0)).toBe(false);
  });
});

/** The line breaking as it was: every candidate line measured, long words cut one character at a time. */
function referenceWrap(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (measure(rest) > maxWidth && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

describe('wrapText by word widths', () => {
  it('breaks exactly where measuring whole lines did (character widths vary)', () => {
    const widths: Record<string, number> = { i: 1, l: 1, m: 3, w: 3, ' ': 1 };
    const measure = (s: string): number => [...s].reduce((sum, c) => sum + (widths[c] ?? 2), 0);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ailmwxyz \n]{0,200}$/),
        fc.integer({ min: 2, max: 50 }),
        (text, width) => {
          expect(wrapText(text, width, measure)).toEqual(referenceWrap(text, width, measure));
        },
      ),
    );
  });

  it('breaks a real paragraph in the document font exactly as before', () => {
    const m = fontMetrics(fonts.regular);
    const measure = (s: string): number => m.width(s, 10.5);
    const text = `${SAMPLES.join(' ')} ${'Ĳsselsteinseweg'.repeat(12)} en verder.\nTweede alinea met Zoë.`;
    for (const width of [60, 150, 333, 483])
      expect(wrapText(text, width, measure)).toEqual(referenceWrap(text, width, measure));
  });
});
