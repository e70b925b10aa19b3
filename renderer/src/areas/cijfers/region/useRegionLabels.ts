// Runs in: renderer.
//
// How a region cell reads (shared/figures/region.ts): an exact sum, "≥ n" when some schools
// did not publish theirs, "< 5 per school" or "×"; the label read out says how many schools
// withheld their count.
import { useTranslation } from 'react-i18next';
import { regionCellView, type RegionCell } from '../../../../../shared/figures/region';

export interface RegionLabels {
  readonly text: (cell: RegionCell) => string;
  readonly label: (cell: RegionCell) => string;
}

export function useRegionLabels(): RegionLabels {
  const { t, i18n } = useTranslation();
  const number = (n: number): string => n.toLocaleString(i18n.language);
  return {
    text: (cell) => {
      const view = regionCellView(cell);
      switch (view.kind) {
        case 'count':
          return number(view.value);
        case 'at-least':
          return t('region.cell.atLeast', { value: number(view.value) });
        case 'small-per-school':
          return t('region.cell.smallPerSchool');
        case 'withheld':
          return t('region.cell.withheld');
      }
    },
    label: (cell) => {
      const view = regionCellView(cell);
      switch (view.kind) {
        case 'count':
          return number(view.value);
        case 'at-least':
          return t('region.cell.atLeastLabel', { value: number(view.value), count: view.withheld });
        case 'small-per-school':
          return t('region.cell.smallPerSchoolLabel', { count: view.withheld });
        case 'withheld':
          return t('region.cell.withheldLabel');
      }
    },
  };
}
