// Runs in: Node (test tooling).
//
// Issue 14: every document the app prints, filled with adversarial but realistic content
// (the long default leefgebied labels and 100-character custom ones, a 200-character school
// name, Arabic, Hebrew and Turkish names, emoji, minutes with 40 decisions and 40 actions),
// read back with pdf.js and checked by one geometry checker (tests/helpers/pdfGeometry.ts):
// no overlapping text, nothing outside the margins, every bullet on its item's line, and
// "Pagina x van y" right on every page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCaseSummary } from '../../../shared/documents/caseSummary';
import { renderConsentForm } from '../../../shared/documents/consentForm';
import { renderAgendaPdf } from '../../../shared/documents/meetings/agenda';
import { renderMinutesPdf } from '../../../shared/documents/meetings/minutes';
import { renderPreparationSheetPdf } from '../../../shared/documents/meetings/preparationSheet';
import { renderPdf, type Block } from '../../../shared/documents/pdf';
import { renderRecoverySheet } from '../../../shared/documents/recoverySheet';
import { renderReferralLetter } from '../../../shared/documents/referralLetter';
import { DEFAULT_LEEFGEBIEDEN, type Leefgebied } from '../../../shared/domain/leefgebieden';
import { toExportableCase } from '../../../shared/domain/exportableCase';
import type { Guardian, Pupil } from '../../../shared/domain/pupil';
import { approveMinutes, editMinutes } from '../../../shared/meetings/minutes';
import type { Meeting } from '../../../shared/meetings/meeting';
import { DEFAULT_MEETING_TEMPLATES } from '../../../shared/meetings/templates';
import { checkPdfLayout, readTextBoxes } from '../../helpers/pdfGeometry';
import { extractPdfText, loadDocumentFonts } from '../../helpers/pdfText';
import { entry, exchangeConsent, involvement, zorgdossier } from '../domain/builders';
import {
  action,
  consents,
  NOW,
  pupils,
  T0,
  threeCaseZorgteam,
  unwrap,
  zoe,
} from '../meetings/builders';
import { letterContent } from '../referrals/letterFixture';

const fonts = loadDocumentFonts();

/** 200 characters, the most the school profile allows. */
const SCHOOL =
  'Stichting Katholiek en Openbaar Primair Onderwijs Regio Twente-Achterhoek, locatie Basisschool De Wilgenhoek en Integraal Kindcentrum Het Zonnehuis, afdeling speciaal basisonderwijs Ĳsselstein-Noord'
    .padEnd(200, 'x')
    .slice(0, 200);
/** A custom leefgebied label of 100 characters. */
const LONG_LABEL =
  'Ondersteuning bij schoolgang, verzuim, vervoer en de overstap naar het voortgezet speciaal onderwijs'.slice(
    0,
    100,
  );
const LEEFGEBIEDEN: readonly Leefgebied[] = [
  ...DEFAULT_LEEFGEBIEDEN,
  { id: 'eigen-lang', label: LONG_LABEL },
];
const ARABIC_PUPIL = { firstName: 'محمد', tussenvoegsel: undefined, lastName: 'الحسيني' } as const;
// Zoë's parents with gezag (the consents in the builders are theirs), renamed.
const MOTHER: Guardian = {
  id: 'g-mother',
  name: 'فاطمة الزهراء',
  relation: 'moeder',
  hasGezag: true,
};
const FATHER: Guardian = {
  id: 'g-father',
  name: 'İbrahim Yıldız-Şahinoğlu',
  relation: 'vader',
  hasGezag: true,
};
const LONG_TEXT =
  'Thuis spreekt het gezin Arabisch en Turks; moeder (فاطمة) vertelt dat het slapen slecht gaat 😴 en dat de overstap naar groep 6 spanning geeft. '.repeat(
    3,
  );
const EMOJI = 'Blij 🙂 met de aanpak 👍🏽 van het team 👨‍👩‍👧';

const arabicPupil: Pupil = { ...zoe, ...ARABIC_PUPIL, guardians: [MOTHER, FATHER] };
const meetingPupils = pupils.map((p) => (p.id === zoe.id ? arabicPupil : p));

async function expectGoodLayout(bytes: Uint8Array): Promise<void> {
  expect(await checkPdfLayout(bytes)).toEqual([]);
  // What the fonts cannot draw is a "□", never a question mark standing on its own (the
  // fixtures' real questions end a word).
  const text = (await extractPdfText(bytes)).text;
  expect(text).not.toMatch(/(^|\s)\?/);
}

function fortyItemMinutes(): Meeting {
  let meeting = threeCaseZorgteam();
  meeting = unwrap(
    editMinutes(
      meeting,
      {
        kind: 'item-fields',
        itemId: 'i-zoe',
        patch: {
          situation: LONG_TEXT,
          discussed: `${EMOJI}. ${LONG_TEXT}`,
          question: `Hoe helpen we ${arabicPupil.firstName} ${arabicPupil.lastName} op school en thuis?`,
        },
      },
      T0,
    ),
  );
  for (let i = 1; i <= 40; i++) {
    const long = i % 3 === 0 ? ` ${LONG_TEXT}` : '';
    meeting = unwrap(
      editMinutes(
        meeting,
        {
          kind: 'add-decision',
          itemId: 'i-zoe',
          decision: {
            id: `d-${i}`,
            text: `Besluit ${i}: het team spreekt af dat de leerkracht wekelijks contact houdt met ouders.${long}`,
          },
        },
        T0,
      ),
    );
    meeting = unwrap(
      editMinutes(
        meeting,
        {
          kind: 'add-action',
          itemId: 'i-zoe',
          action: action({
            id: `x-${i}`,
            description: `Actie ${i}: gesprek met ${MOTHER.name} en ${FATHER.name} over de voortgang${long}`,
            ownerName: 'Şükrü Yılmaz',
            ownerOrganisation: LONG_LABEL,
          }),
        },
        T0,
      ),
    );
  }
  return unwrap(
    approveMinutes(meeting, {
      by: 'Anouk de Wit',
      at: NOW,
      pupils: meetingPupils,
      consents,
      feedback: {
        defaultOwner: { name: 'Anouk de Wit', organisation: SCHOOL, kind: 'school' },
        dueDays: 7,
      },
    }),
  );
}

function adversarialCase() {
  return toExportableCase({
    pupil: arabicPupil,
    case: zorgdossier({
      leefgebieden: ['gezondheid', 'welzijn-en-sociaal-netwerk', 'eigen-lang'],
      hulpvraag: LONG_TEXT,
      signal: { date: '2026-01-05', raisedBy: LONG_LABEL, description: EMOJI },
    }),
    entries: Array.from({ length: 12 }, (_, i) =>
      entry({ id: `e-${i}`, title: `Gesprek ${i} met ${MOTHER.name}`, body: LONG_TEXT }),
    ),
    consents: [exchangeConsent({ recipientOrganisationName: LONG_LABEL })],
    involvements: [
      involvement({ id: 'i-1', name: FATHER.name, role: LONG_LABEL, organisationName: SCHOOL }),
    ],
  });
}

describe('the layout of every document (adversarial content)', () => {
  it('referral letter, recipient and parents: wrapped leefgebied labels, Arabic signers, long school name', async () => {
    const base = letterContent();
    const content = {
      ...base,
      school: { name: SCHOOL, address: 'Kerkstraat 1, 3401 AB Ĳsselstein' },
      pupil: { ...base.pupil, name: `${ARABIC_PUPIL.firstName} ${ARABIC_PUPIL.lastName}` },
      reasonAndQuestion: `${EMOJI}. ${LONG_TEXT}`,
      concerns: [
        { leefgebied: 'Gezondheid (lichamelijk en psychisch)', text: LONG_TEXT },
        { leefgebied: 'Welzijn en sociaal netwerk', text: 'Weinig vriendjes in de klas.' },
        { leefgebied: LONG_LABEL, text: 'Vervoer naar school is onzeker.' },
      ],
      involved: Array.from({ length: 12 }, (_, i) => `${FATHER.name} ${i}, ${LONG_LABEL}`),
      signers: [
        { name: MOTHER.name, role: 'moeder, met ouderlijk gezag' },
        { name: FATHER.name, role: 'vader, met ouderlijk gezag' },
        { name: 'נועה כהן', role: 'intern begeleider' },
      ],
    };
    for (const variant of ['recipient', 'parents'] as const) {
      const { bytes } = await renderReferralLetter({
        fonts,
        content,
        documentId: 'ZT-7K3Q-0000-ABCD-EFGH',
        variant,
      });
      await expectGoodLayout(bytes);
    }
  });

  it('consent form with Arabic and Turkish signers and a long school name', async () => {
    const result = await renderConsentForm({
      fonts,
      schoolName: SCHOOL,
      pupil: arabicPupil,
      request: {
        purpose: 'informatie-uitwisselen',
        recipientName: `${LONG_LABEL} ${EMOJI}`,
        dataCategories: ['basisgegevens', 'gedrag-en-welbevinden', 'thuissituatie', 'medisch'],
        validUntil: '2026-07-31',
      },
      onDate: '2026-02-01',
      contact: { name: 'נועה כהן', role: LONG_LABEL },
      documentId: 'ZT-7K3Q-0000-ABCD-EFGH',
    });
    await expectGoodLayout(unwrap(result));
  });

  it('minutes with 40 decisions and 40 actions crossing many pages', async () => {
    const bytes = unwrap(
      await renderMinutesPdf({
        fonts,
        schoolName: SCHOOL,
        meeting: fortyItemMinutes(),
        pupils: meetingPupils,
        documentId: 'ZT-7K3Q-0000-ABCD-EFGH',
      }),
    );
    const layout = await readTextBoxes(bytes);
    expect(layout.pageCount).toBeGreaterThan(5);
    expect(layout.boxes.filter((b) => b.str.startsWith('•')).length).toBeGreaterThanOrEqual(80);
    await expectGoodLayout(bytes);
  });

  it('agenda and preparation sheet with long names, questions and labels', async () => {
    const meeting = fortyItemMinutes();
    await expectGoodLayout(
      await renderAgendaPdf({
        fonts,
        schoolName: SCHOOL,
        meeting,
        pupils: meetingPupils,
        template: DEFAULT_MEETING_TEMPLATES.zorgteam,
        documentId: 'ZT-1',
      }),
    );
    const sheet = await renderPreparationSheetPdf({
      fonts,
      schoolName: SCHOOL,
      meeting,
      itemId: 'i-zoe',
      exportable: adversarialCase(),
      leefgebieden: LEEFGEBIEDEN,
      pupils: meetingPupils,
    });
    await expectGoodLayout(unwrap(sheet));
  });

  it('case summary with long leefgebied labels and chronology', async () => {
    await expectGoodLayout(
      await renderCaseSummary({
        fonts,
        schoolName: SCHOOL,
        file: adversarialCase(),
        leefgebieden: LEEFGEBIEDEN,
        onDate: '2026-03-01',
        documentId: 'ZT-1',
      }),
    );
  });

  it('recovery sheet with a long school name and an Arabic creator', async () => {
    await expectGoodLayout(
      await renderRecoverySheet({
        fonts,
        schoolName: SCHOOL,
        createdBy: `${MOTHER.name} (${LONG_LABEL})`,
        createdOn: '22 november 2026',
        recoveryCode: 'ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789',
        vaultLabel: EMOJI,
      }),
    );
  });

  it('shortens a header that does not fit with "…" before VERTROUWELIJK', async () => {
    const layout = await readTextBoxes(
      await renderPdf({
        fonts,
        title: 'Test',
        schoolName: SCHOOL,
        confidential: true,
        blocks: [{ kind: 'paragraph', text: 'Tekst' }],
      }),
    );
    const school = layout.boxes.find((b) => b.str.startsWith('Stichting Katholiek'));
    const confidential = layout.boxes.find((b) => b.str === 'VERTROUWELIJK' && b.y > 700);
    expect(school?.str.endsWith('…')).toBe(true);
    expect((school?.x ?? 0) + (school?.width ?? 0)).toBeLessThan(confidential?.x ?? 0);
  });

  it('wraps a long label within its column and keeps the row together wherever it falls on the page', async () => {
    const label = 'Gezondheid (lichamelijk en psychisch)';
    for (let filler = 28; filler <= 36; filler++) {
      const blocks: Block[] = [
        ...Array.from({ length: filler }, () => ({ kind: 'paragraph' as const, text: 'Regel' })),
        { kind: 'fields', rows: [{ label, value: 'Slaapt slecht.' }] },
      ];
      const layout = await readTextBoxes(
        await renderPdf({
          fonts,
          title: 'Test',
          schoolName: 'School',
          confidential: false,
          blocks,
        }),
      );
      const labelParts = layout.boxes.filter((b) =>
        ['Gezondheid', '(lichamelijk', 'psychisch)'].some((w) => b.str.includes(w)),
      );
      const value = layout.boxes.find((b) => b.str === 'Slaapt slecht.');
      expect(labelParts.map((b) => b.str).join(' ')).toBe(label);
      expect(new Set(labelParts.map((b) => b.page))).toEqual(new Set([value?.page]));
      for (const part of labelParts) expect(part.x + part.width).toBeLessThan(value?.x ?? 0);
    }
  });

  it('keeps a signature block (name, lines and captions) on one page wherever it falls', async () => {
    const signer = {
      name: `${MOTHER.name} ${FATHER.name} ${MOTHER.name}`,
      role: `moeder, met ouderlijk gezag, ${LONG_LABEL}`,
    };
    for (let filler = 26; filler <= 34; filler++) {
      const blocks: Block[] = [
        ...Array.from({ length: filler }, () => ({ kind: 'paragraph' as const, text: 'Regel' })),
        { kind: 'signatures', signers: [signer] },
      ];
      const bytes = await renderPdf({
        fonts,
        title: 'Test',
        schoolName: 'School',
        confidential: false,
        blocks,
      });
      const layout = await readTextBoxes(bytes);
      const pages = new Set(
        layout.boxes
          .filter(
            (b) =>
              b.str.includes('met ouderlijk gezag') ||
              b.str.includes('Handtekening') ||
              b.str.includes(LONG_LABEL.slice(-20)),
          )
          .map((b) => b.page),
      );
      expect(pages.size).toBe(1);
      expect(await checkPdfLayout(bytes)).toEqual([]);
    }
  });

  it('never leaves a heading alone at the bottom of a page', async () => {
    for (let filler = 26; filler <= 34; filler++) {
      const blocks: Block[] = [
        ...Array.from({ length: filler }, () => ({ kind: 'paragraph' as const, text: 'Regel' })),
        { kind: 'heading', level: 2, text: 'Zorgen per leefgebied' },
        {
          kind: 'fields',
          rows: [{ label: 'Gezondheid (lichamelijk en psychisch)', value: LONG_TEXT }],
        },
      ];
      const layout = await readTextBoxes(
        await renderPdf({
          fonts,
          title: 'Test',
          schoolName: 'School',
          confidential: false,
          blocks,
        }),
      );
      const heading = layout.boxes.find((b) => b.str === 'Zorgen per leefgebied');
      const row = layout.boxes.find((b) => b.str === 'Gezondheid');
      expect(heading?.page).toBe(row?.page);
    }
  });

  it('is a valid PDF for qpdf, embeds both fonts (pdffonts), and pdftotext reads the Arabic and Turkish names', async (context) => {
    const result = await renderConsentForm({
      fonts,
      schoolName: SCHOOL,
      pupil: arabicPupil,
      request: {
        purpose: 'verwijzen',
        recipientName: 'Wijkteam',
        dataCategories: ['basisgegevens'],
        validUntil: '2026-07-31',
      },
      onDate: '2026-02-01',
      contact: { name: 'Anouk de Wit', role: 'intern begeleider' },
    });
    const dir = mkdtempSync(join(tmpdir(), 'zt-pdf-'));
    try {
      const file = join(dir, 'form.pdf');
      writeFileSync(file, unwrap(result));
      let text: string;
      try {
        execFileSync('qpdf', ['--check', file], { stdio: 'pipe' });
        text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        // Both fonts embedded, with a Unicode map (pdffonts: "emb yes", "uni yes"; pdf-lib names
        // its subsets without the ABCDEF+ tag, so pdffonts' "sub" column says no).
        const fontsList = execFileSync('pdffonts', [file], { encoding: 'utf8' });
        expect(
          fontsList.match(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+\S+\s+yes/g)?.length,
        ).toBe(2);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          context.skip(
            'qpdf or pdftotext/pdffonts (poppler-utils) is not installed on this machine',
          );
          return;
        }
        throw error;
      }
      expect(text).toContain('İbrahim Yıldız-Şahinoğlu (vader, met ouderlijk gezag)');
      expect(text).toContain(MOTHER.name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
