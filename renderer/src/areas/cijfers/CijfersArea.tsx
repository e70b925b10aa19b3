// Runs in: renderer.
//
// Cijfers (issue 17): anonymous figures of a school year compared with the year before, for
// the year-end evaluation and the samenwerkingsverband. The figures are computed in shared/
// and published through suppression (docs/figures.md) before this screen sees them: it only
// ever shows "< 5", hidden cells and counts of 5 or more, and no names.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import BarChartOutlinedIcon from '@mui/icons-material/BarChartOutlined';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { todayIso } from '../../../../shared/domain/dates';
import { schoolYearPeriod, schoolYearStartOf } from '../../../../shared/domain/schoolYear';
import { AreaPage } from '../../components/AreaPage';
import { EmptyState } from '../../components/EmptyState';
import { useRecordList, useRecordsVersion } from '../../records/useRecords';
import { useSession } from '../../security/VaultProvider';
import { FIGURE_RECORD_TYPES, figuresInput, publishedComparison } from './figuresData';
import { FigureTableView } from './FigureTableView';
import { LazyFigureChart } from './LazyFigureChart';
import { MeasuresTable, EvaluationPoints } from './FigureExtras';
import { SaveFiguresFile, SaveTableCsv, SaveYearReport } from './SaveOutput';

const yearName = (start: number): string => `${start}-${start + 1}`;

export function CijfersArea() {
  const { t } = useTranslation();
  const session = useSession();
  const version = useRecordsVersion(session, FIGURE_RECORD_TYPES);
  const cases = useRecordList(session, 'case');
  const meetings = useRecordList(session, 'meeting');
  const today = todayIso();
  const thisYear = schoolYearStartOf(today);
  const firstYear = cases.reduce(
    (first, c) => Math.min(first, schoolYearStartOf(c.signal.date)),
    thisYear,
  );
  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => thisYear - i);
  const [year, setYear] = useState(thisYear);
  const figures = useMemo(
    () =>
      version >= 0
        ? publishedComparison(figuresInput(session, today), schoolYearPeriod(year))
        : undefined,
    [session, today, year, version],
  );
  const empty = cases.length === 0 && meetings.length === 0;
  const periods = {
    current: t('figures.period.current', { year: yearName(year) }),
    previous: t('figures.period.previous', { year: yearName(year - 1) }),
  };

  return (
    <AreaPage title={t('areas.cijfers.title')} intro={t('areas.cijfers.intro')}>
      {empty || figures === undefined ? (
        <EmptyState
          icon={BarChartOutlinedIcon}
          title={t('areas.cijfers.empty.title')}
          description={t('areas.cijfers.empty.description')}
        />
      ) : (
        <Stack spacing={4}>
          <TextField
            select
            label={t('figures.period.label')}
            value={String(year)}
            onChange={(e) => setYear(Number(e.target.value))}
            sx={{ maxWidth: 240 }}
          >
            {years.map((y) => (
              <MenuItem key={y} value={String(y)}>
                {yearName(y)}
              </MenuItem>
            ))}
          </TextField>
          <Typography variant="body2">{t('figures.cell.legend')}</Typography>
          <Box>
            <SaveYearReport figures={figures} periodName={yearName(year)} periods={periods} />
          </Box>
          {figures.current.tables.map((table) => {
            const previous = figures.previous.tables.find((p) => p.id === table.id);
            return previous === undefined ? null : (
              <Box component="section" key={table.id} aria-label={t(`figures.tables.${table.id}`)}>
                {table.columns.length === 1 ? (
                  <LazyFigureChart current={table} previous={previous} periods={periods} />
                ) : null}
                <FigureTableView current={table} previous={previous} periods={periods} />
                <SaveTableCsv table={table} periodName={yearName(year)} />
              </Box>
            );
          })}
          <MeasuresTable current={figures.current} previous={figures.previous} periods={periods} />
          <EvaluationPoints figures={figures.current} />
          <Box component="section" aria-label={t('figures.file.save')}>
            <Typography sx={{ mb: 1 }}>{t('figures.file.intro')}</Typography>
            <SaveFiguresFile figures={figures} periodName={yearName(year)} />
          </Box>
        </Stack>
      )}
    </AreaPage>
  );
}
