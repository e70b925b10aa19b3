// Runs in: renderer.
//
// One published figures table as an accessible HTML table (caption, row and column headers).
// A plain list's chart stands above it (FigureChart, decoration: the table holds the same
// numbers). A list shows this period and the year before side by side; a two-way table shows
// each period as its own table.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { FigureRow, PublishedCell, PublishedTable } from '../../../../shared/figures/model';
import { useFigureLabels } from './useFigureLabels';

function Count({ cell }: { readonly cell: PublishedCell | undefined }) {
  const { cellText, cellLabel } = useFigureLabels();
  const value = cell ?? 0;
  return (
    <TableCell align="right" aria-label={cellLabel(value)} sx={{ whiteSpace: 'nowrap' }}>
      {cellText(value)}
    </TableCell>
  );
}

export interface PeriodLabels {
  readonly current: string;
  readonly previous: string;
}

interface ComparisonProps {
  readonly current: PublishedTable;
  readonly previous: PublishedTable;
  readonly periods: PeriodLabels;
}

/** A header row: the first column's heading, then right-aligned column headings. */
export function HeaderRow({
  first,
  rest,
}: {
  readonly first: string;
  readonly rest: readonly string[];
}) {
  return (
    <TableHead>
      <TableRow>
        <TableCell component="th" scope="col">
          {first}
        </TableCell>
        {rest.map((label) => (
          <TableCell key={label} component="th" scope="col" align="right">
            {label}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
}

function rowKeys(tables: readonly PublishedTable[]): FigureRow[] {
  const rows = new Map<string, FigureRow>();
  for (const table of tables)
    for (const row of table.rows) if (!rows.has(row.key)) rows.set(row.key, row);
  return [...rows.values()];
}

function cellOf(table: PublishedTable, key: string, column = 0): PublishedCell {
  const index = table.rows.findIndex((r) => r.key === key);
  return index < 0 ? 0 : (table.cells[index]?.[column] ?? 0);
}

/** A plain list: rows down, this period and the year before across. */
function ListTable({ current, previous, periods }: ComparisonProps) {
  const { t } = useTranslation();
  const { rowLabel } = useFigureLabels();
  return (
    <Table size="small" data-testid={`figures-${current.id}`}>
      <caption>{t(`figures.tables.${current.id}`)}</caption>
      <HeaderRow first={t('figures.columns.aantal')} rest={[periods.current, periods.previous]} />
      <TableBody>
        {rowKeys([current, previous]).map((row) => (
          <TableRow key={row.key}>
            <TableCell component="th" scope="row">
              {rowLabel(row)}
            </TableCell>
            <Count cell={cellOf(current, row.key)} />
            <Count cell={cellOf(previous, row.key)} />
          </TableRow>
        ))}
        {current.columnTotals !== undefined ? (
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
              {t('figures.cell.total')}
            </TableCell>
            <Count cell={current.columnTotals[0]} />
            <Count cell={previous.columnTotals?.[0]} />
          </TableRow>
        ) : null}
      </TableBody>
    </Table>
  );
}

/** A two-way table of one period, with its totals. */
function CrossTable({
  table,
  caption,
}: {
  readonly table: PublishedTable;
  readonly caption: string;
}) {
  const { t } = useTranslation();
  const { rowLabel, columnLabel } = useFigureLabels();
  const total = t('figures.cell.total');
  return (
    <Table size="small" data-testid={`figures-${table.id}`}>
      <caption>{caption}</caption>
      <HeaderRow
        first={t('figures.columns.aantal')}
        rest={[
          ...table.columns.map(columnLabel),
          ...(table.rowTotals !== undefined ? [total] : []),
        ]}
      />
      <TableBody>
        {table.rows.map((row, r) => (
          <TableRow key={row.key}>
            <TableCell component="th" scope="row">
              {rowLabel(row)}
            </TableCell>
            {table.columns.map((c, i) => (
              <Count key={c} cell={table.cells[r]?.[i]} />
            ))}
            {table.rowTotals !== undefined ? <Count cell={table.rowTotals[r]} /> : null}
          </TableRow>
        ))}
        {table.columnTotals !== undefined ? (
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
              {total}
            </TableCell>
            {table.columnTotals.map((cell, i) => (
              <Count key={table.columns[i] ?? i} cell={cell} />
            ))}
            {table.total !== undefined ? <Count cell={table.total} /> : null}
          </TableRow>
        ) : null}
      </TableBody>
    </Table>
  );
}

export function FigureTableView({ current, previous, periods }: ComparisonProps) {
  const { t } = useTranslation();
  if (current.columns.length === 1)
    return <ListTable current={current} previous={previous} periods={periods} />;
  const title = t(`figures.tables.${current.id}`);
  return (
    <>
      <CrossTable table={current} caption={`${title}: ${periods.current}`} />
      <Box sx={{ mt: 2 }}>
        <CrossTable table={previous} caption={`${title}: ${periods.previous}`} />
      </Box>
    </>
  );
}
