// Runs in: Node (test tooling).
//
// No output of the Cijfers feature holds a name or a count under 5: a tiny school's records,
// full of names (pupils, guardians, the teacher who raised the signal, attendees, action
// owners) and with free text in every field, published and written as CSV, are scanned for
// every name word and for any count 1-4. And the ZAT "anders doen" points that hold a name
// or a date are left out, not blanked.
import { describe, expect, it } from 'vitest';
import { PAGE_GEOMETRY } from '../../../shared/documents/pdf';
import { yearBefore } from '../../../shared/domain/schoolYear';
import { renderYearReport } from '../../../shared/figures/yearReport';
import { readTextBoxes } from '../../helpers/pdfGeometry';
import { extractPdfText, loadDocumentFonts } from '../../helpers/pdfText';
import { computeFigures } from '../../../shared/figures/compute';
import { figureTableCsv } from '../../../shared/figures/csv';
import type { PublishedCell } from '../../../shared/figures/model';
import { anonymousPoints, nameSourcesOf, nameWords } from '../../../shared/figures/points';
import { publishFigures } from '../../../shared/figures/suppression';
import { splitForSearch } from '../../../shared/search/normalize';
import { pupil } from '../domain/builders';
import { action, caseOn, emptyInput, item, meeting, reportLabels, times, YEAR } from './generate';

const PUPILS = [
  pupil(),
  pupil({ id: 'p-2', firstName: 'Mees', lastName: 'Bakker', guardians: [] }),
];
const ATTENDEE = {
  id: 'at-1',
  name: 'Sanne Wolters',
  role: 'leerkracht',
  organisation: '',
  presence: 'aanwezig' as const,
};

function tinySchool() {
  const meetings = [
    meeting({
      kind: 'zat',
      attendees: [ATTENDEE],
      agenda: [item({ situation: 'Zoë van der Berg is moe', discussed: 'Mees Bakker ook' })],
      processEvaluation: {
        wentWell: 'Sanne Wolters leidde goed',
        didNotGoWell: 'Mees kwam te laat',
        doDifferently:
          'Eerder beginnen\nMees Bakker eerder bespreken\nNa 12-03-2015 navragen\nMoeder van Zoë vaker bellen\nAgenda een week vooraf sturen',
      },
    }),
  ];
  const plans = [{ actions: [action({ ownerName: 'Sanne Wolters', status: 'gedaan' })] }];
  const input = emptyInput({
    cases: times(3, () =>
      caseOn('2025-10-01', {
        signal: { date: '2025-10-01', raisedBy: 'juf Sanne Wolters', description: 'Zoë huilt' },
      }),
    ),
    meetings,
    plans,
    nameWords: nameWords(nameSourcesOf({ pupils: PUPILS, contacts: [], meetings, plans })),
  });
  return { input, published: publishFigures(computeFigures(input, YEAR)) };
}

const NAME_WORDS = new Set(
  ['Zoë', 'van der Berg', 'Mees', 'Bakker', 'Sanne', 'Wolters', 'Marieke', 'Thomas'].flatMap((n) =>
    splitForSearch(n).filter((w) => !['van', 'der'].includes(w)),
  ),
);

function namesIn(text: string): string[] {
  return splitForSearch(text).filter((w) => NAME_WORDS.has(w));
}

describe('every output of a tiny school', () => {
  const { published } = tinySchool();
  const cells: PublishedCell[] = published.tables.flatMap((t) => [
    ...t.cells.flat(),
    ...(t.rowTotals ?? []),
    ...(t.columnTotals ?? []),
    ...(t.total === undefined ? [] : [t.total]),
  ]);

  it('publishes no count from 1 to 4', () => {
    expect(cells.filter((c) => typeof c === 'number' && c > 0 && c < 5)).toEqual([]);
    expect(cells).toContain('<5');
    for (const m of published.measures)
      if (typeof m.n === 'number') expect(m.n === 0 || m.n >= 5).toBe(true);
  });

  it('holds no name and no date in the published figures (the screen data and the figures file)', () => {
    const text = JSON.stringify(published);
    expect(namesIn(text)).toEqual([]);
    expect(text).not.toMatch(/12-03-2015|2015-03-12/);
    expect(published.evaluationPoints).toEqual([
      'Eerder beginnen',
      'Agenda een week vooraf sturen',
    ]);
    expect(published.withheldPoints).toBe(3);
  });

  it('holds no name and no count under 5 in any CSV', () => {
    for (const table of published.tables) {
      const csv = new TextDecoder().decode(
        figureTableCsv(table, {
          rowHeader: 'Aantal',
          total: 'Totaal',
          row: (r) => r.name ?? r.key,
          column: (c) => c,
          cell: (c) => (c === '<5' ? '< 5' : c === 'hidden' ? '×' : String(c)),
        }),
      );
      expect(namesIn(csv), table.id).toEqual([]);
      const numbers = csv
        .split(/\r\n/)
        .flatMap((line) => line.split(';').slice(1))
        .filter((cell) => /^\d+$/.test(cell))
        .map(Number);
      expect(
        numbers.filter((n) => n > 0 && n < 5),
        table.id,
      ).toEqual([]);
    }
  });
});

describe('the year report PDF of a tiny school', () => {
  it('holds no name and no count under 5: every number on its pages is 0, 5 or more', async () => {
    const { input, published } = tinySchool();
    const previous = publishFigures(computeFigures(input, yearBefore(YEAR)));
    const bytes = await renderYearReport({
      fonts: loadDocumentFonts(),
      schoolName: 'Basisschool De Klimop',
      current: published,
      previous,
      labels: reportLabels(),
    });
    const { boxes } = await readTextBoxes(bytes);
    const { margin, height } = PAGE_GEOMETRY;
    // The body only: the footer's "Pagina 1 van 2" is a page number, not a count.
    const body = boxes.filter((b) => b.y >= margin.bottom && b.y <= height - margin.top);
    const text = body.map((b) => b.str).join('\n');
    expect(namesIn(text)).toEqual([]);
    expect(text).toContain('< 5');
    const numbers = (text.match(/\d+/g) ?? []).map(Number);
    expect(numbers.length).toBeGreaterThan(20);
    expect(numbers.filter((n) => n > 0 && n < 5)).toEqual([]);
    // And what a PDF reader extracts from the whole file (metadata and pages).
    const all = await extractPdfText(bytes);
    expect(namesIn(`${all.title ?? ''}\n${all.text}`)).toEqual([]);
  });
});

describe('the CSV of a table', () => {
  it('has a header, the rows, the totals, ";" between cells, a BOM and Windows line ends', () => {
    const { published } = tinySchool();
    const table = published.tables.find((t) => t.id === 'new-cases-by-source');
    if (table === undefined) throw new Error('no table');
    const bytes = figureTableCsv(table, {
      rowHeader: 'Bron',
      total: 'Totaal',
      row: (r) => r.key,
      column: () => 'Aantal',
      cell: (c) => (c === '<5' ? '< 5' : c === 'hidden' ? '×' : String(c)),
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(
      'Bron;Aantal\r\nleerkracht;< 5\r\nintern-begeleider;0\r\nouders;0\r\nleerling;0\r\npartner;0\r\nanders;0\r\nTotaal;< 5\r\n',
    );
  });

  it('writes a cell a spreadsheet would run as a formula as text', () => {
    const bytes = figureTableCsv(
      {
        id: 'actions-by-organisation',
        rows: [{ key: 'org:x', name: '=HYPERLINK("x")' }],
        columns: ['gedaan'],
        cells: [[7]],
      },
      {
        rowHeader: 'Organisatie',
        total: 'Totaal',
        row: (r) => r.name ?? r.key,
        column: (c) => c,
        cell: String,
      },
    );
    expect(new TextDecoder().decode(bytes)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('the "anders doen" points', () => {
  const names = nameWords(
    nameSourcesOf({
      pupils: PUPILS,
      contacts: [{ name: 'Ilse de Groot' }],
      meetings: [],
      plans: [],
    }),
  );

  it('leaves out a point with a name in any case or accent, or a date; keeps the rest', () => {
    expect(
      anonymousPoints(
        [
          '- Zoe eerder bespreken\n* ilse de groot uitnodigen\n1. Eerder uitnodigen\nGeboren 3/4 checken\nDe groep kleiner',
        ],
        names,
      ),
    ).toEqual({ points: ['Eerder uitnodigen', 'De groep kleiner'], withheld: 3 });
  });
});
