// Runs in: Node (test tooling).
//
// Bidirectional text in the PDFs (issue 14): each line is laid out with the Unicode
// Bidirectional Algorithm, so Dutch stays left to right and an Arabic or Hebrew name reads
// right to left with its letters joined, wherever it stands in the line; the glyphs drawn
// for Arabic, Hebrew, Turkish, Polish and Dutch (Ĳ) names are real glyphs of the embedded
// font, and pdf.js reads the right-to-left runs back in logical order.
import { describe, expect, it } from 'vitest';
import { layoutLine, visualRuns } from '../../../shared/documents/bidi';
import { renderConsentForm } from '../../../shared/documents/consentForm';
import { parsedFont } from '../../../shared/documents/fontMetrics';
import { renderPdf } from '../../../shared/documents/pdf';
import { extractPdfText, loadDocumentFonts } from '../../helpers/pdfText';

const fonts = loadDocumentFonts();
const MOTHER = 'فاطمة الزهراء';
const NAMES = [
  'محمد الحسيني',
  MOTHER,
  'عائشة بن يوسف',
  'نرگس رضایی',
  'נועה כהן',
  'İpek Yıldız-Şahinoğlu',
  'Şükrü Beşiktaş',
  'Ağaç Çiçek',
  'Małgorzata Różycka',
  'Łucja Żak',
  'Ĳsbrand ĳzer',
];

describe('visualRuns', () => {
  it('leaves a line without right-to-left text as one left-to-right run', () => {
    expect(visualRuns('Zoë van der Berg (groep 5B)')).toEqual([
      { text: 'Zoë van der Berg (groep 5B)', rtl: false },
    ]);
  });

  it('keeps the Dutch after an Arabic name at the start of a line left to right', () => {
    expect(visualRuns(`${MOTHER} (moeder, met ouderlijk gezag)`)).toEqual([
      { text: MOTHER, rtl: true },
      { text: ' (moeder, met ouderlijk gezag)', rtl: false },
    ]);
  });

  it('orders several right-to-left words right to left, numbers inside them left to right, and mirrors brackets', () => {
    expect(visualRuns('Leerling: שרה כהן')).toEqual([
      { text: 'Leerling: ', rtl: false },
      { text: 'שרה כהן', rtl: true },
    ]);
    // Visual order: "x ", then right to left "أحمد (12) محمد" read as محمد, (12), أحمد. A bracket
    // in a right-to-left run is mirrored (rule L4), so "(12)" still looks like "(12)"; the
    // digits stay left to right.
    expect(visualRuns('x محمد (12) أحمد')).toEqual([
      { text: 'x ', rtl: false },
      { text: '( أحمد', rtl: true },
      { text: '12', rtl: false },
      { text: 'محمد )', rtl: true },
    ]);
  });
});

describe('layoutLine', () => {
  it('draws the Arabic letters in their joined forms right to left and the Dutch after it in order', () => {
    const names = layoutLine(parsedFont(fonts.regular), 'محمد (vader)').map((g) => g.name);
    // Visual order, left to right: final dāl, medial mīm, medial ḥā', initial mīm, then " (vader)".
    expect(names).toEqual([
      'uniFEAA',
      'uniFEE4',
      'uniFEA4',
      'uniFEE3',
      'space',
      'parenleft',
      'v',
      'a',
      'd',
      'e',
      'r',
      'parenright',
    ]);
  });

  it('has a real glyph for every letter of Arabic, Hebrew, Turkish, Polish and Dutch names, in both fonts', () => {
    for (const bytes of [fonts.regular, fonts.bold]) {
      for (const name of NAMES) {
        const glyphs = layoutLine(parsedFont(bytes), name);
        expect(glyphs.filter((g) => g.id === 0).map((g) => g.codePoints)).toEqual([]);
        expect(glyphs.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('right-to-left text in the PDF', () => {
  it('the consent form a parent signs: the Arabic name reads in logical order and the Dutch is not reversed', async () => {
    const result = await renderConsentForm({
      fonts,
      schoolName: 'OBS De Tweemaster',
      pupil: {
        firstName: 'محمد',
        lastName: 'الحسيني',
        dateOfBirth: '2015-03-12',
        group: '5B',
        guardians: [
          { id: 'g-1', name: MOTHER, relation: 'moeder', hasGezag: true },
          { id: 'g-2', name: 'İbrahim Yıldız', relation: 'vader', hasGezag: true },
        ],
      },
      request: {
        purpose: 'verwijzen',
        recipientName: 'Wijkteam Enschede-Centrum',
        dataCategories: ['basisgegevens'],
        validUntil: '2026-07-31',
      },
      onDate: '2026-02-01',
      contact: { name: 'Anouk de Wit', role: 'intern begeleider' },
    });
    if (!result.ok) throw new Error(result.error.code);
    const text = (await extractPdfText(result.value)).text;
    expect(text).toContain(MOTHER);
    expect(text).toContain('(moeder, met ouderlijk gezag)');
    expect(text).toContain('De school wil محمد الحسيني aanmelden bij Wijkteam Enschede-Centrum.');
    expect(text).toContain('İbrahim Yıldız (vader, met ouderlijk gezag)');
  });

  it('extracts every test name back exactly, in headers too', async () => {
    const bytes = await renderPdf({
      fonts,
      title: 'Namen',
      schoolName: 'مدرسة النور',
      confidential: true,
      blocks: NAMES.map((name) => ({ kind: 'paragraph' as const, text: name })),
    });
    const text = (await extractPdfText(bytes)).text;
    for (const name of [...NAMES, 'مدرسة النور']) expect(text).toContain(name);
  });
});
