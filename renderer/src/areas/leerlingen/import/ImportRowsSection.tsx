// Runs in: renderer.
//
// Import step 2, the rows: the counts, then every row with its status, its messages in plain
// Dutch and whether it will be imported (an error row never is). Long files show a page of
// rows at a time.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { displayName } from '../../../../../shared/domain/pupil';
import type { ImportPreview, ImportRow } from '../../../../../shared/import/csv/preview';
import type { ImportDecision } from '../../../../../shared/import/csv/report';
import type { CsvTable } from '../../../../../shared/import/csv/table';
import {
  countFormulaCells,
  isRowImported,
  rowCell,
  rowDisplayName,
} from '../../../../../shared/import/importModel';
import { formatIsoDate } from '../../../i18n/dates';
import { useLanguage } from '../../../i18n/useLanguage';
import { useSession } from '../../../security/VaultProvider';
import { issueText } from './issueText';

const ROW_PAGE = 200;

export interface ImportRowsSectionProps {
  readonly table: CsvTable;
  readonly preview: ImportPreview;
  readonly decisions: ReadonlyMap<number, ImportDecision>;
  readonly onDecision: (rowNumber: number, decision: ImportDecision) => void;
}

export function ImportRowsSection({
  table,
  preview,
  decisions,
  onDecision,
}: ImportRowsSectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const [rowLimit, setRowLimit] = useState(ROW_PAGE);
  const { mapping, counts } = preview;
  const formulaCells = countFormulaCells(preview);
  const date = (iso: string): string => formatIsoDate(iso, language, 'short');

  const duplicateText = (row: ImportRow): string | undefined => {
    const of = row.duplicateOf;
    if (of === undefined) return undefined;
    if (of.kind === 'row') return t('pupils.import.duplicateRow', { row: of.rowNumber });
    const existing = session.records.get('pupil', of.pupilId);
    return t('pupils.import.duplicateExisting', {
      name: existing === undefined ? '' : displayName(existing),
    });
  };

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="import-rows-heading"
      sx={{ p: 3 }}
    >
      <Typography id="import-rows-heading" variant="h3" component="h3" sx={{ mb: 0.5 }}>
        {t('pupils.import.rowsHeading')}
      </Typography>
      <Typography role="status" sx={{ mb: 0.5 }}>
        {t('pupils.import.counts', {
          rows: counts.rows,
          new: counts.new,
          duplicate: counts.duplicate,
          error: counts.error,
        })}
      </Typography>
      {preview.emptyRowNumbers.length > 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('pupils.import.emptyRows', {
            count: preview.emptyRowNumbers.length,
            rows: preview.emptyRowNumbers.join(', '),
          })}
        </Typography>
      ) : null}
      {formulaCells > 0 ? (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="formula-cells">
          {t('pupils.import.formulaCells', { count: formulaCells })}
        </Alert>
      ) : null}
      {counts.error > 0 ? (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('pupils.import.errorsHint')}
        </Typography>
      ) : null}
      {preview.rows.length === 0 ? (
        <Alert severity="warning" data-testid="no-rows">
          {t('pupils.import.noRows')}
        </Alert>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('pupils.import.rowNumbering')}
        </Typography>
      )}
      {preview.rows.length === 0 ? null : (
        <TableContainer sx={{ mt: 1 }}>
          <Table size="small" aria-label={t('pupils.import.rowsTableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('pupils.import.rowHeader')}</TableCell>
                <TableCell scope="col">{t('pupils.import.nameHeader')}</TableCell>
                <TableCell scope="col">{t('pupils.import.dateOfBirthHeader')}</TableCell>
                <TableCell scope="col">{t('pupils.import.groupHeader')}</TableCell>
                <TableCell scope="col">{t('pupils.import.statusHeader')}</TableCell>
                <TableCell scope="col">{t('pupils.import.messagesHeader')}</TableCell>
                <TableCell scope="col">{t('pupils.import.decisionHeader')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.rows.slice(0, rowLimit).map((row) => {
                const messages = [
                  ...row.errors.map((e) => issueText(t, e)),
                  ...(duplicateText(row) === undefined ? [] : [duplicateText(row) ?? '']),
                  ...row.warnings.map((w) => issueText(t, w)),
                ];
                const name = rowDisplayName(row, table, mapping, t('pupils.import.noName'));
                return (
                  <TableRow key={row.rowNumber} data-row={row.rowNumber} data-status={row.status}>
                    <TableCell>{row.rowNumber}</TableCell>
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
                      {name}
                    </TableCell>
                    <TableCell>
                      {row.pupil !== undefined
                        ? date(row.pupil.dateOfBirth)
                        : rowCell(row.rowNumber, 'dateOfBirth', table, mapping)}
                    </TableCell>
                    <TableCell>
                      {row.pupil !== undefined
                        ? (row.pupil.group ?? '')
                        : rowCell(row.rowNumber, 'group', table, mapping)}
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        label={t(`pupils.import.rowStatus.${row.status}`)}
                        color={
                          row.status === 'error'
                            ? 'error'
                            : row.status === 'duplicate'
                              ? 'default'
                              : 'success'
                        }
                        variant="outlined"
                        // MUI's warning orange is too light for text on white (WCAG AA): dark text, orange border.
                        sx={
                          row.status === 'duplicate'
                            ? { borderColor: 'warning.main', borderWidth: 2 }
                            : undefined
                        }
                      />
                    </TableCell>
                    <TableCell sx={{ maxWidth: 380 }}>
                      {messages.length === 0 ? null : (
                        <Box component="ul" sx={{ m: 0, pl: 2 }}>
                          {messages.map((m, i) => (
                            <li key={i}>{m}</li>
                          ))}
                        </Box>
                      )}
                    </TableCell>
                    <TableCell>
                      {row.status === 'error' ? (
                        <Typography variant="body2">
                          {t('pupils.import.errorNotImported')}
                        </Typography>
                      ) : (
                        <Checkbox
                          checked={isRowImported(row, decisions)}
                          onChange={(event) =>
                            onDecision(row.rowNumber, event.target.checked ? 'import' : 'skip')
                          }
                          slotProps={{
                            input: {
                              'aria-label': t('pupils.import.decisionLabel', {
                                row: row.rowNumber,
                              }),
                            },
                          }}
                        />
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {preview.rows.length > rowLimit ? (
        <Button variant="outlined" sx={{ mt: 2 }} onClick={() => setRowLimit((l) => l + ROW_PAGE)}>
          {t('pupils.list.showMore')}
        </Button>
      ) : null}
    </Paper>
  );
}
