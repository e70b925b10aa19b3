// Runs in: any environment.
//
// A small layout engine on top of pdf-lib for every document Zorgtafel prints: recovery
// sheets, consent forms, agendas, minutes and referral letters. It takes a list of blocks
// and lays them out on A4 pages with a header (school, title, "VERTROUWELIJK") and a footer
// (page numbers, document id, fingerprint). The font is embedded (subset) so Dutch and other
// diacritics (ë, ĳ, ş, ł, …) render exactly; pdf-lib's standard fonts only know WinAnsi.
// Images (a school logo) are PNG or JPEG bytes, embedded once and scaled to fit a box.
// Fonts are parsed, and words measured, once per session (fontMetrics.ts): a letter then
// costs its layout and the subset, not a parse of 1.4 MB of fonts and a shaping per candidate line.
// Every line is drawn right-to-left-aware (bidi.ts). The layout rules, the fonts, the placeholder
// for characters they cannot draw and the bidi handling are described in docs/documents.md.
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from '@cantoo/pdf-lib';
import { cachingFontkit, fontMetrics, type FontMetrics } from './fontMetrics';

/** TrueType font files for regular and bold text (see resources/fonts). */
export interface DocumentFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/** One piece of content, laid out top to bottom. */
export type Block =
  | { readonly kind: 'heading'; readonly text: string; readonly level: 1 | 2 }
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      readonly bold?: boolean;
      readonly size?: number;
    }
  | {
      readonly kind: 'fields';
      readonly rows: readonly { readonly label: string; readonly value: string }[];
    }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'box'; readonly text: string; readonly size: number }
  | {
      readonly kind: 'signatures';
      readonly signers: readonly { readonly name: string; readonly role: string }[];
    }
  | { readonly kind: 'spacer'; readonly height: number }
  /** A PNG or JPEG image, scaled down (never up) to fit maxWidth × maxHeight points, keeping its shape. */
  | {
      readonly kind: 'image';
      readonly bytes: Uint8Array;
      readonly maxWidth: number;
      readonly maxHeight: number;
    }
  | { readonly kind: 'pageBreak' }
  /**
   * A table of counts: the first column holds the row labels (wrapped), the others short
   * texts drawn right-aligned. The heading row is repeated on each page the table runs onto.
   */
  | {
      readonly kind: 'table';
      /** Column headings: the first heads the row labels, the rest the count columns. */
      readonly columns: readonly string[];
      /** Each row: its label, then one text per count column. */
      readonly rows: readonly (readonly string[])[];
      /** The last row holds totals and is drawn bold. */
      readonly totalRow?: boolean;
    }
  /**
   * A horizontal bar chart: one bar per item, scaled to the largest value, with the text
   * beside it. An item without a value (a count not shown) gets its text and no bar.
   */
  | {
      readonly kind: 'bars';
      readonly items: readonly {
        readonly label: string;
        readonly value: number | null;
        readonly text: string;
      }[];
    };

/** The image format from the file's first bytes; undefined for anything but PNG and JPEG. */
export function imageFormat(bytes: Uint8Array): 'png' | 'jpeg' | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'jpeg';
  return undefined;
}

/** The drawn size of a width × height image in a maxWidth × maxHeight box: shrunk to fit, never enlarged. */
export function fitImage(
  width: number,
  height: number,
  maxWidth: number,
  maxHeight: number,
): { readonly width: number; readonly height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: width * scale, height: height * scale };
}

export interface PdfInput {
  readonly fonts: DocumentFonts;
  /** Document kind shown in the header and the PDF's title; never a pupil's name. */
  readonly title: string;
  readonly schoolName: string;
  /** Prints "VERTROUWELIJK" in the header of every page. */
  readonly confidential: boolean;
  readonly blocks: readonly Block[];
  readonly footer?: { readonly documentId?: string; readonly fingerprint?: string };
  /** Labels in the document's language; Dutch unless given. */
  readonly labels?: Partial<PdfLabels>;
}

export interface PdfLabels {
  readonly confidential: string;
  readonly page: (page: number, pages: number) => string;
  readonly documentId: string;
  readonly fingerprint: string;
  readonly signature: string;
  readonly date: string;
}

const DUTCH_LABELS: PdfLabels = {
  confidential: 'VERTROUWELIJK',
  page: (page, pages) => `Pagina ${page} van ${pages}`,
  documentId: 'Document-id',
  fingerprint: 'Vingerafdruk (SHA-256)',
  signature: 'Handtekening',
  date: 'Datum',
};

const A4 = { width: 595.28, height: 841.89 };
/** The body's margins; the header and footer sit in the top and bottom margins, within the same left and right edges. */
const MARGIN = { left: 56, right: 56, top: 80, bottom: 72 };
/** Where a label/value row's value starts, from the left margin; the label wraps within it, LABEL_GAP short of it. */
const LABEL_COLUMN = 150;
const LABEL_GAP = 10;
const BULLET_INDENT = 18;
/** Tables and bar charts: text size, the widest count column, the bar chart's label column. */
const TABLE_SIZE = 9;
const COUNT_COLUMN_MAX = 72;
const CELL_PADDING = 4;
const BAR_LABEL_COLUMN = 170;
const BAR_TEXT_WIDTH = 44;
const BAR_HEIGHT = 8;

/** The page geometry every document shares (exported for the layout tests). */
export const PAGE_GEOMETRY = {
  width: A4.width,
  height: A4.height,
  margin: MARGIN,
  /** The baselines of the header's two lines (school and "VERTROUWELIJK"; title) and the footer's two (page number; fingerprint). */
  headerBaselines: [A4.height - 44, A4.height - 57],
  footerBaselines: [40, 28],
} as const;
const TEXT = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.4, 0.4, 0.45);
const ACCENT = rgb(0.0, 0.36, 0.4);

/**
 * What is drawn for a character no document font has a glyph for (an emoji, a rare symbol): a
 * visible, neutral white square, one per user-perceived character (a family emoji or a flag
 * is one square, not five). Never "?": a question mark reads as part of the text.
 */
export const MISSING_GLYPH = '\u25A1';

/** Zero-width format characters (soft hyphen, joiners, bidi marks, variation selectors, BOM): dropped when the font has no glyph, not replaced. */
function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Makes text safe to draw: NFC-normalised (so "e" + combining diaeresis becomes "ë"),
 * control characters removed (a tab becomes a space), and each user-perceived character the
 * font cannot draw replaced by MISSING_GLYPH, so a pasted emoji can never make an export fail.
 */
export function sanitiseForFont(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = '';
  let complete = true;
  for (const char of text.normalize('NFC')) {
    const cp = char.codePointAt(0) ?? 0;
    if (char === '\n') out += '\n';
    else if (char === '\t') out += ' ';
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else if (hasGlyph(cp)) out += char;
    else {
      complete = false;
      out += char;
    }
  }
  if (complete) return out;
  // Rare: something cannot be drawn. Decide per grapheme cluster, so an emoji with a skin tone,
  // joiners or a variation selector becomes one placeholder.
  let drawn = '';
  for (const { segment } of graphemes.segment(out)) {
    const chars = [...segment];
    const visible = chars.filter((c) => !isInvisible(c.codePointAt(0) ?? 0));
    if (visible.length > 0 && !visible.every((c) => c === '\n' || hasGlyph(c.codePointAt(0) ?? 0)))
      drawn += MISSING_GLYPH;
    else drawn += chars.filter((c) => c === '\n' || hasGlyph(c.codePointAt(0) ?? 0)).join('');
  }
  return drawn;
}

/** Text cut to fit maxWidth, ending in "…" when it had to be shortened (for one-line boxes: headers, footers). */
export function fitOneLine(text: string, maxWidth: number, measure: (s: string) => number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (measure(oneLine) <= maxWidth) return oneLine;
  const chars = [...oneLine];
  let fits = 0;
  let tooWide = chars.length;
  while (tooWide - fits > 1) {
    const mid = (fits + tooWide) >>> 1;
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`) <= maxWidth) fits = mid;
    else tooWide = mid;
  }
  return `${chars.slice(0, fits).join('').trimEnd()}…`;
}

/**
 * Splits text into lines no wider than `maxWidth`, breaking very long words as needed.
 * `measure` must be additive over spaces (a line is as wide as its words and spaces), which
 * holds for the document fonts: each word is measured once, not every candidate line again.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/ +/)) {
      const wordWidth = measure(word);
      const candidateWidth = line === '' ? wordWidth : lineWidth + space + wordWidth;
      if (candidateWidth <= maxWidth) {
        line = line === '' ? word : `${line} ${word}`;
        lineWidth = candidateWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      // The word does not fit after the line: it starts a new one, cut where it is too long.
      let rest = word;
      let restWidth = wordWidth;
      while (restWidth > maxWidth && rest.length > 1) {
        const cut = longestFittingPrefix(rest, maxWidth, measure);
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
        restWidth = measure(rest);
      }
      line = rest;
      lineWidth = restWidth;
    }
    lines.push(line);
  }
  return lines;
}

/** The longest prefix (at least 1, at most all but one character) that fits, by bisection: widths grow with length. */
function longestFittingPrefix(
  word: string,
  maxWidth: number,
  measure: (s: string) => number,
): number {
  let fits = 1;
  let tooWide = word.length;
  while (tooWide - fits > 1) {
    const mid = (fits + tooWide) >>> 1;
    if (measure(word.slice(0, mid)) <= maxWidth) fits = mid;
    else tooWide = mid;
  }
  // Never cut between the two halves of a surrogate pair.
  const code = word.charCodeAt(fits - 1);
  if (code < 0xd800 || code > 0xdbff) return fits;
  return fits > 1 ? fits - 1 : fits + 1;
}

interface Cursor {
  page: PDFPage;
  y: number;
}

const BODY_HEIGHT = A4.height - MARGIN.top - MARGIN.bottom;
const lineHeight = (size: number): number => size * 1.35;

/**
 * Lays blocks out top to bottom. The rules hold by construction: every text is wrapped to
 * the column it is drawn in (labels too), a line is placed only after ensure() found room for
 * it on the page, a bullet is drawn with its item's first line (same page, same baseline),
 * and a label/value row or a signature block moves to the next page as a whole when it does
 * not fit but would on an empty page.
 */
class Layout {
  readonly pages: PDFPage[] = [];
  private cursor: Cursor;
  readonly width = A4.width - MARGIN.left - MARGIN.right;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly metrics: ReadonlyMap<PDFFont, FontMetrics>,
    private readonly images: ReadonlyMap<Uint8Array, PDFImage> = new Map(),
  ) {
    this.cursor = this.newPage();
  }

  private newPage(): Cursor {
    const page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(page);
    this.cursor = { page, y: A4.height - MARGIN.top };
    return this.cursor;
  }

  private ensure(height: number): void {
    if (this.cursor.y - height < MARGIN.bottom) this.newPage();
  }

  /** Starts a new page first if height does not fit on this one but would on an empty page. */
  private keepTogether(height: number): void {
    this.ensure(Math.min(height, BODY_HEIGHT));
  }

  private metricsOf(font: PDFFont): FontMetrics {
    const m = this.metrics.get(font);
    if (m === undefined) throw new Error('font without metrics');
    return m;
  }

  /** Both fonts come from one family with the same coverage, so one glyph check serves both. */
  text(s: string): string {
    const m = this.metricsOf(this.regular);
    return sanitiseForFont(s, (cp) => m.hasGlyph(cp));
  }

  /** The width of one line in points, as pdf-lib draws it: its words and spaces (see wrapText). */
  measure(font: PDFFont, text: string, size: number): number {
    const m = this.metricsOf(font);
    const words = text.split(' ');
    return words.reduce(
      (sum, word) => sum + m.width(word, size),
      (words.length - 1) * m.width(' ', size),
    );
  }

  /** The text's lines, wrapped to a column maxWidth points wide. */
  wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
    const m = this.metricsOf(font);
    return wrapText(this.text(text), maxWidth, (s) => m.width(s, size));
  }

  /** One line cut with "…" to fit maxWidth (headers and footers have one line each). */
  fit(text: string, font: PDFFont, size: number, maxWidth: number): string {
    return fitOneLine(this.text(text), maxWidth, (s) => this.measure(font, s, size));
  }

  private draw(line: string, x: number, font: PDFFont, size: number, color = TEXT): void {
    if (line !== '') this.cursor.page.drawText(line, { x, y: this.cursor.y, size, font, color });
  }

  /** Wrapped lines at an indent from the left margin, each moved to a new page when it does not fit. */
  lines(
    text: string | readonly string[],
    font: PDFFont,
    size: number,
    indent = 0,
    color = TEXT,
  ): void {
    for (const line of typeof text === 'string'
      ? this.wrap(text, font, size, this.width - indent)
      : text) {
      this.ensure(lineHeight(size));
      this.cursor.y -= lineHeight(size);
      this.draw(line, MARGIN.left + indent, font, size, color);
    }
  }

  /** A label/value row's lines: the label wrapped to its column, the value to the rest. */
  private rowLines(row: { readonly label: string; readonly value: string }): {
    label: string[];
    value: string[];
    count: number;
  } {
    const label = this.wrap(row.label, this.bold, 10.5, LABEL_COLUMN - LABEL_GAP);
    const value = this.wrap(row.value, this.regular, 10.5, this.width - LABEL_COLUMN);
    return { label, value, count: Math.max(label.length, value.length) };
  }

  /** A signer's name and role, wrapped. */
  private signerLines(signer: { readonly name: string; readonly role: string }): string[] {
    return this.wrap(`${signer.name} (${signer.role})`, this.bold, 10.5, this.width);
  }

  /** A signature block: the name's lines, the space to sign, the lines and their captions. */
  private static signatureHeight(nameLines: number): number {
    return nameLines * lineHeight(10.5) + 34 + 24;
  }

  private headingHeight(block: Extract<Block, { kind: 'heading' }>, lineCount: number): number {
    return (block.level === 1 ? 6 : 10) + lineCount * lineHeight(block.level === 1 ? 16 : 12.5) + 4;
  }

  /** The height of what must stay with a heading above it: the next block's first row, item, two lines or signature block. */
  private firstPartHeight(block: Block | undefined): number {
    if (block === undefined) return 0;
    switch (block.kind) {
      case 'heading':
        return this.headingHeight(block, 1);
      case 'paragraph': {
        const size = block.size ?? 10.5;
        return (
          Math.min(
            2,
            this.wrap(block.text, block.bold === true ? this.bold : this.regular, size, this.width)
              .length,
          ) * lineHeight(size)
        );
      }
      case 'fields': {
        const row = block.rows[0];
        return row === undefined ? 0 : this.rowLines(row).count * lineHeight(10.5);
      }
      case 'list':
        return block.items.length === 0 ? 0 : lineHeight(10.5);
      case 'box':
        return block.size * 2.4 + 14;
      case 'signatures': {
        const signer = block.signers[0];
        return signer === undefined ? 0 : Layout.signatureHeight(this.signerLines(signer).length);
      }
      case 'image':
        return Math.min(block.maxHeight, BODY_HEIGHT / 2) + 6;
      case 'table': {
        const grid = this.tableGrid(block);
        const first = block.rows[0];
        return (
          grid.headerHeight +
          (first === undefined
            ? 0
            : this.tableRowLines(grid, first).length * lineHeight(TABLE_SIZE))
        );
      }
      case 'bars': {
        const item = block.items[0];
        return item === undefined ? 0 : this.barRowHeight(item.label);
      }
      case 'spacer':
      case 'pageBreak':
        return 0;
      default: {
        const never: never = block;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  }

  /** Lays out one block; next is the block after it (a heading keeps with its start). */
  block(block: Block, labels: PdfLabels, next?: Block): void {
    switch (block.kind) {
      case 'heading': {
        const size = block.level === 1 ? 16 : 12.5;
        const lines = this.wrap(block.text, this.bold, size, this.width);
        // Kept with the start of what follows, so a heading never ends a page alone.
        this.keepTogether(this.headingHeight(block, lines.length) + this.firstPartHeight(next));
        this.cursor.y -= block.level === 1 ? 6 : 10;
        this.lines(lines, this.bold, size, 0, block.level === 1 ? ACCENT : TEXT);
        this.cursor.y -= 4;
        return;
      }
      case 'paragraph':
        this.lines(block.text, block.bold === true ? this.bold : this.regular, block.size ?? 10.5);
        this.cursor.y -= 6;
        return;
      case 'fields': {
        const size = 10.5;
        for (const row of block.rows) {
          const lines = this.rowLines(row);
          this.keepTogether(lines.count * lineHeight(size));
          for (let i = 0; i < lines.count; i++) {
            this.ensure(lineHeight(size));
            this.cursor.y -= lineHeight(size);
            this.draw(lines.label[i] ?? '', MARGIN.left, this.bold, size);
            this.draw(lines.value[i] ?? '', MARGIN.left + LABEL_COLUMN, this.regular, size);
          }
          this.cursor.y -= 2;
        }
        this.cursor.y -= 6;
        return;
      }
      case 'list': {
        const size = 10.5;
        for (const item of block.items) {
          // The bullet hangs left of the text so wrapped lines align with the first one; it is
          // drawn with the first line, after that line found its page.
          this.wrap(item, this.regular, size, this.width - BULLET_INDENT).forEach((line, index) => {
            this.ensure(lineHeight(size));
            this.cursor.y -= lineHeight(size);
            if (index === 0) this.draw('•', MARGIN.left + 6, this.regular, size);
            this.draw(line, MARGIN.left + BULLET_INDENT, this.regular, size);
          });
          this.cursor.y -= 2;
        }
        this.cursor.y -= 6;
        return;
      }
      case 'box': {
        const lines = this.wrap(block.text, this.bold, block.size, this.width - 16);
        const height = Math.max(
          block.size * 2.4,
          lines.length * lineHeight(block.size) + block.size * 1.05,
        );
        this.keepTogether(height + 14);
        this.cursor.y -= height + 4;
        this.cursor.page.drawRectangle({
          x: MARGIN.left,
          y: this.cursor.y,
          width: this.width,
          height,
          borderColor: ACCENT,
          borderWidth: 1.5,
        });
        const bottom = this.cursor.y;
        // Lines centred in the box; the block of lines centred on the box's middle (a capital
        // letter is about 0.72 em high, so a baseline sits 0.36 em below the middle of its line).
        lines.forEach((line, index) => {
          this.cursor.y =
            bottom +
            height / 2 +
            ((lines.length - 1) / 2 - index) * lineHeight(block.size) -
            0.36 * block.size;
          this.draw(
            line,
            MARGIN.left + Math.max(8, (this.width - this.measure(this.bold, line, block.size)) / 2),
            this.bold,
            block.size,
          );
        });
        this.cursor.y = bottom - 10;
        return;
      }
      case 'signatures':
        for (const signer of block.signers) {
          // Name, space to sign, the two lines and their captions stay on one page.
          const nameLines = this.signerLines(signer);
          this.keepTogether(Layout.signatureHeight(nameLines.length));
          this.lines(nameLines, this.bold, 10.5);
          this.cursor.y -= 34;
          const y = this.cursor.y;
          const half = this.width / 2 - 12;
          this.cursor.page.drawLine({
            start: { x: MARGIN.left, y },
            end: { x: MARGIN.left + half, y },
            thickness: 0.8,
            color: MUTED,
          });
          this.cursor.page.drawLine({
            start: { x: MARGIN.left + half + 24, y },
            end: { x: MARGIN.left + this.width, y },
            thickness: 0.8,
            color: MUTED,
          });
          this.cursor.y -= 12;
          this.draw(
            this.fit(labels.signature, this.regular, 8.5, half),
            MARGIN.left,
            this.regular,
            8.5,
            MUTED,
          );
          this.draw(
            this.fit(labels.date, this.regular, 8.5, half),
            MARGIN.left + half + 24,
            this.regular,
            8.5,
            MUTED,
          );
          this.cursor.y -= 12;
        }
        return;
      case 'spacer':
        this.cursor.y -= block.height;
        return;
      case 'image': {
        const image = this.images.get(block.bytes);
        if (image === undefined) throw new Error('image block was not embedded');
        const size = fitImage(
          image.width,
          image.height,
          Math.min(block.maxWidth, this.width),
          Math.min(block.maxHeight, BODY_HEIGHT),
        );
        this.ensure(size.height + 6);
        this.cursor.y -= size.height;
        this.cursor.page.drawImage(image, {
          x: MARGIN.left,
          y: this.cursor.y,
          width: size.width,
          height: size.height,
        });
        this.cursor.y -= 6;
        return;
      }
      case 'pageBreak':
        this.newPage();
        return;
      case 'table':
        this.table(block);
        return;
      case 'bars':
        this.bars(block);
        return;
      default: {
        const never: never = block;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  }

  /** A table's columns: the label column takes what the count columns leave. */
  private tableGrid(block: Extract<Block, { kind: 'table' }>): {
    readonly labelWidth: number;
    readonly countWidth: number;
    readonly header: readonly (readonly string[])[];
    readonly headerHeight: number;
  } {
    const counts = Math.max(1, block.columns.length - 1);
    const countWidth = Math.min(COUNT_COLUMN_MAX, (this.width - 140) / counts);
    const labelWidth = this.width - counts * countWidth;
    const header = block.columns.map((c, i) =>
      this.wrap(c, this.bold, TABLE_SIZE - 0.5, (i === 0 ? labelWidth : countWidth) - CELL_PADDING),
    );
    const lines = Math.max(1, ...header.map((h) => h.length));
    return { labelWidth, countWidth, header, headerHeight: lines * lineHeight(TABLE_SIZE) + 4 };
  }

  private tableRowLines(grid: { readonly labelWidth: number }, row: readonly string[]): string[] {
    return this.wrap(row[0] ?? '', this.regular, TABLE_SIZE, grid.labelWidth - CELL_PADDING);
  }

  /** One line of a table: the label's text at the left, each count right-aligned in its column. */
  private tableLine(
    grid: { readonly labelWidth: number; readonly countWidth: number },
    label: string,
    counts: readonly string[],
    font: PDFFont,
    size: number,
  ): void {
    this.draw(label, MARGIN.left, font, size);
    counts.forEach((text, i) => {
      const fitted = this.fit(text, font, size, grid.countWidth - CELL_PADDING);
      const right = MARGIN.left + grid.labelWidth + (i + 1) * grid.countWidth;
      this.draw(fitted, right - this.measure(font, fitted, size), font, size);
    });
  }

  private tableHeader(grid: ReturnType<Layout['tableGrid']>): void {
    const lines = Math.max(1, ...grid.header.map((h) => h.length));
    for (let i = 0; i < lines; i++) {
      this.cursor.y -= lineHeight(TABLE_SIZE);
      this.tableLine(
        grid,
        grid.header[0]?.[i] ?? '',
        grid.header.slice(1).map((h) => h[i] ?? ''),
        this.bold,
        TABLE_SIZE - 0.5,
      );
    }
    this.cursor.y -= 3;
    this.rule(this.cursor.y);
    this.cursor.y -= 1;
  }

  private rule(y: number): void {
    this.cursor.page.drawLine({
      start: { x: MARGIN.left, y },
      end: { x: MARGIN.left + this.width, y },
      thickness: 0.5,
      color: MUTED,
    });
  }

  private table(block: Extract<Block, { kind: 'table' }>): void {
    const grid = this.tableGrid(block);
    const first = block.rows[0];
    this.keepTogether(
      grid.headerHeight +
        (first === undefined ? 0 : this.tableRowLines(grid, first).length * lineHeight(TABLE_SIZE)),
    );
    this.tableHeader(grid);
    block.rows.forEach((row, r) => {
      const total = block.totalRow === true && r === block.rows.length - 1;
      const font = total ? this.bold : this.regular;
      const label = this.wrap(row[0] ?? '', font, TABLE_SIZE, grid.labelWidth - CELL_PADDING);
      const height = label.length * lineHeight(TABLE_SIZE) + 2;
      // A row that does not fit starts a new page, under the heading row again.
      if (this.cursor.y - height < MARGIN.bottom && height + grid.headerHeight <= BODY_HEIGHT) {
        this.newPage();
        this.tableHeader(grid);
      }
      if (total) this.rule(this.cursor.y - 1);
      label.forEach((line, i) => {
        this.ensure(lineHeight(TABLE_SIZE));
        this.cursor.y -= lineHeight(TABLE_SIZE);
        this.tableLine(grid, line, i === 0 ? row.slice(1) : [], font, TABLE_SIZE);
      });
      this.cursor.y -= 2;
    });
    this.cursor.y -= 8;
  }

  private barRowHeight(label: string): number {
    return (
      this.wrap(label, this.regular, TABLE_SIZE, BAR_LABEL_COLUMN - CELL_PADDING).length *
        lineHeight(TABLE_SIZE) +
      3
    );
  }

  private bars(block: Extract<Block, { kind: 'bars' }>): void {
    const max = block.items.reduce((m, item) => Math.max(m, item.value ?? 0), 0);
    const barSpace = this.width - BAR_LABEL_COLUMN - BAR_TEXT_WIDTH - CELL_PADDING;
    for (const item of block.items) {
      const label = this.wrap(
        item.label,
        this.regular,
        TABLE_SIZE,
        BAR_LABEL_COLUMN - CELL_PADDING,
      );
      this.keepTogether(this.barRowHeight(item.label));
      label.forEach((line, i) => {
        this.ensure(lineHeight(TABLE_SIZE));
        this.cursor.y -= lineHeight(TABLE_SIZE);
        this.draw(line, MARGIN.left, this.regular, TABLE_SIZE);
        if (i !== 0) return;
        const width = max > 0 && item.value !== null ? (item.value / max) * barSpace : 0;
        if (width > 0)
          this.cursor.page.drawRectangle({
            x: MARGIN.left + BAR_LABEL_COLUMN,
            y: this.cursor.y - 1,
            width,
            height: BAR_HEIGHT,
            color: ACCENT,
          });
        this.draw(
          this.fit(item.text, this.regular, TABLE_SIZE, BAR_TEXT_WIDTH),
          MARGIN.left + BAR_LABEL_COLUMN + width + CELL_PADDING,
          this.regular,
          TABLE_SIZE,
        );
      });
      this.cursor.y -= 3;
    }
    this.cursor.y -= 8;
  }
}

/** Lays out the blocks and returns the PDF file's bytes. */
export async function renderPdf(input: PdfInput): Promise<Uint8Array> {
  const labels: PdfLabels = { ...DUTCH_LABELS, ...input.labels };
  const doc = await PDFDocument.create();
  // The session's parsed fonts (fontMetrics.ts), laid out bidirectionally (bidi.ts): pdf-lib
  // subsets from them without parsing again.
  doc.registerFontkit(cachingFontkit);
  const regular = await doc.embedFont(input.fonts.regular, { subset: true });
  const bold = await doc.embedFont(input.fonts.bold, { subset: true });
  // Metadata holds the document kind only: PDF viewers show the title in their window bar.
  doc.setTitle(input.title);
  doc.setProducer('Zorgtafel');
  doc.setCreator('Zorgtafel');
  doc.setLanguage('nl-NL');

  const metrics = new Map([
    [regular, fontMetrics(input.fonts.regular)],
    [bold, fontMetrics(input.fonts.bold)],
  ]);
  // Images are embedded before layout (embedding is asynchronous, laying out is not).
  const images = new Map<Uint8Array, PDFImage>();
  for (const block of input.blocks) {
    if (block.kind !== 'image' || images.has(block.bytes)) continue;
    const format = imageFormat(block.bytes);
    if (format === undefined) throw new Error('an image must be PNG or JPEG');
    images.set(
      block.bytes,
      format === 'png' ? await doc.embedPng(block.bytes) : await doc.embedJpg(block.bytes),
    );
  }
  const layout = new Layout(doc, regular, bold, metrics, images);
  input.blocks.forEach((block, index) => layout.block(block, labels, input.blocks[index + 1]));

  // Header and footer: one line each, shortened with "…" to their box. The school name may be
  // 200 characters; it ends before "VERTROUWELIJK", and the footer's left part before the page number.
  const pages = layout.pages;
  const left = MARGIN.left;
  const right = A4.width - MARGIN.right;
  const confidential = input.confidential
    ? layout.fit(labels.confidential, bold, 9, layout.width / 3)
    : '';
  const confidentialWidth = layout.measure(bold, confidential, 9);
  const school = layout.fit(
    input.schoolName,
    bold,
    10,
    layout.width - (confidential === '' ? 0 : confidentialWidth + 12),
  );
  const title = layout.fit(input.title, regular, 9, layout.width);
  const pageLabels = pages.map((_, index) =>
    layout.fit(labels.page(index + 1, pages.length), regular, 8, layout.width / 3),
  );
  const pageLabelWidth = Math.max(...pageLabels.map((label) => layout.measure(regular, label, 8)));
  const footerLeft = layout.fit(
    [
      ...(input.footer?.documentId !== undefined
        ? [`${labels.documentId}: ${input.footer.documentId}`]
        : []),
      ...(input.confidential ? [labels.confidential] : []),
    ].join('  ·  '),
    regular,
    8,
    layout.width - pageLabelWidth - 12,
  );
  const fingerprint =
    input.footer?.fingerprint === undefined
      ? ''
      : layout.fit(
          `${labels.fingerprint}: ${input.footer.fingerprint}`,
          regular,
          6.5,
          layout.width,
        );
  const [headerY, titleY] = PAGE_GEOMETRY.headerBaselines;
  const [footerY, fingerprintY] = PAGE_GEOMETRY.footerBaselines;
  pages.forEach((page, index) => {
    page.drawText(school, { x: left, y: headerY, size: 10, font: bold, color: ACCENT });
    page.drawText(title, { x: left, y: titleY, size: 9, font: regular, color: MUTED });
    if (confidential !== '')
      page.drawText(confidential, {
        x: right - confidentialWidth,
        y: headerY,
        size: 9,
        font: bold,
        color: rgb(0.6, 0.1, 0.1),
      });
    page.drawLine({
      start: { x: left, y: headerY - 20 },
      end: { x: right, y: headerY - 20 },
      thickness: 0.5,
      color: MUTED,
    });

    const pageLabel = pageLabels[index] ?? '';
    if (footerLeft !== '')
      page.drawText(footerLeft, { x: left, y: footerY, size: 8, font: regular, color: MUTED });
    page.drawText(pageLabel, {
      x: right - layout.measure(regular, pageLabel, 8),
      y: footerY,
      size: 8,
      font: regular,
      color: MUTED,
    });
    if (fingerprint !== '')
      page.drawText(fingerprint, {
        x: left,
        y: fingerprintY,
        size: 6.5,
        font: regular,
        color: MUTED,
      });
  });
  // All objects in one go: pdf-lib otherwise yields to a timer every 50 objects, and a
  // browser clamps nested timers to 4 ms each; a letter is written in well under that.
  return doc.save({ objectsPerTick: Infinity });
}
