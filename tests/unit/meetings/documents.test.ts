// Tests for the meeting documents: text a PDF reader extracts (pdf.js) holds the decisions
// with Dutch diacritics intact and never the anonymous pupil's name; the preparation sheet
// leaves working notes out; the .docx is a valid zip with word/document.xml (read with
// node:zlib; the docx package bundles fflate, not jszip, so there is no zip library to import).
import { describe, expect, it } from 'vitest';
import {
  agendaBlocks,
  renderAgendaDocx,
  renderAgendaPdf,
} from '../../../shared/documents/meetings/agenda';
import { renderDocx } from '../../../shared/documents/meetings/docx';
import {
  minutesBlocks,
  renderMinutesDocx,
  renderMinutesPdf,
} from '../../../shared/documents/meetings/minutes';
import {
  preparationSheetBlocks,
  renderPreparationSheetPdf,
} from '../../../shared/documents/meetings/preparationSheet';
import { DEFAULT_LEEFGEBIEDEN } from '../../../shared/domain/leefgebieden';
import { toExportableCase } from '../../../shared/domain/exportableCase';
import { carryOver } from '../../../shared/meetings/carryOver';
import {
  addAddendum,
  approveMinutes,
  editMinutes,
  type ApprovalContext,
} from '../../../shared/meetings/minutes';
import type { Meeting } from '../../../shared/meetings/meeting';
import { DEFAULT_MEETING_TEMPLATES } from '../../../shared/meetings/templates';
import { extractPdfText, loadDocumentFonts } from '../../helpers/pdfText';
import { text as strFromU8, unzip as unzipSync } from './zip';
import { entry, involvement, voice, zorgdossier } from '../domain/builders';
import {
  action,
  addItem,
  consents,
  emptyZorgteam,
  NOW,
  pupils,
  T0,
  threeCaseZorgteam,
  unwrap,
  zoe,
} from './builders';

const fonts = loadDocumentFonts();
const schoolName = 'OBS De Tweemaster';
const flat = (text: string): string => text.replace(/\s+/g, ' ');
const context: ApprovalContext = {
  by: 'Anouk de Wit',
  at: NOW,
  pupils,
  consents,
  feedback: {
    defaultOwner: { name: 'Anouk de Wit', organisation: schoolName, kind: 'school' },
    dueDays: 7,
  },
};

function approvedMeeting(): Meeting {
  let meeting = unwrap(
    editMinutes(
      threeCaseZorgteam(),
      { kind: 'presence', attendeeId: 'a-jgz', presence: 'afgemeld' },
      T0,
    ),
  );
  meeting = unwrap(
    editMinutes(
      meeting,
      {
        kind: 'item-fields',
        itemId: 'i-zoe',
        patch: { situation: 'Zoë is stil.', nextEvaluationDate: '2026-04-14' },
      },
      T0,
    ),
  );
  meeting = unwrap(
    editMinutes(
      meeting,
      {
        kind: 'add-decision',
        itemId: 'i-zoe',
        decision: {
          id: 'd-1',
          text: 'De coördinator van het SMW belt ouders over de ruïne van het schoolplein.',
        },
      },
      T0,
    ),
  );
  meeting = unwrap(
    editMinutes(
      meeting,
      {
        kind: 'add-decision',
        itemId: 'i-noor',
        decision: { id: 'd-2', text: 'Aanmelden bij het wijkteam Ĳsselstein.' },
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
          id: 'x-1',
          description: 'Gesprek met ouders',
          ownerName: 'Joost Kamphuis',
          ownerOrganisation: 'SMW Twente',
          ownerKind: 'partner',
        }),
      },
      T0,
    ),
  );
  meeting = unwrap(
    editMinutes(
      meeting,
      {
        kind: 'add-action',
        itemId: 'i-daan',
        action: action({ id: 'x-2', description: 'Observatie in de klas' }),
      },
      T0,
    ),
  );
  meeting = unwrap(
    editMinutes(
      meeting,
      {
        kind: 'item-fields',
        itemId: 'i-daan',
        patch: {
          situation: 'Leerling A komt vaak te laat.',
          parentsFeedback: { given: false, reasonIfNot: 'Eerst observeren.' },
        },
      },
      T0,
    ),
  );
  meeting = unwrap(approveMinutes(meeting, context));
  return unwrap(
    addAddendum(
      meeting,
      {
        id: 'ad-1',
        date: '2026-03-12',
        author: 'Anouk de Wit',
        text: 'De evaluatie wordt 21 april (coördinator verhinderd).',
      },
      NOW,
    ),
  );
}

describe('agenda PDF', () => {
  it('shows named pupils, only the pseudonym for the anonymous one, and the school, page numbers and VERTROUWELIJK', async () => {
    const meeting = unwrap(
      editMinutes(
        threeCaseZorgteam(),
        {
          kind: 'item-fields',
          itemId: 'i-daan',
          patch: { question: 'Hoe helpen we Daan op tijd te komen?' },
        },
        T0,
      ),
    );
    const pdf = await extractPdfText(
      await renderAgendaPdf({
        fonts,
        schoolName,
        meeting,
        pupils,
        template: DEFAULT_MEETING_TEMPLATES.zorgteam,
      }),
    );
    const text = flat(pdf.text);
    expect(pdf.title).toBe('Agenda Zorgteam');
    expect(text).toContain(schoolName);
    expect(text).toContain('VERTROUWELIJK');
    expect(text).toContain('Pagina 1 van');
    expect(text).toContain('dinsdag 10 maart 2026');
    expect(text).toContain('Zoë van der Berg (groep 5B)');
    expect(text).toContain('Noor de Vries (groep 3)');
    expect(text).toContain('Leerling A');
    expect(text).toContain('Hoe helpen we Leerling A op tijd te komen?');
    for (const leak of ['Daan', 'Çelik', 'Fatima', '23 september 2016', 'groep 4A'])
      expect(text).not.toContain(leak);
    expect(text).toContain('15:10 - 15:25');
  });

  it('lists the carry-over of a returning case', () => {
    const previous = {
      ...unwrap(
        approveMinutes(
          unwrap(
            editMinutes(
              addItem(
                emptyZorgteam({ id: 'm-0', date: '2026-02-10', status: 'gepland', attendees: [] }),
                { id: 'i-0', caseId: 'c-1', pupilId: 'p-zoe' },
              ),
              {
                kind: 'add-decision',
                itemId: 'i-0',
                decision: { id: 'd-0', text: 'Observeren in de klas' },
              },
              T0,
            ),
          ),
          context,
        ),
      ),
    };
    const withAction = unwrap(
      editMinutes(
        { ...previous, status: 'bezig', approvedAt: undefined, approvedBy: undefined },
        {
          kind: 'add-action',
          itemId: 'i-0',
          action: action({ id: 'x-0', description: 'Observatie door de coördinator' }),
        },
        T0,
      ),
    );
    const snapshot = carryOver('c-1', [withAction], [], { onDate: '2026-03-01' });
    const meeting = addItem(emptyZorgteam(), {
      id: 'i-zoe',
      caseId: 'c-1',
      pupilId: 'p-zoe',
      carryOver: snapshot,
    });
    const text = agendaBlocks({
      schoolName,
      meeting,
      pupils,
      template: DEFAULT_MEETING_TEMPLATES.zorgteam,
    })
      .map((b) => JSON.stringify(b))
      .join('\n');
    expect(text).toContain('Open actie: Observatie door de coördinator');
    expect(text).toContain('Besluit vorige keer: Observeren in de klas');
  });
});

describe('minutes PDF', () => {
  it('holds decisions with diacritics, actions with owner and date, feedback, next evaluation and addenda', async () => {
    const result = await renderMinutesPdf({
      fonts,
      schoolName,
      meeting: approvedMeeting(),
      pupils,
    });
    const pdf = await extractPdfText(unwrap(result));
    const text = flat(pdf.text);
    expect(pdf.title).toBe('Verslag Zorgteam');
    expect(text).toContain(
      'De coördinator van het SMW belt ouders over de ruïne van het schoolplein.',
    );
    expect(text).toContain('Aanmelden bij het wijkteam Ĳsselstein.');
    expect(text).toContain(
      'Gesprek met ouders - Joost Kamphuis, SMW Twente - uiterlijk 24 maart 2026 (open)',
    );
    expect(text).toContain('Terugkoppeling aan ouders over de bespreking - Anouk de Wit');
    expect(text).toContain('Nee: Eerst observeren.');
    expect(text).toContain('14 april 2026');
    expect(text).toContain('Vastgesteld op 10 maart 2026 door Anouk de Wit.');
    expect(text).toContain('Afgemeld Priya Ramdin');
    expect(text).toContain('12 maart 2026, Anouk de Wit:');
    expect(text).toContain('De evaluatie wordt 21 april (coördinator verhinderd).');
    expect(text).toContain('VERTROUWELIJK');
    expect(text).toMatch(/Pagina 1 van \d/);
    expect(text).not.toContain('Daan');
  });

  it('replaces names, not words: a word equal to an anonymous pupil’s surname in a named item stays', () => {
    const meeting = unwrap(
      editMinutes(
        threeCaseZorgteam(),
        {
          kind: 'add-decision',
          itemId: 'i-noor',
          decision: { id: 'd-x', text: 'Contact met Çelik Reizen.' },
        },
        T0,
      ),
    );
    const approved = unwrap(
      approveMinutes(
        {
          ...meeting,
          attendees: meeting.attendees.map((a) => ({ ...a, presence: 'aanwezig' as const })),
        },
        context,
      ),
    );
    const blocks = JSON.stringify(unwrap(minutesBlocks({ schoolName, meeting: approved, pupils })));
    expect(blocks).toContain('Contact met Çelik Reizen.');
    expect(blocks).not.toContain('Daan');
  });

  it('refuses minutes that are not approved', async () => {
    expect(minutesBlocks({ schoolName, meeting: threeCaseZorgteam(), pupils })).toEqual({
      ok: false,
      error: { code: 'minutes-not-approved' },
    });
    expect(await renderMinutesDocx({ schoolName, meeting: threeCaseZorgteam(), pupils })).toEqual({
      ok: false,
      error: { code: 'minutes-not-approved' },
    });
  });
});

describe('minutes .docx', () => {
  it('is a valid zip with word/document.xml holding the decisions, header and page-number fields', async () => {
    const bytes = unwrap(
      await renderMinutesDocx({ schoolName, meeting: approvedMeeting(), pupils }),
    );
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']),
    );
    const document = strFromU8(files['word/document.xml']);
    expect(document).toContain(
      'De coördinator van het SMW belt ouders over de ruïne van het schoolplein.',
    );
    expect(document).toContain('Ĳsselstein');
    expect(document).not.toContain('Daan');
    const parts = Object.entries(files)
      .filter(([name]) => /^word\/(header|footer)\d*\.xml$/.test(name))
      .map(([, data]) => strFromU8(data))
      .join('\n');
    expect(parts).toContain(schoolName);
    expect(parts).toContain('VERTROUWELIJK');
    expect(parts).toMatch(/PAGE/);
    expect(parts).toMatch(/NUMPAGES/);
  });

  it('renders every block kind', async () => {
    const bytes = await renderDocx({
      title: 'Test',
      schoolName,
      confidential: false,
      blocks: [
        { kind: 'heading', text: 'Kop', level: 1 },
        { kind: 'paragraph', text: 'Regel een\nRegel twee\u0007' },
        { kind: 'fields', rows: [{ label: 'Veld', value: 'Waarde' }] },
        { kind: 'list', items: ['een', 'twee'] },
        { kind: 'box', text: 'Kader', size: 12 },
        { kind: 'signatures', signers: [{ name: 'Marieke', role: 'moeder' }] },
        { kind: 'spacer', height: 10 },
        { kind: 'pageBreak' },
      ],
    });
    const document = strFromU8(unzipSync(bytes)['word/document.xml']);
    for (const word of ['Kop', 'Regel twee', 'Waarde', 'twee', 'Kader', 'Handtekening'])
      expect(document).toContain(word);
    expect(document).not.toContain('\u0007');
  });

  it('makes the agenda as .docx too', async () => {
    const bytes = await renderAgendaDocx({
      schoolName,
      meeting: threeCaseZorgteam(),
      pupils,
      template: DEFAULT_MEETING_TEMPLATES.zorgteam,
    });
    const document = strFromU8(unzipSync(bytes)['word/document.xml']);
    expect(document).toContain('Leerling A');
    expect(document).not.toContain('Daan');
  });
});

describe('preparation sheet', () => {
  const exportable = toExportableCase({
    pupil: zoe,
    case: zorgdossier(),
    entries: [
      entry({ id: 'e-1', title: 'Gesprek met moeder', body: 'Moeder vertelt over de scheiding.' }),
      // A working note handed in by mistake: not a formal entry, so it is dropped.
      {
        id: 'w-1',
        caseId: 'c-1',
        authorId: 'u-1',
        body: 'WERKAANTEKENING: eigen vermoeden',
        date: '2026-01-11',
      },
    ] as never,
    consents,
    involvements: [involvement({ id: 'inv-1', isRegisseur: true })],
  });

  it('summarises the case for a named item, without working notes or entry bodies', async () => {
    const meeting = threeCaseZorgteam();
    const pdf = await extractPdfText(
      unwrap(
        await renderPreparationSheetPdf({
          fonts,
          schoolName,
          meeting,
          itemId: 'i-zoe',
          exportable,
          leefgebieden: DEFAULT_LEEFGEBIEDEN,
          pupils,
        }),
      ),
    );
    const text = flat(pdf.text);
    expect(pdf.title).toBe('Voorbereiding Zorgteam');
    expect(text).toContain('Zoë van der Berg');
    expect(text).toContain('Hoe helpen we Zoë weer mee te doen?');
    expect(text).toContain('Onderwijs, Opvoeding en gezin');
    expect(text).toContain('Joost Kamphuis, wijkcoach (Wijkteam Enschede-Centrum), regisseur');
    expect(text).toContain('Gesprek met moeder');
    expect(text).not.toContain('WERKAANTEKENING');
    expect(text).not.toContain('scheiding');
    expect(text).toContain('VERTROUWELIJK');
  });

  it('shows what the parents and the pupil think, of this case only (issue 18)', async () => {
    const voices = [
      voice({ text: 'Moeder: thuis slaapt Zoë slecht.' }),
      voice({ id: 'v-2', kind: 'leerling', text: 'Ik wil meer buiten spelen.' }),
      voice({ id: 'v-3', caseId: 'c-daan', text: 'Over Daan' }),
    ];
    const text = flat(
      (
        await extractPdfText(
          unwrap(
            await renderPreparationSheetPdf({
              fonts,
              schoolName,
              meeting: threeCaseZorgteam(),
              itemId: 'i-zoe',
              exportable,
              voices,
              leefgebieden: DEFAULT_LEEFGEBIEDEN,
              pupils,
            }),
          ),
        )
      ).text,
    );
    expect(text).toContain('Wat vinden ouders');
    expect(text).toContain('1 februari 2026: Moeder: thuis slaapt Zoë slecht.');
    expect(text).toContain('Wat vindt de leerling');
    expect(text).toContain('Ik wil meer buiten spelen.');
    expect(text).not.toContain('Over Daan');
    // An anonymous item's sheet holds no voices, even when they are handed in.
    const anonymous = JSON.stringify(
      unwrap(
        preparationSheetBlocks({
          schoolName,
          meeting: threeCaseZorgteam(),
          itemId: 'i-daan',
          exportable,
          voices,
          leefgebieden: DEFAULT_LEEFGEBIEDEN,
          pupils,
        }),
      ),
    );
    expect(anonymous).not.toContain('Wat vinden ouders');
    expect(anonymous).not.toContain('Over Daan');
  });

  it('holds no case data for an anonymous item, and checks the case matches the item', () => {
    const meeting = threeCaseZorgteam();
    const blocks = unwrap(
      preparationSheetBlocks({
        schoolName,
        meeting,
        itemId: 'i-daan',
        exportable,
        leefgebieden: DEFAULT_LEEFGEBIEDEN,
        pupils,
      }),
    );
    const text = JSON.stringify(blocks);
    expect(text).toContain('Leerling A');
    expect(text).toContain('geen gegevens uit het dossier');
    for (const leak of ['Zoë', 'Daan', 'Hulpvraag', 'Signaal']) expect(text).not.toContain(leak);
    expect(
      preparationSheetBlocks({
        schoolName,
        meeting,
        itemId: 'i-noor',
        exportable,
        leefgebieden: DEFAULT_LEEFGEBIEDEN,
      }),
    ).toEqual({ ok: false, error: { code: 'case-mismatch' } });
    expect(
      preparationSheetBlocks({
        schoolName,
        meeting,
        itemId: 'i-zoe',
        leefgebieden: DEFAULT_LEEFGEBIEDEN,
      }),
    ).toEqual({ ok: false, error: { code: 'case-required' } });
    expect(
      preparationSheetBlocks({
        schoolName,
        meeting,
        itemId: 'nope',
        leefgebieden: DEFAULT_LEEFGEBIEDEN,
      }),
    ).toEqual({ ok: false, error: { code: 'item-not-found' } });
  });
});
