// Runs in: renderer.
//
// The region's two tables for one figures table and school year: the region totals in the
// table's own shape, and the schools side by side, grouped by municipality with a total per
// municipality and for the region. School cells are shown exactly as each school published
// them; totals follow the region rule (useRegionLabels).
import { useTranslation } from 'react-i18next';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { PublishedCell } from '../../../../../shared/figures/model';
import type { RegionCell, RegionFigures } from '../../../../../shared/figures/region';
import { HeaderRow } from '../FigureTableView';
import { useFigureLabels } from '../useFigureLabels';
import { useRegionLabels } from './useRegionLabels';

function RegionCount({ cell }: { readonly cell: RegionCell | undefined }) {
  const { text, label } = useRegionLabels();
  if (cell === undefined) return <TableCell />;
  return (
    <TableCell align="right" aria-label={label(cell)} sx={{ whiteSpace: 'nowrap' }}>
      {text(cell)}
    </TableCell>
  );
}

function SchoolCount({ cell }: { readonly cell: PublishedCell | undefined }) {
  const { cellText, cellLabel } = useFigureLabels();
  return (
    <TableCell align="right" aria-label={cellLabel(cell ?? 0)}>
      {cellText(cell ?? 0)}
    </TableCell>
  );
}

function TotalHeader({ children }: { readonly children: string }) {
  return (
    <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
      {children}
    </TableCell>
  );
}

export function RegionTableView({
  table,
  caption,
}: {
  readonly table: RegionFigures['table'];
  readonly caption: string;
}) {
  const { t } = useTranslation();
  const { rowLabel, columnLabel } = useFigureLabels();
  const total = t('figures.cell.total');
  return (
    <Table size="small" data-testid="region-table">
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
              <RegionCount key={c} cell={table.cells[r]?.[i]} />
            ))}
            {table.rowTotals !== undefined ? <RegionCount cell={table.rowTotals[r]} /> : null}
          </TableRow>
        ))}
        {table.columnTotals !== undefined ? (
          <TableRow>
            <TotalHeader>{total}</TotalHeader>
            {table.columns.map((c, i) => (
              <RegionCount key={c} cell={table.columnTotals?.[i]} />
            ))}
            {table.rowTotals !== undefined ? <RegionCount cell={table.total} /> : null}
          </TableRow>
        ) : null}
      </TableBody>
    </Table>
  );
}

export function SchoolComparisonView({
  figures,
  caption,
}: {
  readonly figures: RegionFigures;
  readonly caption: string;
}) {
  const { t } = useTranslation();
  const { rowLabel } = useFigureLabels();
  const { bySchool, table } = figures;
  const withTotal = bySchool.total !== undefined;
  return (
    <Table size="small" data-testid="region-by-school">
      <caption>{caption}</caption>
      <HeaderRow
        first={t('region.school')}
        rest={[...table.rows.map(rowLabel), ...(withTotal ? [t('figures.cell.total')] : [])]}
      />
      <TableBody>
        {bySchool.groups.map((group) => [
          ...group.schools.map((school) => (
            <TableRow key={`${group.municipality ?? ''}/${school.school}`}>
              <TableCell component="th" scope="row">
                {school.school}
              </TableCell>
              {school.cells.map((cell, i) => (
                <SchoolCount key={table.rows[i]?.key ?? i} cell={cell} />
              ))}
              {withTotal ? <SchoolCount cell={school.total} /> : null}
            </TableRow>
          )),
          <TableRow key={`total/${group.municipality ?? ''}`}>
            <TotalHeader>
              {group.municipality === undefined
                ? t('region.noMunicipality')
                : t('region.municipalityTotal', { municipality: group.municipality })}
            </TotalHeader>
            {group.cells.map((cell, i) => (
              <RegionCount key={table.rows[i]?.key ?? i} cell={cell} />
            ))}
            {withTotal ? <RegionCount cell={group.total} /> : null}
          </TableRow>,
        ])}
        <TableRow>
          <TotalHeader>{t('region.regionTotal')}</TotalHeader>
          {bySchool.cells.map((cell, i) => (
            <RegionCount key={table.rows[i]?.key ?? i} cell={cell} />
          ))}
          {withTotal ? <RegionCount cell={bySchool.total} /> : null}
        </TableRow>
      </TableBody>
    </Table>
  );
}
