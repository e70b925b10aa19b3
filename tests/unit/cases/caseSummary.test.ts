// Tests for the printable zorgdossier: what a reader's PDF viewer shows holds the formal file
// (signal, hulpvraag, leefgebieden, entries, consents, betrokkenen, status) and never a working
// note, even when a working note is smuggled into the list of entries.
import { describe, expect, it } from 'vitest';
import {
  caseSummaryBlocks,
  chronologyTextNl,
  renderCaseSummary,
} from '../../../shared/documents/caseSummary';
import { changeCaseStatus } from '../../../shared/domain/case';
import { buildChronology } from '../../../shared/domain/chronology';
import { toExportableCase } from '../../../shared/domain/exportableCase';
import { DEFAULT_LEEFGEBIEDEN } from '../../../shared/domain/leefgebieden';
import type { WorkingNote } from '../../../shared/domain/workingNote';
import { extractPdfText, loadDocumentFonts } from '../../helpers/pdfText';
import { T0, consent, entry, involvement, pupil, zorgdossier } from '../domain/builders';

const fonts = loadDocumentFonts();
const NOTE_TEXT = 'Vermoeden: vader drinkt, nog niet met ouders besproken';

const workingNote: WorkingNote = {
  id: 'w-1',
  caseId: 'c-1',
  authorId: 'owner',
  body: NOTE_TEXT,
  date: '2026-01-11',
  createdAt: T0,
  updatedAt: T0,
};

const entries = [
  entry({
    id: 'e-1',
    kind: 'gesprek',
    date: '2026-01-10',
    title: 'Gesprek met moeder',
    body: 'Moeder herkent het beeld thuis.',
  }),
  entry({
    id: 'e-2',
    kind: 'actie',
    date: '2026-01-20',
    title: 'Observatie in de klas',
    body: 'Juf Sanne observeert twee weken.',
  }),
];

function file(extra: readonly unknown[] = []) {
  return toExportableCase({
    pupil: pupil(),
    case: zorgdossier({ regisseur: { kind: 'name', name: 'Anouk de Wit' } }),
    // A loosely typed list as read from storage: the working note must be dropped.
    entries: [...entries, ...(extra as never[])],
    consents: [consent()],
    involvements: [involvement({ id: 'i-1' })],
  });
}

async function pdfText(input: Parameters<typeof renderCaseSummary>[0]): Promise<string> {
  const pdf = await extractPdfText(await renderCaseSummary(input));
  return pdf.text.replace(/\s+/g, ' ');
}

describe('printable zorgdossier', () => {
  it('holds the formal file and no working note', async () => {
    const text = await pdfText({
      fonts,
      schoolName: 'OBS De Tweemaster',
      file: file([workingNote]),
      leefgebieden: DEFAULT_LEEFGEBIEDEN,
      onDate: '2026-02-01',
    });
    expect(text).toContain('Zorgdossier Zoë van der Berg');
    expect(text).toContain('OBS De Tweemaster');
    expect(text).toContain('Signalering');
    expect(text).toContain('juf Sanne (leerkracht groep 5)');
    expect(text).toContain('Zoë is stil en moe in de klas.');
    expect(text).toContain('Hoe helpen we Zoë weer mee te doen?');
    expect(text).toContain('Onderwijs');
    expect(text).toContain('Opvoeding en gezin');
    expect(text).toContain('Anouk de Wit');
    expect(text).toContain('Gesprek met moeder');
    expect(text).toContain('Moeder herkent het beeld thuis.');
    expect(text).toContain('Observatie in de klas');
    expect(text).toContain('Joost Kamphuis');
    expect(text).toContain('Bespreken met naam');
    expect(text).toContain('1 februari 2026');
    expect(text).not.toContain(NOTE_TEXT);
    expect(text).not.toContain('Vermoeden');
  });

  it('titles the PDF without the pupil name', async () => {
    const pdf = await extractPdfText(
      await renderCaseSummary({
        fonts,
        schoolName: 'OBS De Tweemaster',
        file: file(),
        leefgebieden: DEFAULT_LEEFGEBIEDEN,
        onDate: '2026-02-01',
      }),
    );
    expect(pdf.title).toBe('Zorgdossier');
  });

  it('lists the chronology oldest first, with the signal before the entries', () => {
    const blocks = caseSummaryBlocks({
      schoolName: 'S',
      file: file(),
      leefgebieden: DEFAULT_LEEFGEBIEDEN,
      onDate: '2026-02-01',
    });
    const lines = blocks.flatMap((b) =>
      b.kind === 'paragraph' && b.bold === true ? [b.text] : [],
    );
    expect(lines[0]).toContain('5 januari 2026 · Signaal');
    const gesprek = lines.findIndex((l) => l.includes('Gesprek met moeder'));
    const actie = lines.findIndex((l) => l.includes('Observatie in de klas'));
    expect(gesprek).toBeGreaterThan(0);
    expect(actie).toBeGreaterThan(gesprek);
  });

  it('shows a closed case with its reason and the status entry', async () => {
    const closed = changeCaseStatus(zorgdossier(), 'afgesloten', {
      on: '2026-03-01',
      reason: 'Hulp loopt via het wijkteam',
      now: T0,
      author: 'Anouk',
    });
    if (!closed.ok) throw new Error(closed.error.code);
    const exportable = toExportableCase({
      pupil: pupil(),
      case: closed.value.case,
      entries: [{ ...closed.value.entry, id: 'e-status' }],
      consents: [],
      involvements: [],
    });
    const text = await pdfText({
      fonts,
      schoolName: 'S',
      file: exportable,
      leefgebieden: DEFAULT_LEEFGEBIEDEN,
      onDate: '2026-03-02',
    });
    expect(text).toContain('Afgesloten');
    expect(text).toContain('Hulp loopt via het wijkteam');
    expect(text).toContain('Status gewijzigd naar afgesloten');
    expect(text).toContain('Geen betrokkenen vastgelegd.');
  });

  it('describes consent withdrawal and involvement events in Dutch', () => {
    const withdrawn = consent({ withdrawn: { date: '2026-02-01', by: 'Marieke van der Berg' } });
    const items = buildChronology(zorgdossier(), [], [withdrawn], [involvement({ id: 'i-1' })]);
    const texts = items.map(chronologyTextNl);
    expect(texts.map((t) => t.title)).toContain(
      'Betrokken: Joost Kamphuis (wijkcoach, Wijkteam Enschede-Centrum)',
    );
    expect(
      texts.some(
        (t) =>
          t.title.startsWith('Toestemming ingetrokken') &&
          t.body === 'Ingetrokken door Marieke van der Berg.',
      ),
    ).toBe(true);
  });
});
