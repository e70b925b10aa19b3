// Runs in: any environment.
//
// Bidirectional text for the PDF documents. fontkit lays a string out in one direction, taken
// from the first script it finds: a line that starts with an Arabic name came out entirely
// right to left, Dutch words included (issue 14). Here each drawn line is resolved with the
// Unicode Bidirectional Algorithm (bidi-js, UAX #9) with a left-to-right paragraph direction
// (the documents are Dutch), cut into runs of one direction in visual order, and each run is
// shaped by fontkit in its own direction (Arabic joining forms come from the font's GSUB).
// bidiFont wraps a parsed font so pdf-lib draws every line through this: there is no other
// way to put text on a page, so every document, header and signature block gets it.
import bidiFactory from 'bidi-js';
import type { Font, Glyph } from '@cantoo/fontkit';

const bidi = bidiFactory();

/**
 * Characters whose bidi class is R, AL or AN, or that start a right-to-left embedding,
 * override or isolate (Hebrew, Arabic, Syriac, Thaana, NKo, … and their presentation forms,
 * the historic right-to-left scripts in U+10800–U+10FFF and U+1E800–U+1EFFF). A line without
 * any of them resolves to level 0 throughout, so it skips the algorithm.
 */
const RIGHT_TO_LEFT =
  /[\u0590-\u08FF\u200F\u202B\u202E\u2067\uFB1D-\uFDFF\uFE70-\uFEFF]|[\uD802\uD803\uD83A\uD83B][\uDC00-\uDFFF]/;

/** A stretch of a line in one direction; runs are listed in visual order, left to right. */
export interface VisualRun {
  /** The run's characters in logical order; right-to-left runs have mirrored brackets. */
  readonly text: string;
  readonly rtl: boolean;
}

export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}

/** The runs of one line (no line breaks in it) in visual order, by UAX #9 with a left-to-right paragraph. */
export function visualRuns(line: string): VisualRun[] {
  if (!hasRightToLeft(line)) return [{ text: line, rtl: false }];
  const levels = bidi.getEmbeddingLevels(line, 'ltr');
  const order = bidi.getReorderedIndices(line, levels);
  // The function indexes the level array itself (its README shows the result object, which yields no mirroring).
  const mirrored = bidi.getMirroredCharactersMap(line, levels.levels);
  const runs: VisualRun[] = [];
  let start = 0;
  while (start < order.length) {
    const first = order[start] ?? 0;
    const rtl = ((levels.levels[first] ?? 0) & 1) === 1;
    // A run continues while the visual order walks the logical order in its direction.
    let end = start + 1;
    while (
      end < order.length &&
      order[end] === first + (rtl ? start - end : end - start) &&
      (((levels.levels[order[end] ?? 0] ?? 0) & 1) === 1) === rtl
    )
      end++;
    const from = rtl ? (order[end - 1] ?? 0) : first;
    const to = rtl ? first : (order[end - 1] ?? 0);
    let text = '';
    for (let i = from; i <= to; i++) text += mirrored.get(i) ?? line[i] ?? '';
    runs.push({ text, rtl });
    start = end;
  }
  return runs;
}

/**
 * The glyphs of a line in visual order: each run shaped in its own direction (fontkit
 * returns a right-to-left run's glyphs already reversed, so they read right to left).
 */
export function layoutLine(
  font: Font,
  line: string,
  features?: Parameters<Font['layout']>[1],
): Glyph[] {
  const runs = visualRuns(line);
  if (runs.length === 1 && runs[0]?.rtl === false)
    return font.layout(line, features, undefined, undefined, 'ltr').glyphs;
  return runs.flatMap(
    (run) => font.layout(run.text, features, undefined, undefined, run.rtl ? 'rtl' : 'ltr').glyphs,
  );
}

/**
 * The parsed font as pdf-lib sees it, with layout replaced by layoutLine. Everything else is
 * read through to the parsed font (its lazily decoded tables stay shared, and pdf-lib's font
 * flags and subsetting see the real font).
 */
export function bidiFont(font: Font): Font {
  const layout = (text: string, features?: Parameters<Font['layout']>[1]): { glyphs: Glyph[] } => ({
    glyphs: layoutLine(font, text, features),
  });
  return new Proxy(font, {
    get(target, property): unknown {
      if (property === 'layout') return layout;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
