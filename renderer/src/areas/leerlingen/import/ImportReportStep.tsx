// Runs in: renderer.
//
// Step 4 of the import: what happened (counts, worded as "4 leerlingen geïmporteerd"), the
// rows that were not imported with their row number and reason, a CSV of those rows to
// correct in the administration system (same delimiter and encoding as the input, saved
// through the Host under a name without personal data), and the ways on: another file, or
// the pupil list. Row contents appear on screen and in the saved file only, never in a log.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import SaveAltOutlinedIcon from '@mui/icons-material/SaveAltOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ColumnMapping } from '../../../../../shared/import/csv/preview';
import { refusedRowsCsv, type RefusedRow } from '../../../../../shared/import/csv/refused';
import type { ImportReport } from '../../../../../shared/import/csv/report';
import type { CsvTable } from '../../../../../shared/import/csv/table';
import { hrefFor } from '../../../app/router';
import { useHost } from '../../../host/HostContext';
import { useSession } from '../../../security/VaultProvider';
import { todayIso } from '../../../../../shared/domain/dates';
import { rowDisplayName } from '../../../../../shared/import/importModel';
import { issueText } from './issueText';

export interface ImportReportStepProps {
  /** The step's heading (focused by the screen when the step opens). */
  readonly heading: ReactNode;
  readonly report: ImportReport;
  readonly refused: readonly RefusedRow[];
  readonly table: CsvTable;
  readonly mapping: ColumnMapping;
  readonly onImportAnother: () => void;
}

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly name: string }
  | { readonly kind: 'failed' };

export function ImportReportStep({
  heading,
  report,
  refused,
  table,
  mapping,
  onImportAnother,
}: ImportReportStepProps) {
  const { t } = useTranslation();
  const host = useHost();
  const session = useSession();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const { counts } = report;
  const reasons = (row: RefusedRow): string[] => row.errors.map((issue) => issueText(t, issue));

  const saveRefused = async (): Promise<void> => {
    setSave({ kind: 'saving' });
    const bytes = refusedRowsCsv(
      table,
      refused,
      { rowNumber: t('pupils.import.refusedCsvRow'), reason: t('pupils.import.reasonHeader') },
      (row) => reasons(row).join(' '),
    );
    try {
      const outcome = await host.saveFile({
        suggestedName: t('pupils.import.refusedFileName', { date: todayIso() }),
        bytes,
        filters: [{ name: t('pupils.import.fileFilter'), extensions: ['csv'] }],
      });
      if (!outcome.saved) {
        setSave({ kind: 'idle' });
        return;
      }
      await session.audit.append('export', {
        recordType: 'pupil',
        detail: `import-refused-rows count=${refused.length}`,
      });
      setSave({ kind: 'saved', name: outcome.name });
    } catch {
      setSave({ kind: 'failed' });
    }
  };

  return (
    <Paper variant="outlined" component="section" sx={{ p: 3 }}>
      {heading}
      <Box component="ul" sx={{ mt: 0, mb: 2, pl: 3 }} data-testid="import-report-counts">
        <li>
          {t('pupils.import.reportImported', {
            count: counts.imported + counts['imported-despite-duplicate'],
          })}
        </li>
        <li>
          {t('pupils.import.reportSkipped', {
            count: counts['skipped-duplicate'] + counts['skipped-by-user'],
          })}
        </li>
        <li>{t('pupils.import.reportErrors', { count: counts['skipped-error'] })}</li>
        {counts.emptyRowsSkipped > 0 ? (
          <li>{t('pupils.import.reportEmpty', { count: counts.emptyRowsSkipped })}</li>
        ) : null}
      </Box>

      {refused.length > 0 ? (
        <Box component="section" aria-labelledby="import-refused-heading" sx={{ mb: 3 }}>
          <Typography id="import-refused-heading" variant="h3" component="h3" sx={{ mb: 0.5 }}>
            {t('pupils.import.refusedHeading')}
          </Typography>
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {t('pupils.import.refusedIntro')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('pupils.import.rowNumbering')}
          </Typography>
          <TableContainer>
            <Table size="small" aria-label={t('pupils.import.refusedTableLabel')}>
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('pupils.import.rowHeader')}</TableCell>
                  <TableCell scope="col">{t('pupils.import.nameHeader')}</TableCell>
                  <TableCell scope="col">{t('pupils.import.reasonHeader')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {refused.map((row) => (
                  <TableRow key={row.rowNumber} data-row={row.rowNumber}>
                    <TableCell>{t('pupils.import.rowLabel', { row: row.rowNumber })}</TableCell>
                    <TableCell
                      component="th"
                      scope="row"
                      sx={{
                        fontWeight: 600,
                        minWidth: 120,
                        maxWidth: 200,
                        overflowWrap: 'anywhere',
                      }}
                    >
                      {rowDisplayName(row, table, mapping, t('pupils.import.noName'))}
                    </TableCell>
                    <TableCell sx={{ maxWidth: 480, overflowWrap: 'anywhere' }}>
                      <Box component="ul" sx={{ m: 0, pl: 2 }}>
                        {reasons(row).map((reason, i) => (
                          <li key={i}>{reason}</li>
                        ))}
                      </Box>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Button
            variant="outlined"
            startIcon={<SaveAltOutlinedIcon />}
            sx={{ mt: 2 }}
            onClick={() => void saveRefused()}
            disabled={save.kind === 'saving'}
          >
            {t('pupils.import.refusedSave')}
          </Button>
          <Box role="status" sx={{ mt: 1 }}>
            {save.kind === 'saved' ? (
              <Alert severity="success">
                {t('pupils.import.refusedSaved', { name: save.name })}
              </Alert>
            ) : null}
          </Box>
          {save.kind === 'failed' ? (
            <Alert severity="error" sx={{ mt: 1 }}>
              {t('pupils.import.refusedSaveFailed')}
            </Alert>
          ) : null}
        </Box>
      ) : null}

      <Stack direction="row" spacing={1.5}>
        <Button variant="contained" href={hrefFor({ area: 'leerlingen' })}>
          {t('pupils.import.toList')}
        </Button>
        <Button variant="outlined" onClick={onImportAnother}>
          {t('pupils.import.importAnother')}
        </Button>
      </Stack>
    </Paper>
  );
}
