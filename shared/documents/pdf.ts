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
  | { readonly kind: 'paragraph'; readonly text: string; readonly bold?: boolean; readonly size?: number }
  | { readonly kind: 'fields'; readonly rows: readonly { readonly label: string; readonly value: string }[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'box'; readonly text: string; readonly size: number }
  | { readonly kind: 'signatures'; readonly signers: readonly { readonly name: string; readonly role: string }[] }
  | { readonly kind: 'spacer'; readonly height: number }
  /** A PNG or JPEG image, scaled down (never up) to fit maxWidth × maxHeight points, keeping its shape. */
  | { readonly kind: 'image'; readonly bytes: Uint8Array; readonly maxWidth: number; readonly maxHeight: number }
  | { readonly kind: 'pageBreak' };

/** The image format from the file's first bytes; undefined for anything but PNG and JPEG. */
export function imageFormat(bytes: Uint8Array): 'png' | 'jpeg' | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

/** The drawn size of a width × height image in a maxWidth × maxHeight box: shrunk to fit, never enlarged. */
export function fitImage(width: number, height: number, maxWidth: number, maxHeight: number): { readonly width: number; readonly height: number } {
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
const MARGIN = { left: 56, right: 56, top: 80, bottom: 72 };
const TEXT = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.4, 0.4, 0.45);
const ACCENT = rgb(0.0, 0.36, 0.4);

/**
 * Makes text safe to draw: NFC-normalised (so "e" + combining diaeresis becomes "ë"),
 * control characters removed, and any character the font has no glyph for replaced by "?"
 * so a pasted emoji can never make an export fail.
 */
export function sanitiseForFont(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const cp = char.codePointAt(0) ?? 0;
    if (char === '\n') out += '\n';
    else if (char === '\t') out += ' ';
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else out += hasGlyph(cp) ? char : '?';
  }
  return out;
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
function longestFittingPrefix(word: string, maxWidth: number, measure: (s: string) => number): number {
  let fits = 1;
  let tooWide = word.length;
  while (tooWide - fits > 1) {
    const mid = (fits + tooWide) >>> 1;
    if (measure(word.slice(0, mid)) <= maxWidth) fits = mid;
    else tooWide = mid;
  }
  return fits;
}

interface Cursor {
  page: PDFPage;
  y: number;
}

class Layout {
  readonly pages: PDFPage[] = [];
  private cursor: Cursor;
  private readonly width = A4.width - MARGIN.left - MARGIN.right;

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

  private metricsOf(font: PDFFont): FontMetrics {
    const m = this.metrics.get(font);
    if (m === undefined) throw new Error('font without metrics');
    return m;
  }

  /** Both fonts come from one family with the same coverage, so one glyph check serves both. */
  text(_font: PDFFont, s: string): string {
    const m = this.metricsOf(this.regular);
    return sanitiseForFont(s, (cp) => m.hasGlyph(cp));
  }

  /** The width of text in points, as pdf-lib measures it, from the session's word widths. */
  measure(font: PDFFont, text: string, size: number): number {
    return this.metricsOf(font).width(text, size);
  }

  wrap(text: string, font: PDFFont, size: number, indent = 0): string[] {
    const m = this.metricsOf(font);
    return wrapText(this.text(font, text), this.width - indent, (s) => m.width(s, size));
  }

  lines(text: string | readonly string[], font: PDFFont, size: number, indent = 0, color = TEXT): void {
    const lineHeight = size * 1.35;
    for (const line of typeof text === 'string' ? this.wrap(text, font, size, indent) : text) {
      this.ensure(lineHeight);
      this.cursor.y -= lineHeight;
      this.cursor.page.drawText(line, { x: MARGIN.left + indent, y: this.cursor.y, size, font, color });
    }
  }

  block(block: Block, labels: PdfLabels): void {
    switch (block.kind) {
      case 'heading': {
        const size = block.level === 1 ? 16 : 12.5;
        this.ensure(size * 3);
        this.cursor.y -= block.level === 1 ? 6 : 10;
        this.lines(block.text, this.bold, size, 0, block.level === 1 ? ACCENT : TEXT);
        this.cursor.y -= 4;
        return;
      }
      case 'paragraph':
        this.lines(block.text, block.bold === true ? this.bold : this.regular, block.size ?? 10.5);
        this.cursor.y -= 6;
        return;
      case 'fields': {
        const labelWidth = 150;
        for (const row of block.rows) {
          const size = 10.5;
          const valueLines = this.wrap(row.value, this.regular, size, labelWidth);
          this.ensure(size * 1.35 * Math.min(valueLines.length, 3));
          const top = this.cursor.y;
          this.cursor.page.drawText(this.text(this.bold, row.label), { x: MARGIN.left, y: top - size * 1.35, size, font: this.bold, color: TEXT });
          this.lines(valueLines, this.regular, size, labelWidth);
          this.cursor.y -= 2;
        }
        this.cursor.y -= 6;
        return;
      }
      case 'list':
        for (const item of block.items) {
          // The bullet hangs left of the text so wrapped lines align with the first one.
          this.ensure(10.5 * 1.35);
          const top = this.cursor.y;
          this.lines(item, this.regular, 10.5, 18);
          this.cursor.page.drawText('•', { x: MARGIN.left + 6, y: top - 10.5 * 1.35, size: 10.5, font: this.regular, color: TEXT });
          this.cursor.y -= 2;
        }
        this.cursor.y -= 6;
        return;
      case 'box': {
        const text = this.text(this.bold, block.text);
        const height = block.size * 2.4;
        this.ensure(height + 10);
        this.cursor.y -= height + 4;
        this.cursor.page.drawRectangle({ x: MARGIN.left, y: this.cursor.y, width: this.width, height, borderColor: ACCENT, borderWidth: 1.5 });
        const textWidth = this.measure(this.bold, text, block.size);
        this.cursor.page.drawText(text, {
          x: MARGIN.left + Math.max(8, (this.width - textWidth) / 2),
          y: this.cursor.y + (height - block.size) / 2 + 2,
          size: block.size,
          font: this.bold,
          color: TEXT,
        });
        this.cursor.y -= 10;
        return;
      }
      case 'signatures':
        for (const signer of block.signers) {
          this.ensure(70);
          this.lines(`${signer.name} (${signer.role})`, this.bold, 10.5);
          this.cursor.y -= 34;
          const y = this.cursor.y;
          const half = this.width / 2 - 12;
          this.cursor.page.drawLine({ start: { x: MARGIN.left, y }, end: { x: MARGIN.left + half, y }, thickness: 0.8, color: MUTED });
          this.cursor.page.drawLine({ start: { x: MARGIN.left + half + 24, y }, end: { x: MARGIN.left + this.width, y }, thickness: 0.8, color: MUTED });
          this.cursor.page.drawText(labels.signature, { x: MARGIN.left, y: y - 12, size: 8.5, font: this.regular, color: MUTED });
          this.cursor.page.drawText(labels.date, { x: MARGIN.left + half + 24, y: y - 12, size: 8.5, font: this.regular, color: MUTED });
          this.cursor.y -= 24;
        }
        return;
      case 'spacer':
        this.cursor.y -= block.height;
        return;
      case 'image': {
        const image = this.images.get(block.bytes);
        if (image === undefined) throw new Error('image block was not embedded');
        const size = fitImage(image.width, image.height, Math.min(block.maxWidth, this.width), block.maxHeight);
        this.ensure(size.height + 6);
        this.cursor.y -= size.height;
        this.cursor.page.drawImage(image, { x: MARGIN.left, y: this.cursor.y, width: size.width, height: size.height });
        this.cursor.y -= 6;
        return;
      }
      case 'pageBreak':
        this.newPage();
        return;
      default: {
        const never: never = block;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  }
}

/** Lays out the blocks and returns the PDF file's bytes. */
export async function renderPdf(input: PdfInput): Promise<Uint8Array> {
  const labels: PdfLabels = { ...DUTCH_LABELS, ...input.labels };
  const doc = await PDFDocument.create();
  // The session's parsed fonts (fontMetrics.ts): pdf-lib subsets from them without parsing again.
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
    images.set(block.bytes, format === 'png' ? await doc.embedPng(block.bytes) : await doc.embedJpg(block.bytes));
  }
  const layout = new Layout(doc, regular, bold, metrics, images);
  for (const block of input.blocks) layout.block(block, labels);

  const pages = layout.pages;
  pages.forEach((page, index) => {
    const headerY = A4.height - 44;
    page.drawText(layout.text(bold, input.schoolName), { x: MARGIN.left, y: headerY, size: 10, font: bold, color: ACCENT });
    page.drawText(layout.text(regular, input.title), { x: MARGIN.left, y: headerY - 13, size: 9, font: regular, color: MUTED });
    if (input.confidential) {
      const w = layout.measure(bold, labels.confidential, 9);
      page.drawText(labels.confidential, { x: A4.width - MARGIN.right - w, y: headerY, size: 9, font: bold, color: rgb(0.6, 0.1, 0.1) });
    }
    page.drawLine({ start: { x: MARGIN.left, y: headerY - 20 }, end: { x: A4.width - MARGIN.right, y: headerY - 20 }, thickness: 0.5, color: MUTED });

    const footerParts = [
      ...(input.footer?.documentId !== undefined ? [`${labels.documentId}: ${input.footer.documentId}`] : []),
      ...(input.confidential ? [labels.confidential] : []),
    ];
    const pageLabel = labels.page(index + 1, pages.length);
    page.drawText(footerParts.join('  ·  '), { x: MARGIN.left, y: 40, size: 8, font: regular, color: MUTED });
    page.drawText(pageLabel, { x: A4.width - MARGIN.right - layout.measure(regular, pageLabel, 8), y: 40, size: 8, font: regular, color: MUTED });
    if (input.footer?.fingerprint !== undefined) {
      page.drawText(`${labels.fingerprint}: ${input.footer.fingerprint}`, { x: MARGIN.left, y: 28, size: 6.5, font: regular, color: MUTED });
    }
  });
  // All objects in one go: pdf-lib otherwise yields to a timer every 50 objects, and a
  // browser clamps nested timers to 4 ms each; a letter is written in well under that.
  return doc.save({ objectsPerTick: Infinity });
}
