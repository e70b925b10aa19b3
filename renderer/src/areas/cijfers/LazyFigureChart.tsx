// Runs in: renderer.
//
// FigureChart behind a dynamic import: the chart library is a chunk of its own, fetched the
// first time Cijfers shows a chart, so neither the unlock screen nor the other areas load it.
// Until it is there the table under it already shows every number.
import { lazy, Suspense } from 'react';
import type { FigureChartProps } from './FigureChart';

const FigureChart = lazy(() => import('./FigureChart'));

export function LazyFigureChart(props: FigureChartProps) {
  return (
    <Suspense fallback={null}>
      <FigureChart {...props} />
    </Suspense>
  );
}
