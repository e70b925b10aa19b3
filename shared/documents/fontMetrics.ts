// Runs in: any environment.
//
// Parsed document fonts and their text widths, kept for the whole session. Parsing a 750 KB
// TrueType font and building fontkit's shaping tables (cmap, GSUB, GPOS) cost far more than
// laying out a letter, and line breaking used to shape every candidate line again, word after
// word. Here each font is parsed once per byte array (the renderer loads the bytes once), and
// a word's width is shaped once and remembered, so wrapping a paragraph costs one Map lookup
// per word. pdf-lib is handed the same parsed font (cachingFontkit), so it does not parse it
// again for every document.
import fontkit from '@cantoo/fontkit';
import type { Font } from '@cantoo/fontkit';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { bidiFont } from './bidi';

/** pdf-lib's fontkit interface (not exported by the package under a name). */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** Words remembered per font before the cache starts afresh (a long session stays bounded). */
const MAX_CACHED_WORDS = 50_000;

const parsed = new WeakMap<Uint8Array, Font>();

/** The parsed font for these bytes, parsed on first use; a collection is refused. */
export function parsedFont(bytes: Uint8Array): Font {
  const cached = parsed.get(bytes);
  if (cached !== undefined) return cached;
  const font = fontkit.create(bytes);
  if (!('hasGlyphForCodePoint' in font))
    throw new Error('the document font must be a single TrueType face, not a collection');
  parsed.set(bytes, font);
  return font;
}

const forPdfLib = new WeakMap<Uint8Array, Font>();

/**
 * A fontkit for pdf-lib's registerFontkit that returns the session's parsed font instead of
 * parsing the bytes again, wrapped so every drawn line is laid out bidirectionally (bidi.ts).
 * pdf-lib only reads the font and creates its own subset from it.
 */
export const cachingFontkit: Fontkit = {
  create: (bytes) => {
    let font = forPdfLib.get(bytes);
    if (font === undefined) {
      font = bidiFont(parsedFont(bytes));
      forPdfLib.set(bytes, font);
    }
    return font;
  },
};

/** Glyph coverage and widths of one font, as pdf-lib measures them (sum of the shaped glyphs' advances). */
export class FontMetrics {
  private readonly glyphs = new Map<number, boolean>();
  private readonly words = new Map<string, number>();
  /** Read once: fontkit decodes the head table behind this getter. */
  private readonly unitsPerEm: number;

  constructor(private readonly font: Font) {
    this.unitsPerEm = font.unitsPerEm;
  }

  hasGlyph(codePoint: number): boolean {
    let has = this.glyphs.get(codePoint);
    if (has === undefined) {
      has = this.font.hasGlyphForCodePoint(codePoint);
      this.glyphs.set(codePoint, has);
    }
    return has;
  }

  /**
   * The width in points of text without spaces (a word or part of one). Shaping does not act
   * across a space in a Latin text font, so a line's width is the sum of its words and spaces.
   */
  width(text: string, size: number): number {
    let units = this.words.get(text);
    if (units === undefined) {
      units = 0;
      for (const glyph of this.font.layout(text).glyphs) units += glyph.advanceWidth;
      if (this.words.size >= MAX_CACHED_WORDS) this.words.clear();
      this.words.set(text, units);
    }
    return (units * size) / this.unitsPerEm;
  }
}

const metrics = new WeakMap<Uint8Array, FontMetrics>();

/** The session's metrics for the font in these bytes. */
export function fontMetrics(bytes: Uint8Array): FontMetrics {
  let m = metrics.get(bytes);
  if (m === undefined) {
    m = new FontMetrics(parsedFont(bytes));
    metrics.set(bytes, m);
  }
  return m;
}
