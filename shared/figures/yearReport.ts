// Runs in: any environment.
//
// The printable year report of Cijfers (issue 17, point 3): every published table of a
// period next to the year before, a bar chart for each plain list, the referral lead times
// and the ZAT's "anders doen" points. It is built from published figures only (suppression.ts
// ran before), so it can show nothing the screen does not: "< 5" and hidden cells stay what
// they are, and a bar is drawn only for a count that is shown (never for "< 5", whose length
// would give the number away). Labels come from the caller (the screen's translations), as
// for the CSV; the layout is the one engine of every document (documents/pdf.ts).
import { renderPdf, type Block, type DocumentFonts } from '../documents/pdf';
import { figureTableGrid, type FigureCsvLabels } from './csv';
import type {
  FigureTableId,
  PublishedCell,
  PublishedFigures,
  PublishedMeasure,
  PublishedTable,
} from './model';

export interface YearReportLabels extends FigureCsvLabels {
  /** The document's title (header and first heading), e.g. "Cijfers zorg 2025-2026". */
  readonly title: string;
  /** What "< 5" and the hidden mark mean. */
  readonly legend: string;
  readonly periods: { readonly current: string; readonly previous: string };
  readonly table: (id: FigureTableId) => string;
  readonly measures: {
    readonly title: string;
    readonly measure: string;
    readonly n: string;
    readonly name: (m: PublishedMeasure) => string;
    readonly value: (m: PublishedMeasure | undefined) => string;
  };
  readonly points: {
    readonly title: string;
    readonly none: string;
    readonly withheld: (count: number) => string;
  };
}

export interface YearReportInput {
  readonly fonts: DocumentFonts;
  readonly schoolName: string;
  readonly current: PublishedFigures;
  readonly previous: PublishedFigures;
  readonly labels: YearReportLabels;
}

function cellAt(table: PublishedTable | undefined, key: string): PublishedCell {
  const index = table?.rows.findIndex((r) => r.key === key) ?? -1;
  return index < 0 ? 0 : (table?.cells[index]?.[0] ?? 0);
}

/** A plain list: its bar chart (this period), then the table of both periods. */
function listBlocks(
  current: PublishedTable,
  previous: PublishedTable | undefined,
  labels: YearReportLabels,
): Block[] {
  const rows = [...current.rows, ...(previous?.rows ?? [])].filter(
    (row, i, all) => all.findIndex((r) => r.key === row.key) === i,
  );
  const totals =
    current.columnTotals === undefined
      ? []
      : [
          [
            labels.total,
            labels.cell(current.columnTotals[0] ?? 0),
            labels.cell(previous?.columnTotals?.[0] ?? 0),
          ],
        ];
  return [
    {
      kind: 'bars',
      items: current.rows.map((row) => {
        const cell = cellAt(current, row.key);
        return {
          label: labels.row(row),
          value: typeof cell === 'number' ? cell : null,
          text: labels.cell(cell),
        };
      }),
    },
    {
      kind: 'table',
      columns: [labels.rowHeader, labels.periods.current, labels.periods.previous],
      rows: [
        ...rows.map((row) => [
          labels.row(row),
          labels.cell(cellAt(current, row.key)),
          labels.cell(cellAt(previous, row.key)),
        ]),
        ...totals,
      ],
      totalRow: totals.length > 0,
    },
  ];
}

/** A two-way table: each period as its own table, with its totals. */
function crossBlocks(
  current: PublishedTable,
  previous: PublishedTable | undefined,
  labels: YearReportLabels,
): Block[] {
  return [
    [current, labels.periods.current] as const,
    ...(previous === undefined ? [] : [[previous, labels.periods.previous] as const]),
  ].flatMap(([table, period]): Block[] => {
    const [columns = [], ...rows] = figureTableGrid(table, labels);
    return [
      { kind: 'paragraph', text: period, bold: true, size: 9.5 },
      { kind: 'table', columns, rows, totalRow: table.columnTotals !== undefined },
    ];
  });
}

/** The report's blocks (exported for the tests' layout checks). */
export function yearReportBlocks(
  current: PublishedFigures,
  previous: PublishedFigures,
  labels: YearReportLabels,
): Block[] {
  const tables = current.tables.flatMap((table): Block[] => {
    const before = previous.tables.find((p) => p.id === table.id);
    return [
      { kind: 'heading', text: labels.table(table.id), level: 2 },
      ...(table.columns.length === 1
        ? listBlocks(table, before, labels)
        : crossBlocks(table, before, labels)),
    ];
  });
  const m = labels.measures;
  return [
    { kind: 'heading', text: labels.title, level: 1 },
    { kind: 'paragraph', text: labels.legend },
    ...tables,
    { kind: 'heading', text: m.title, level: 2 },
    {
      kind: 'table',
      columns: [m.measure, labels.periods.current, m.n, labels.periods.previous],
      rows: current.measures.map((measure) => [
        m.name(measure),
        m.value(measure),
        labels.cell(measure.n),
        m.value(previous.measures.find((p) => p.id === measure.id)),
      ]),
    },
    { kind: 'heading', text: labels.points.title, level: 2 },
    current.evaluationPoints.length === 0
      ? { kind: 'paragraph', text: labels.points.none }
      : { kind: 'list', items: current.evaluationPoints },
    ...(current.withheldPoints > 0
      ? [{ kind: 'paragraph', text: labels.points.withheld(current.withheldPoints) } as const]
      : []),
  ];
}

/** The year report as PDF bytes. */
export function renderYearReport(input: YearReportInput): Promise<Uint8Array> {
  return renderPdf({
    fonts: input.fonts,
    title: input.labels.title,
    schoolName: input.schoolName,
    // Anonymous aggregates only: nothing on these pages is confidential about a child.
    confidential: false,
    blocks: yearReportBlocks(input.current, input.previous, input.labels),
  });
}
