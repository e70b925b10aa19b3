// Runs in: Node (test tooling).
//
// One layout checker for every PDF the app makes (issue 14). It reads the file back with
// Mozilla's pdf.js, as a reader's viewer does, takes each text item's box on the page (its
// baseline, width and font size) and reports what a school would notice on paper:
// - two text boxes overlapping (a label printed over its value, a stray bullet over text);
// - text outside the page's margins (a school name running off the page), or in the bands
//   between the body and the header or footer;
// - a bullet that is not on the line of its item (same page, same baseline, text just right of it);
// - a page without its "Pagina x van y", or with the wrong x or y.
// Glyph boxes are measured with the document font's ascent and descent (DejaVu Sans:
// 0.93 em above the baseline, 0.24 em below).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PAGE_GEOMETRY } from '../../shared/documents/pdf';

const ASCENT = 0.93;
const DESCENT = 0.24;
/** Rounding slack in points: pdf.js reports positions from the content stream's decimals. */
const SLACK = 0.5;

export interface TextBox {
  /** 1-based page number. */
  readonly page: number;
  readonly str: string;
  /** Left edge and baseline, in points from the page's bottom-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

export interface PdfLayout {
  readonly pageCount: number;
  readonly boxes: readonly TextBox[];
}

/** Every non-blank text item of the PDF with its position, in pdf.js's reading. */
export async function readTextBoxes(bytes: Uint8Array): Promise<PdfLayout> {
  const doc = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const boxes: TextBox[] = [];
  for (let page = 1; page <= doc.numPages; page++) {
    const content = await (await doc.getPage(page)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
      boxes.push({
        page,
        str: item.str.normalize('NFC'),
        x,
        y,
        width: item.width,
        size: Math.hypot(c, d),
      });
    }
  }
  const pageCount = doc.numPages;
  await doc.destroy();
  return { pageCount, boxes };
}

const top = (b: TextBox): number => b.y + ASCENT * b.size;
const bottom = (b: TextBox): number => b.y - DESCENT * b.size;
const describe = (b: TextBox): string =>
  `p${b.page} "${b.str.slice(0, 40)}" at (${b.x.toFixed(1)}, ${b.y.toFixed(1)})`;

function overlaps(a: TextBox, b: TextBox): boolean {
  const horizontal = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const vertical = Math.min(top(a), top(b)) - Math.max(bottom(a), bottom(b));
  return horizontal > SLACK && vertical > SLACK;
}

/** What is wrong with the layout, one sentence per defect; empty when the layout is right. */
export function layoutProblems(
  layout: PdfLayout,
  pageLabel = (page: number, pages: number): string => `Pagina ${page} van ${pages}`,
): string[] {
  const { width, height, margin, headerBaselines, footerBaselines } = PAGE_GEOMETRY;
  const bands: readonly number[] = [...headerBaselines, ...footerBaselines];
  const problems: string[] = [];
  for (let page = 1; page <= layout.pageCount; page++) {
    const boxes = layout.boxes.filter((b) => b.page === page);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1))
        if (overlaps(a, b)) problems.push(`overlap: ${describe(a)} and ${describe(b)}`);

      if (a.x < margin.left - SLACK || a.x + a.width > width - margin.right + SLACK)
        problems.push(`outside the left/right margins: ${describe(a)}, ${a.width.toFixed(1)} wide`);
      const inBody = a.y >= margin.bottom - SLACK && top(a) <= height - margin.top + SLACK;
      const inBand = bands.some((y) => Math.abs(a.y - y) <= SLACK);
      if (!inBody && !inBand) problems.push(`outside the body, header and footer: ${describe(a)}`);

      if (a.str.trim() === '•') {
        const item = boxes.find(
          (b) =>
            b !== a &&
            Math.abs(b.y - a.y) <= SLACK &&
            b.x >= a.x + a.width - SLACK &&
            b.x <= a.x + 20,
        );
        if (item === undefined)
          problems.push(`bullet without its item on the same line: ${describe(a)}`);
      }
    }
    const expected = pageLabel(page, layout.pageCount);
    if (!boxes.some((b) => b.str.includes(expected)))
      problems.push(`page ${page} lacks "${expected}"`);
  }
  return problems;
}

/** Reads the PDF and returns its layout problems (see layoutProblems). */
export async function checkPdfLayout(bytes: Uint8Array): Promise<string[]> {
  return layoutProblems(await readTextBoxes(bytes));
}
