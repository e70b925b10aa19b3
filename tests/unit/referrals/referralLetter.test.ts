// Tests for the referral letter PDF: the text a PDF viewer shows holds the content with
// diacritics intact, the printed fingerprint equals a recomputation, and there is a
// signature line for exactly the people whose consent is needed plus the IB.
import { describe, expect, it } from 'vitest';
import {
  referralLetterBlocks,
  renderReferralLetter,
} from '../../../shared/documents/referralLetter';
import {
  buildLetterContent,
  letterSigners,
  type ReferralLetterContent,
} from '../../../shared/referrals/letterContent';
import { referralContentFingerprint } from '../../../shared/referrals/fingerprint';
import { extractPdfText, loadDocumentFonts } from '../../helpers/pdfText';
import { voice } from '../domain/builders';
import { pupil, referral } from './builders';
import { letterContent, letterContext } from './letterFixture';

const fonts = loadDocumentFonts();
const flat = (s: string): string => s.replace(/\s+/g, ' ');

/** The text a PDF viewer shows of the letter drawn from `content`, on one line. */
async function letterText(
  content: ReferralLetterContent,
  variant: 'recipient' | 'parents',
): Promise<string> {
  const { bytes } = await renderReferralLetter({
    fonts,
    content,
    documentId: 'ZT-0000-0000-0000-0002',
    variant,
  });
  return flat((await extractPdfText(bytes)).text);
}

describe('referral letter PDF', () => {
  it('holds the content with diacritics, the document id and the recomputable fingerprint', async () => {
    const content = letterContent();
    const { bytes, fingerprint } = await renderReferralLetter({
      fonts,
      content,
      documentId: 'ZT-7K3Q-0000-ABCD-EFGH',
      variant: 'recipient',
    });
    const pdf = await extractPdfText(bytes);
    const text = flat(pdf.text);
    expect(pdf.title).toBe('Verwijsbrief');
    for (const expected of [
      'OBS De Tweemaster',
      'Kerkstraat 1, 3401 AB Ĳsselstein',
      'Wijkteam Ĳsselstein-Noord',
      '10 februari 2026',
      'Zoë van der Berg',
      'Zoë is stil en moe; wat speelt er thuis?',
      'Gesprek met de coördinator passend onderwijs',
      'Gesprekken met moeder en de coördinator.',
      'Zoë is creatief; oma helpt veel.',
      'Concentratie daalt.',
      'Kunt u contact opnemen met het gezin?',
      'Şükrü Yılmaz, schoolmaatschappelijk werk',
      'De thuissituatie, voor zover die van belang is voor school',
      'VERTROUWELIJK',
      'Pagina 1 van',
      'Document-id: ZT-7K3Q-0000-ABCD-EFGH',
    ]) {
      expect(text).toContain(expected);
    }
    const printed = /Vingerafdruk \(SHA-256\): ([0-9a-f]{64})/.exec(text)?.[1];
    expect(printed).toBe(fingerprint);
    expect(printed).toBe(await referralContentFingerprint(letterContent()));
    // Every page carries the same footer.
    for (const page of pdf.pages)
      expect(flat(page)).toContain(`Vingerafdruk (SHA-256): ${fingerprint}`);
  });

  it('has signature lines for exactly the required people and the IB', async () => {
    const { bytes } = await renderReferralLetter({
      fonts,
      content: letterContent(),
      documentId: 'ZT-0000-0000-0000-0000',
      variant: 'recipient',
    });
    const text = flat((await extractPdfText(bytes)).text);
    // Zoë is 10 on the letter's date: both parents with gezag sign, not the stepfather, not Zoë.
    expect(text).toContain('Marieke van der Berg (moeder, met ouderlijk gezag)');
    expect(text).toContain('Thomas van der Berg (vader, met ouderlijk gezag)');
    expect(text).toContain('Anouk de Wit (intern begeleider)');
    expect(text).not.toContain('Karel Smit');
    expect(text.match(/Handtekening/g)).toHaveLength(3);
  });

  it('asks the pupil to sign from 12, and only the pupil from 16 (plus the IB)', () => {
    const ib = letterContext.ib;
    expect(
      letterSigners(pupil({ dateOfBirth: '2013-01-01' }), '2026-02-10', ib).map((s) => s.name),
    ).toEqual(['Marieke van der Berg', 'Thomas van der Berg', 'Zoë van der Berg', 'Anouk de Wit']);
    expect(
      letterSigners(pupil({ dateOfBirth: '2009-01-01' }), '2026-02-10', ib).map((s) => s.name),
    ).toEqual(['Zoë van der Berg', 'Anouk de Wit']);
    const blocks = referralLetterBlocks(letterContent(), 'recipient').filter(
      (b) => b.kind === 'signatures',
    );
    expect(blocks).toHaveLength(1);
  });

  it('the parents’ copy has the same content and fingerprint, titled and explained for parents', async () => {
    const content = letterContent();
    const letter = await renderReferralLetter({
      fonts,
      content,
      documentId: 'ZT-0000-0000-0000-0001',
      variant: 'recipient',
    });
    const copy = await renderReferralLetter({
      fonts,
      content,
      documentId: 'ZT-0000-0000-0000-0001',
      variant: 'parents',
    });
    expect(copy.fingerprint).toBe(letter.fingerprint);
    const pdf = await extractPdfText(copy.bytes);
    const text = flat(pdf.text);
    expect(pdf.title).toBe('Verwijsbrief – kopie voor ouders');
    expect(text).toContain('Kopie voor ouders');
    expect(text).toContain('Dit is uw kopie van de brief');
    expect(text).toContain('Gesprek met de coördinator passend onderwijs');
    expect(text).not.toContain('Dit is uw kopie van de brief'.replace('uw', 'jouw'));
    expect(flat((await extractPdfText(letter.bytes)).text)).not.toContain('Dit is uw kopie');
  });

  it('refuses to build content with an unresolved id', () => {
    const result = buildLetterContent(
      referral({ composition: { ...referral().composition, involvementIds: ['i-missing'] } }),
      letterContext,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'letter.unresolved-reference', refId: 'i-missing' },
    });
    const orphan = buildLetterContent(referral(), {
      ...letterContext,
      pupil: pupil({ guardians: [] }),
    });
    expect(orphan).toEqual({ ok: false, error: { code: 'letter.no-guardian-with-gezag' } });
  });
});

describe('the voices in the referral letter (issue 18)', () => {
  const voices = [
    voice({
      id: 'v-late',
      date: '2026-02-03',
      text: 'Vader: het gaat thuis beter sinds de zomer.',
    }),
    voice({ id: 'v-early' }),
    voice({ id: 'v-pupil', kind: 'leerling', text: 'Ik vind rekenen moeilijk.' }),
    voice({ id: 'v-other', caseId: 'c-other', text: 'Over een broertje' }),
  ];

  it('prints what parents and the pupil think as their own sections, oldest first, only of this case', async () => {
    const built = buildLetterContent(referral(), { ...letterContext, voices });
    if (!built.ok) throw new Error(built.error.code);
    expect(built.value.voices).toEqual({
      parents: [
        '1 februari 2026: Moeder wil graag dat Zoë weer plezier heeft op school.',
        '3 februari 2026: Vader: het gaat thuis beter sinds de zomer.',
      ],
      pupil: ['1 februari 2026: Ik vind rekenen moeilijk.'],
    });
    const text = await letterText(built.value, 'parents');
    const parents = text.indexOf('Wat vinden ouders');
    const pupilHeading = text.indexOf('Wat vindt de leerling');
    expect(parents).toBeGreaterThan(text.indexOf('Wat de school van u vraagt'));
    expect(pupilHeading).toBeGreaterThan(parents);
    expect(text.indexOf('plezier heeft op school')).toBeGreaterThan(parents);
    expect(text.indexOf('Ik vind rekenen moeilijk')).toBeGreaterThan(pupilHeading);
    expect(text).not.toContain('Over een broertje');
    // The fingerprint covers the voices: the printed letter is the checked one.
    expect(await referralContentFingerprint(built.value)).not.toBe(
      await referralContentFingerprint(letterContent()),
    );
  });

  it('carries no voices when the letter does not share the worry and question (the consent gate covers what it shares)', () => {
    const built = buildLetterContent(
      referral({ dataCategories: ['basisgegevens', 'thuissituatie'] }),
      { ...letterContext, voices },
    );
    if (!built.ok) throw new Error(built.error.code);
    expect(built.value.voices).toBeUndefined();
    expect(referralLetterBlocks(built.value, 'recipient')).not.toContainEqual(
      expect.objectContaining({ text: 'Wat vinden ouders' }),
    );
  });

  it('keeps the content (and so the fingerprint) of a letter without voices as it was', () => {
    const built = buildLetterContent(referral(), { ...letterContext, voices: [] });
    expect(built.ok && 'voices' in built.value).toBe(false);
  });
});

describe('the named part of a meldcode track in the letter (issue 16)', () => {
  const meldcode = {
    decision: 'Melden bij Veilig Thuis',
    decisionDate: '2026-02-03',
    reportDate: '2026-02-04',
    basis: 'Gedeeld met toestemming van ouders (toestemming van 10 januari 2026).',
  };

  it('prints only when included, as its own section with the decision, its day, the report day and the basis', async () => {
    const built = buildLetterContent(referral(), { ...letterContext, meldcode });
    if (!built.ok) throw new Error(built.error.code);
    expect(built.value.meldcode).toEqual(meldcode);
    const text = await letterText(built.value, 'recipient');
    const heading = text.indexOf('Meldcode huiselijk geweld en kindermishandeling');
    expect(heading).toBeGreaterThan(text.indexOf('Wat de school van u vraagt'));
    for (const expected of [
      'Besluit van de school Melden bij Veilig Thuis',
      'Datum van het besluit 3 februari 2026',
      'Gemeld bij Veilig Thuis 4 februari 2026',
      'Gedeeld met toestemming van ouders (toestemming van 10 januari 2026).',
    ])
      expect(text.indexOf(expected)).toBeGreaterThan(heading);
    expect(await referralContentFingerprint(built.value)).not.toBe(
      await referralContentFingerprint(letterContent()),
    );

    // Without the part: no member (the fingerprint of every other letter stays), no section.
    const plain = letterContent();
    expect('meldcode' in plain).toBe(false);
    expect(JSON.stringify(referralLetterBlocks(plain, 'recipient'))).not.toMatch(/meldcode/i);
  });
});
