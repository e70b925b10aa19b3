// Runs in: Node (test tooling).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitOneLine,
  MISSING_GLYPH,
  renderPdf,
  sanitiseForFont,
  wrapText,
} from '../../../shared/documents/pdf';
import { extractPdfText, loadDocumentFonts } from '../../helpers/pdfText';

const fonts = loadDocumentFonts();

describe('renderPdf', () => {
  it('embeds the font so Dutch and other diacritics come back exactly', async () => {
    const names =
      'Fenna Ĳzerman, Zoë de Vries-Özdemir, Şükrü Yıldız, Łucja Wójcik, coördinator, ruïne';
    const bytes = await renderPdf({
      fonts,
      title: 'Testdocument',
      schoolName: 'Basisschool De Wilgenhoek',
      confidential: true,
      blocks: [
        { kind: 'heading', text: 'Overzicht', level: 1 },
        { kind: 'paragraph', text: names },
        {
          kind: 'fields',
          rows: [{ label: 'Hulpvraag', value: 'Hoe ondersteunen we Zoë bij het lezen?' }],
        },
        { kind: 'signatures', signers: [{ name: 'Jeroen Bakker', role: 'ouder met gezag' }] },
      ],
      footer: { documentId: 'ZT-ABC123', fingerprint: 'ab'.repeat(32) },
    });
    const pdf = await extractPdfText(bytes);
    const flat = pdf.text.replace(/\s+/g, ' ');
    for (const word of [
      'Ĳzerman',
      'Zoë',
      'Özdemir',
      'Şükrü',
      'Yıldız',
      'Łucja',
      'Wójcik',
      'coördinator',
      'ruïne',
    ]) {
      expect(flat).toContain(word);
    }
    expect(flat).toContain('VERTROUWELIJK');
    expect(flat).toContain('Pagina 1 van 1');
    expect(flat).toContain('Document-id: ZT-ABC123');
    expect(flat).toContain('ab'.repeat(32));
    expect(flat).toContain('Handtekening');
    expect(pdf.title).toBe('Testdocument');
  });

  it('flows long content over numbered pages', async () => {
    const paragraph = 'Dit is een lange alinea over de situatie in de klas en thuis. '.repeat(30);
    const bytes = await renderPdf({
      fonts,
      title: 'Lang',
      schoolName: 'School',
      confidential: false,
      blocks: Array.from({ length: 8 }, () => ({ kind: 'paragraph' as const, text: paragraph })),
    });
    const pdf = await extractPdfText(bytes);
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(pdf.pages.at(-1)).toContain(`Pagina ${pdf.pages.length} van ${pdf.pages.length}`);
    expect(pdf.text).not.toContain('VERTROUWELIJK');
  });

  it('draws one neutral square for each character the font cannot draw, never a question mark', async () => {
    // A thumb with a skin tone, a family joined by zero-width joiners and a flag are one square each.
    const bytes = await renderPdf({
      fonts,
      title: 'Emoji',
      schoolName: 'School',
      confidential: false,
      blocks: [{ kind: 'paragraph', text: 'Blij 🙂 👍🏽 met 👨‍👩‍👧 uit 🇳🇱 en e\u0301e\u0301n' }],
    });
    const pdf = await extractPdfText(bytes);
    expect(pdf.text).toContain('Blij □ □ met □ uit □ en één');
    expect(pdf.text).not.toContain('?');
  });
});

describe('wrapText', () => {
  const measure = (s: string): number => s.length;
  it('never produces a line wider than the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 60 }), (text, width) => {
        for (const line of wrapText(text.replace(/\n/g, ' '), width, measure))
          expect(line.length).toBeLessThanOrEqual(width);
      }),
    );
  });
  it('keeps every non-space character in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 2, max: 40 }), (text, width) => {
        const clean = text.replace(/\s/g, ' ');
        expect(wrapText(clean, width, measure).join('').replace(/ /g, '')).toBe(
          clean.replace(/ /g, ''),
        );
      }),
    );
  });
});

describe('sanitiseForFont', () => {
  it('normalises to NFC and drops control characters', () => {
    expect(sanitiseForFont('Zoe\u0308\u0007\tx', () => true)).toBe('Zoë x');
  });
  it('replaces a character without a glyph by one square per grapheme and drops invisible joiners and selectors', () => {
    const latinOnly = (cp: number): boolean => cp < 0x250;
    expect(sanitiseForFont('a👨\u200D👩\u200D👧b', latinOnly)).toBe(`a${MISSING_GLYPH}b`);
    expect(sanitiseForFont('x\uFE0Fy 🇳🇱', latinOnly)).toBe(`xy ${MISSING_GLYPH}`);
    expect(sanitiseForFont('regel 1\nregel 2 ✓', latinOnly)).toBe(
      `regel 1\nregel 2 ${MISSING_GLYPH}`,
    );
  });
});

describe('fitOneLine', () => {
  const measure = (s: string): number => s.length;
  it('keeps text that fits and cuts text that does not with an ellipsis within the width', () => {
    expect(fitOneLine('Basisschool De Wilgenhoek', 40, measure)).toBe('Basisschool De Wilgenhoek');
    expect(fitOneLine('Basisschool De Wilgenhoek', 12, measure)).toBe('Basisschool…');
    fc.assert(
      fc.property(fc.string({ maxLength: 250 }), fc.integer({ min: 1, max: 80 }), (text, width) => {
        expect(measure(fitOneLine(text, width, measure))).toBeLessThanOrEqual(Math.max(width, 1));
      }),
    );
  });
});
