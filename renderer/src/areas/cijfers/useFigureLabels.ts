// Runs in: renderer.
//
// How published figures read on screen and in the CSV: "< 5" for 1-4, "×" for a cell hidden
// by complementary suppression (read out as "verborgen"), a row's translated label or the
// organisation's own name.
import { useTranslation } from 'react-i18next';
import type { FigureRow, PublishedCell } from '../../../../shared/figures/model';

export interface FigureLabels {
  readonly cellText: (cell: PublishedCell) => string;
  readonly cellLabel: (cell: PublishedCell) => string;
  readonly rowLabel: (row: FigureRow) => string;
  readonly columnLabel: (column: string) => string;
}

export function useFigureLabels(): FigureLabels {
  const { t, i18n } = useTranslation();
  const cellText = (cell: PublishedCell): string => {
    if (cell === '<5') return t('figures.cell.small');
    if (cell === 'hidden') return t('figures.cell.hidden');
    return cell.toLocaleString(i18n.language);
  };
  return {
    cellText,
    cellLabel: (cell) => (cell === 'hidden' ? t('figures.cell.hiddenLabel') : cellText(cell)),
    // A leefgebied id the school added itself has no translation: its id is shown as it is.
    rowLabel: (row) => row.name ?? t(`figures.rows.${row.key}`, { defaultValue: row.key }),
    columnLabel: (column) => t(`figures.columns.${column}`, { defaultValue: column }),
  };
}
