// Runs in: renderer.
//
// "CSV opslaan" under a figures table: the published table (never raw counts) as a CSV file,
// named after the table and the period only (no personal data in file names).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { figureTableCsv } from '../../../../shared/figures/csv';
import type { PublishedTable } from '../../../../shared/figures/model';
import { useHost } from '../../host/HostContext';
import { useFigureLabels } from './useFigureLabels';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export function SaveTableCsv({
  table,
  periodName,
}: {
  readonly table: PublishedTable;
  readonly periodName: string;
}) {
  const { t } = useTranslation();
  const host = useHost();
  const labels = useFigureLabels();
  const [state, setState] = useState<SaveState>('idle');
  const title = t(`figures.tables.${table.id}`);

  const save = async (): Promise<void> => {
    setState('saving');
    const bytes = figureTableCsv(table, {
      rowHeader: t('figures.columns.aantal'),
      total: t('figures.cell.total'),
      row: labels.rowLabel,
      column: labels.columnLabel,
      cell: labels.cellText,
    });
    try {
      const outcome = await host.saveFile({
        suggestedName: `cijfers-${table.id}-${periodName}.csv`,
        bytes,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      setState(outcome.saved ? 'saved' : 'idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      <Button
        size="small"
        onClick={() => void save()}
        disabled={state === 'saving'}
        aria-label={t('figures.csv.saveLabel', { table: title })}
      >
        {t('figures.csv.save')}
      </Button>
      <Typography variant="body2" role="status" component="span" sx={{ ml: 1 }}>
        {state === 'saved' ? t('figures.csv.saved') : ''}
        {state === 'failed' ? t('figures.csv.failed') : ''}
      </Typography>
    </>
  );
}
