// Runs in: renderer.
//
// The save buttons of Cijfers: "CSV opslaan" under each table, "Jaarverslag opslaan (PDF)"
// and "Cijferbestand opslaan" for the samenwerkingsverband. All write only published
// (suppressed) figures, through the host's one save dialog, under a name that holds the kind
// and the school year only (no personal data in file names).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { todayIso } from '../../../../shared/domain/dates';
import { utf8Encode } from '../../../../shared/crypto/bytes';
import { figureTableCsv, type FigureCsvLabels } from '../../../../shared/figures/csv';
import { writeFiguresFile } from '../../../../shared/figures/figuresFile';
import { renderYearReport, type YearReportLabels } from '../../../../shared/figures/yearReport';
import type { PublishedTable } from '../../../../shared/figures/model';
import { useHost } from '../../host/HostContext';
import { loadDocumentFonts } from '../../security/documentFonts';
import { useSession } from '../../security/VaultProvider';
import { sharingIdentity } from '../../sharing/sharingIdentity';
import { useMeasureText } from './FigureExtras';
import type { PeriodLabels } from './FigureTableView';
import type { PublishedComparison } from './figuresData';
import { useFigureLabels } from './useFigureLabels';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

interface FileToSave {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly extension: 'csv' | 'json' | 'pdf';
}

function SaveButton({
  label,
  ariaLabel,
  make,
}: {
  readonly label: string;
  readonly ariaLabel?: string;
  readonly make: () => Promise<FileToSave>;
}) {
  const { t } = useTranslation();
  const host = useHost();
  const [state, setState] = useState<SaveState>('idle');
  const save = async (): Promise<void> => {
    setState('saving');
    try {
      const file = await make();
      const outcome = await host.saveFile({
        suggestedName: file.name,
        bytes: file.bytes,
        filters: [{ name: file.extension.toUpperCase(), extensions: [file.extension] }],
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
        {...(ariaLabel !== undefined ? { 'aria-label': ariaLabel } : {})}
      >
        {label}
      </Button>
      <Typography variant="body2" role="status" component="span" sx={{ ml: 1 }}>
        {state === 'saved' ? t('figures.csv.saved') : ''}
        {state === 'failed' ? t('figures.csv.failed') : ''}
      </Typography>
    </>
  );
}

/** The labels of a table as the CSV and the year report write it (the screen's words). */
function useTableLabels(): FigureCsvLabels {
  const { t } = useTranslation();
  const labels = useFigureLabels();
  return {
    rowHeader: t('figures.columns.aantal'),
    total: t('figures.cell.total'),
    row: labels.rowLabel,
    column: labels.columnLabel,
    cell: labels.cellText,
  };
}

export function SaveTableCsv({
  table,
  periodName,
}: {
  readonly table: PublishedTable;
  readonly periodName: string;
}) {
  const { t } = useTranslation();
  const labels = useTableLabels();
  return (
    <SaveButton
      label={t('figures.csv.save')}
      ariaLabel={t('figures.csv.saveLabel', { table: t(`figures.tables.${table.id}`) })}
      make={() =>
        Promise.resolve({
          name: `cijfers-${table.id}-${periodName}.csv`,
          extension: 'csv',
          bytes: figureTableCsv(table, labels),
        })
      }
    />
  );
}

export function SaveFiguresFile({
  figures,
  periodName,
}: {
  readonly figures: PublishedComparison;
  readonly periodName: string;
}) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <SaveButton
      label={t('figures.file.save')}
      make={async () => ({
        name: `cijfers-${periodName}.json`,
        extension: 'json',
        bytes: utf8Encode(
          await writeFiguresFile(await sharingIdentity(session), {
            school: session.profile.schoolName,
            createdOn: todayIso(),
            current: figures.current,
            previous: figures.previous,
          }),
        ),
      })}
    />
  );
}

export function SaveYearReport({
  figures,
  periodName,
  periods,
}: {
  readonly figures: PublishedComparison;
  readonly periodName: string;
  readonly periods: PeriodLabels;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const tableLabels = useTableLabels();
  const measureText = useMeasureText();
  const labels: YearReportLabels = {
    ...tableLabels,
    title: t('figures.report.title', { year: periodName }),
    legend: t('figures.cell.legend'),
    periods,
    table: (id) => t(`figures.tables.${id}`),
    measures: {
      title: t('figures.measures.title'),
      measure: t('figures.measures.measure'),
      n: t('figures.measures.n'),
      name: (m) => t(`figures.measures.${m.id}`),
      value: measureText,
    },
    points: {
      title: t('figures.points.title'),
      none: t('figures.points.none'),
      withheld: (count) => t('figures.points.withheld', { count }),
    },
  };
  return (
    <SaveButton
      label={t('figures.report.save')}
      make={async () => ({
        name: `cijfers-jaarverslag-${periodName}.pdf`,
        extension: 'pdf',
        bytes: await renderYearReport({
          fonts: await loadDocumentFonts(),
          schoolName: session.profile.schoolName,
          current: figures.current,
          previous: figures.previous,
          labels,
        }),
      })}
    />
  );
}
