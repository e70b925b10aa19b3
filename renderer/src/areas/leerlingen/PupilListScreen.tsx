// Runs in: renderer.
//
// The Leerlingen list: every pupil sorted the Dutch way, with group, date of birth and the
// number of open case files, an instant filter (no case, no accents) and the two ways to
// add pupils. A regional vault holds ~14,000 pupils, so the table renders only the rows in
// view (VirtualList); the rows are built once per change of the records, filtered once per
// (deferred) query.
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { hrefFor, useHashRoute } from '../../app/router';
import { pupilImportRoute } from '../../app/routes';
import { AreaPage } from '../../components/AreaPage';
import { EmptyState } from '../../components/EmptyState';
import { VirtualList } from '../../components/VirtualList';
import { formatIsoDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { useSession } from '../../security/VaultProvider';
import { PupilDialog } from './PupilDialog';
import {
  buildPupilRows,
  filterPupilRows,
  pupilRowKey,
  type PupilRow,
} from '../../../../shared/domain/pupilList';
import { useRecordsVersion } from '../../records/useRecords';

const WATCHED = ['pupil', 'case'] as const;

export function PupilListScreen() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const [, navigate] = useHashRoute();
  const version = useRecordsVersion(session, WATCHED);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [adding, setAdding] = useState(false);

  const rows = useMemo(
    () =>
      version >= 0
        ? buildPupilRows(session.records.list('pupil'), session.records.list('case'))
        : [],
    [session, version],
  );
  const filtered = useMemo(() => filterPupilRows(rows, deferredQuery), [rows, deferredQuery]);

  const header = useMemo(
    () => (
      <>
        <TableCell scope="col">{t('pupils.list.columnName')}</TableCell>
        <TableCell scope="col">{t('pupils.list.columnGroup')}</TableCell>
        <TableCell scope="col">{t('pupils.list.columnDateOfBirth')}</TableCell>
        <TableCell scope="col" align="right">
          {t('pupils.list.columnOpenCases')}
        </TableCell>
      </>
    ),
    [t],
  );
  // Stable while the language stays the same, so rows already on screen are not re-rendered.
  const renderRow = useCallback(
    (row: PupilRow) => {
      return (
        <>
          <TableCell component="th" scope="row">
            <Link
              href={hrefFor({ area: 'leerlingen', path: [row.pupil.id] })}
              sx={{ fontWeight: 600 }}
            >
              {row.sortName}
            </Link>
          </TableCell>
          <TableCell>{row.pupil.group ?? ''}</TableCell>
          <TableCell>{formatIsoDate(row.pupil.dateOfBirth, language, 'short')}</TableCell>
          <TableCell align="right">{row.openCases}</TableCell>
        </>
      );
    },
    [language],
  );

  const addButton = (
    <Button
      variant="contained"
      startIcon={<PersonAddAlt1OutlinedIcon />}
      onClick={() => setAdding(true)}
    >
      {t('pupils.actions.add')}
    </Button>
  );
  const importButton = (
    <Button
      variant="outlined"
      startIcon={<UploadFileOutlinedIcon />}
      href={hrefFor(pupilImportRoute)}
    >
      {t('pupils.actions.import')}
    </Button>
  );

  return (
    <AreaPage title={t('pupils.list.title')} intro={t('pupils.list.intro')}>
      {rows.length === 0 ? (
        <EmptyState
          icon={PeopleAltOutlinedIcon}
          title={t('pupils.list.emptyTitle')}
          description={t('pupils.list.emptyDescription')}
          nextStep={t('pupils.list.emptyNextStep')}
          action={
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
              {addButton}
              {importButton}
            </Stack>
          }
        />
      ) : (
        <Stack spacing={2.5}>
          <Stack
            direction={{ xs: 'column', md: 'row' }}
            spacing={1.5}
            sx={{ alignItems: { md: 'flex-start' } }}
          >
            <TextField
              label={t('pupils.list.filterLabel')}
              helperText={t('pupils.list.filterHelp')}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              sx={{ flexGrow: 1, maxWidth: { md: 420 } }}
              slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
            />
            <Box sx={{ flexGrow: 1 }} />
            {addButton}
            {importButton}
          </Stack>
          <Typography role="status" variant="body2" color="text.secondary">
            {t('pupils.list.total', { count: filtered.length })}
          </Typography>
          {filtered.length === 0 ? (
            <EmptyState
              icon={PeopleAltOutlinedIcon}
              title={t('pupils.list.noMatchTitle')}
              description={t('pupils.list.noMatchDescription', { query: deferredQuery })}
            />
          ) : (
            <VirtualList
              variant="table"
              items={filtered}
              getKey={pupilRowKey}
              estimateSize={37}
              label={t('pupils.list.tableLabel')}
              columnCount={4}
              header={header}
              renderItem={renderRow}
            />
          )}
        </Stack>
      )}
      {adding ? (
        <PupilDialog
          onClose={() => setAdding(false)}
          onSaved={(pupil) => {
            setAdding(false);
            navigate({ area: 'leerlingen', path: [pupil.id] });
          }}
        />
      ) : null}
    </AreaPage>
  );
}
