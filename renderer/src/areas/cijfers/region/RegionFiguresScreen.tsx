// Runs in: renderer.
//
// Cijfers for the coordinator of a samenwerkingsverband (profile role `swv`; issue 17,
// point 4; docs/figures.md "Region"): the figures files of the schools, imported and
// verified, added up for the region and per municipality next to each school's own figures,
// for one school year and one table at a time. Everything shown comes from the schools'
// published figures: nothing here can be smaller than what a school already published.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import BarChartOutlinedIcon from '@mui/icons-material/BarChartOutlined';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FIGURE_TABLE_IDS, type FigureTableId } from '../../../../../shared/figures/model';
import { regionFigures, regionPeriods } from '../../../../../shared/figures/region';
import { AreaPage } from '../../../components/AreaPage';
import { EmptyState } from '../../../components/EmptyState';
import { useRecordList } from '../../../records/useRecords';
import { useSession } from '../../../security/VaultProvider';
import { RegionImport, schoolYearName } from './RegionImport';
import { RegionTableView, SchoolComparisonView } from './RegionTables';

export function RegionFiguresScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const files = useRecordList(session, 'swv.school-figures');
  const periods = useMemo(() => regionPeriods(files), [files]);
  const [from, setFrom] = useState<string | undefined>(undefined);
  const [tableId, setTableId] = useState<FigureTableId>('new-cases-by-source');
  const period = periods.find((p) => p.from === from) ?? periods[0];
  const figures = useMemo(
    () => (period === undefined ? undefined : regionFigures(files, tableId, period)),
    [files, tableId, period],
  );
  const schools = figures?.bySchool.groups.reduce((n, g) => n + g.schools.length, 0) ?? 0;

  return (
    <AreaPage title={t('region.title')} intro={t('region.intro')}>
      <Stack spacing={3}>
        <RegionImport />
        {period === undefined || figures === undefined ? (
          <EmptyState
            icon={BarChartOutlinedIcon}
            title={t('region.empty.title')}
            description={t('region.empty.description')}
          />
        ) : (
          <>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                select
                label={t('region.year')}
                value={period.from}
                onChange={(e) => setFrom(e.target.value)}
                sx={{ minWidth: 200 }}
              >
                {periods.map((p) => (
                  <MenuItem key={p.from} value={p.from}>
                    {schoolYearName(p.from)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                select
                label={t('region.table')}
                value={tableId}
                onChange={(e) =>
                  setTableId(FIGURE_TABLE_IDS.find((id) => id === e.target.value) ?? tableId)
                }
                sx={{ minWidth: 320 }}
              >
                {FIGURE_TABLE_IDS.map((id) => (
                  <MenuItem key={id} value={id}>
                    {t(`figures.tables.${id}`)}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
            <Typography>{t('region.schools', { count: schools })}</Typography>
            <Typography variant="body2">{t('region.legend')}</Typography>
            <RegionTableView
              table={figures.table}
              caption={t('region.regionCaption', {
                table: t(`figures.tables.${tableId}`),
                year: schoolYearName(period.from),
              })}
            />
            <SchoolComparisonView
              figures={figures}
              caption={t('region.bySchoolCaption', {
                table: t(`figures.tables.${tableId}`),
                year: schoolYearName(period.from),
              })}
            />
          </>
        )}
      </Stack>
    </AreaPage>
  );
}
