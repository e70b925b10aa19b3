// Runs in: renderer.
//
// The chart of a plain figures list (issue 17: "charts where people would rather look than
// read"): this school year and the year before as horizontal bars per row, drawn with MUI X
// Charts. The chart is decoration for sighted readers (aria-hidden, no tooltip, no keyboard
// stops): the accessible table under it holds the same numbers, which is what screen readers
// and axe see. Only counts that are shown get a bar; "< 5" and hidden cells get none, since
// a bar's length would give the number away. Loaded lazily with the Cijfers screen
// (LazyFigureChart), so the chart library is never part of the unlock screen's code.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import { BarChart } from '@mui/x-charts/BarChart';
import type { PublishedCell, PublishedTable } from '../../../../shared/figures/model';
import type { PeriodLabels } from './FigureTableView';
import { useFigureLabels } from './useFigureLabels';

const ROW_HEIGHT = 34;

function valueOf(table: PublishedTable, key: string): number | null {
  const index = table.rows.findIndex((r) => r.key === key);
  const cell: PublishedCell = index < 0 ? 0 : (table.cells[index]?.[0] ?? 0);
  return typeof cell === 'number' ? cell : null;
}

export interface FigureChartProps {
  readonly current: PublishedTable;
  readonly previous: PublishedTable;
  readonly periods: PeriodLabels;
}

export default function FigureChart({ current, previous, periods }: FigureChartProps) {
  const { i18n } = useTranslation();
  const { rowLabel } = useFigureLabels();
  const rows = current.rows;
  const format = (v: number | null): string => (v === null ? '' : v.toLocaleString(i18n.language));
  return (
    <Box aria-hidden data-testid={`figures-chart-${current.id}`} sx={{ maxWidth: 720, mb: 1 }}>
      <BarChart
        layout="horizontal"
        height={rows.length * ROW_HEIGHT + 90}
        skipAnimation
        disableKeyboardNavigation
        yAxis={[{ scaleType: 'band', data: rows.map(rowLabel), width: 190 }]}
        xAxis={[{ tickMinStep: 1, valueFormatter: format }]}
        series={[
          {
            data: rows.map((r) => valueOf(current, r.key)),
            label: periods.current,
            valueFormatter: format,
          },
          {
            data: rows.map((r) => valueOf(previous, r.key)),
            label: periods.previous,
            valueFormatter: format,
          },
        ]}
        slots={{ tooltip: () => null }}
      />
    </Box>
  );
}
