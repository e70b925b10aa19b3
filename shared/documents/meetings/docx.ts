// Runs in: any environment.
//
// The same documents as the PDFs, as .docx for schools that work in Word. It takes the PDF
// layout kit's blocks, so a document is described once and both files say the same thing.
// Every page carries the school name and "VERTROUWELIJK" in the header and "Pagina X van Y"
// in the footer. Packer.toArrayBuffer works in Node and Chromium alike (toBuffer is Node-only).
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { Block } from '../pdf';

export interface DocxInput {
  /** Document kind (title property and header); never a pupil's name. */
  readonly title: string;
  readonly schoolName: string;
  readonly confidential: boolean;
  readonly blocks: readonly Block[];
}

/** Characters Word refuses in XML (C0 controls except tab and newline); everything else is kept exactly. */
function clean(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp < 0x20 && char !== '\n' && char !== '\t') continue;
    out += char;
  }
  return out;
}

/** Text with line breaks as Word line breaks within one paragraph. */
function runs(text: string, bold = false): TextRun[] {
  return clean(text)
    .split('\n')
    .map((line, index) => new TextRun({ text: line, bold, ...(index > 0 ? { break: 1 } : {}) }));
}

function blockParagraphs(block: Block): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          children: runs(block.text),
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.text, block.bold === true) })];
    case 'fields':
      return block.rows.map(
        (row) =>
          new Paragraph({
            children: [
              new TextRun({ text: `${clean(row.label)}: `, bold: true }),
              ...runs(row.value),
            ],
          }),
      );
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ children: runs(item), bullet: { level: 0 } }),
      );
    case 'box':
      return [
        new Paragraph({
          children: runs(block.text, true),
          alignment: AlignmentType.CENTER,
          border: {
            top: { style: 'single', size: 8, color: '005C66', space: 4 },
            bottom: { style: 'single', size: 8, color: '005C66', space: 4 },
          },
        }),
      ];
    case 'signatures':
      return block.signers.flatMap((s) => [
        new Paragraph({
          children: [new TextRun({ text: `${clean(s.name)} (${clean(s.role)})`, bold: true })],
        }),
        new Paragraph({
          children: [new TextRun('Handtekening: ______________________    Datum: ____________')],
        }),
      ]);
    case 'spacer':
      return [new Paragraph({ children: [] })];
    case 'image':
      // Images (a letterhead logo) are decoration; the .docx carries the text only.
      return [];
    case 'pageBreak':
      return [new Paragraph({ children: [], pageBreakBefore: true })];
    // No meeting document has tables or charts (the year report is PDF only); should one
    // come here, its text is kept, one line per row, cells separated as in the PDF's columns.
    case 'table':
      return [block.columns, ...block.rows].map(
        (row, index) => new Paragraph({ children: runs(row.join('\t'), index === 0) }),
      );
    case 'bars':
      return block.items.map(
        (item) => new Paragraph({ children: runs(`${item.label}: ${item.text}`) }),
      );
    default: {
      const never: never = block;
      throw new Error(`unknown block ${JSON.stringify(never)}`);
    }
  }
}

/** Builds the .docx file's bytes. */
export async function renderDocx(input: DocxInput): Promise<Uint8Array> {
  const header = new Header({
    children: [
      new Paragraph({
        children: [
          new TextRun({ text: clean(input.schoolName), bold: true }),
          ...(input.confidential
            ? [new TextRun({ text: '\tVERTROUWELIJK', bold: true, color: '991A1A' })]
            : []),
        ],
      }),
      new Paragraph({ children: [new TextRun({ text: clean(input.title), color: '666666' })] }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          ...(input.confidential ? [new TextRun('VERTROUWELIJK  ·  ')] : []),
          new TextRun({
            children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
  const document = new Document({
    title: clean(input.title),
    creator: 'Zorgtafel',
    sections: [
      {
        headers: { default: header },
        footers: { default: footer },
        children: input.blocks.flatMap(blockParagraphs),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
