// Runs in: renderer.
//
// Step 2 of the import: what was detected (encoding, separator), the column mapping the
// user can change (each change re-runs the preview), the columns that are not imported, and
// every row with its status, its messages in plain Dutch and whether it will be imported.
// Long files show a page of rows at a time.
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { displayName } from '../../../../../shared/domain/pupil';
import { IMPORT_FIELDS, type ImportField } from '../../../../../shared/import/csv/fields';
import type { ColumnMapping, ImportPreview, ImportRow } from '../../../../../shared/import/csv/preview';
import type { ImportDecision } from '../../../../../shared/import/csv/report';
import type { CsvTable } from '../../../../../shared/import/csv/table';
import { formatIsoDate } from '../../../i18n/dates';
import { useLanguage } from '../../../i18n/useLanguage';
import { useSession } from '../../../security/VaultProvider';
import { changeColumnField, columnExamples, countFormulaCells, delimiterName, isRowImported, rowCell, rowDisplayName } from './importModel';
import { issueText } from './issueText';

export interface ImportPreviewStepProps {
  readonly fileName: string;
  readonly table: CsvTable;
  readonly preview: ImportPreview;
  readonly onMappingChange: (mapping: ColumnMapping) => void;
  readonly decisions: ReadonlyMap<number, ImportDecision>;
  readonly onDecision: (rowNumber: number, decision: ImportDecision) => void;
}

const ROW_PAGE = 200;
const NOT_IMPORTED = '';

function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

export function ImportPreviewStep({ fileName, table, preview, onMappingChange, decisions, onDecision }: ImportPreviewStepProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const [rowLimit, setRowLimit] = useState(ROW_PAGE);
  const examples = columnExamples(table);
  const { mapping, counts } = preview;
  const formulaCells = countFormulaCells(preview);
  const headerText = (header: string, column: number): string => (header === '' ? t('pupils.import.noHeader', { number: column + 1 }) : header);
  const date = (iso: string): string => formatIsoDate(iso, language, 'short');

  const duplicateText = (row: ImportRow): string | undefined => {
    const of = row.duplicateOf;
    if (of === undefined) return undefined;
    if (of.kind === 'row') return t('pupils.import.duplicateRow', { row: of.rowNumber });
    const existing = session.records.get('pupil', of.pupilId);
    return t('pupils.import.duplicateExisting', { name: existing === undefined ? '' : displayName(existing) });
  };

  return (
    <Stack spacing={3}>
      <Box>
        <Typography>{t('pupils.import.fileLabel', { name: fileName })}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t('pupils.import.encodingLabel', { encoding: t(`pupils.import.encodings.${preview.encoding}`) })} ·{' '}
          {t('pupils.import.delimiterLabel', { delimiter: t(`pupils.import.delimiters.${delimiterName(preview.delimiter)}`) })}
        </Typography>
      </Box>

      <Paper variant="outlined" component="section" aria-labelledby="import-mapping-heading" sx={{ p: 3 }}>
        <Typography id="import-mapping-heading" variant="h3" component="h3" sx={{ mb: 0.5 }}>
          {t('pupils.import.mappingHeading')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('pupils.import.mappingIntro')}
        </Typography>
        {mapping.headers.length === 1 ? (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="single-column">
            {t('pupils.import.singleColumn')}
          </Alert>
        ) : null}
        {preview.missingRequiredFields.length > 0 ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {t('pupils.import.missingRequired', { fields: preview.missingRequiredFields.map((f) => t(`pupils.import.fields.${f}`)).join(', ') })}
          </Alert>
        ) : null}
        <TableContainer>
          <Table size="small" aria-label={t('pupils.import.mappingTableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('pupils.import.columnHeader')}</TableCell>
                <TableCell scope="col">{t('pupils.import.fieldHeader')}</TableCell>
                <TableCell scope="col">{t('pupils.import.exampleHeader')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {mapping.headers.map((header, column) => {
                const label = headerText(header, column);
                return (
                  <TableRow key={column}>
                    <TableCell component="th" scope="row">
                      {label}
                    </TableCell>
                    <TableCell>
                      <Box
                        component="select"
                        aria-label={t('pupils.import.fieldSelectLabel', { column: label })}
                        value={mapping.fields[column] ?? NOT_IMPORTED}
                        onChange={(event: ChangeEvent<HTMLSelectElement>) => {
                          const value = event.target.value;
                          onMappingChange(changeColumnField(mapping, column, isImportField(value) ? value : null));
                        }}
                        sx={{ font: 'inherit', p: 0.75, borderRadius: 1, borderColor: 'grey.500', minWidth: 220, bgcolor: 'background.paper', color: 'text.primary' }}
                      >
                        <option value={NOT_IMPORTED}>{t('pupils.import.notImported')}</option>
                        {IMPORT_FIELDS.map((field) => (
                          <option key={field} value={field}>
                            {t(`pupils.import.fields.${field}`)}
                          </option>
                        ))}
                      </Box>
                    </TableCell>
                    <TableCell sx={{ color: 'text.secondary', maxWidth: 260, overflowWrap: 'anywhere' }}>{examples[column] ?? ''}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
        {preview.unknownColumns.length > 0 ? (
          <Box component="section" aria-labelledby="import-unknown-heading" sx={{ mt: 2 }}>
            <Typography id="import-unknown-heading" variant="h3" component="h3" sx={{ mb: 0.5 }}>
              {t('pupils.import.unknownColumnsHeading')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('pupils.import.unknownColumnsIntro')}
            </Typography>
            <Box component="ul" sx={{ mt: 1, mb: 0, pl: 3 }} data-testid="unknown-columns">
              {preview.unknownColumns.map(({ column, header }) => (
                <li key={column}>{headerText(header, column)}</li>
              ))}
            </Box>
          </Box>
        ) : null}
      </Paper>

      <Paper variant="outlined" component="section" aria-labelledby="import-rows-heading" sx={{ p: 3 }}>
        <Typography id="import-rows-heading" variant="h3" component="h3" sx={{ mb: 0.5 }}>
          {t('pupils.import.rowsHeading')}
        </Typography>
        <Typography role="status" sx={{ mb: 0.5 }}>
          {t('pupils.import.counts', { rows: counts.rows, new: counts.new, duplicate: counts.duplicate, error: counts.error })}
        </Typography>
        {preview.emptyRowNumbers.length > 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('pupils.import.emptyRows', { count: preview.emptyRowNumbers.length, rows: preview.emptyRowNumbers.join(', ') })}
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
                  const messages = [...row.errors.map((e) => issueText(t, e)), ...(duplicateText(row) === undefined ? [] : [duplicateText(row) ?? '']), ...row.warnings.map((w) => issueText(t, w))];
                  const name = rowDisplayName(row, table, mapping, t('pupils.import.noName'));
                  return (
                    <TableRow key={row.rowNumber} data-row={row.rowNumber} data-status={row.status}>
                      <TableCell>{row.rowNumber}</TableCell>
                      <TableCell component="th" scope="row" sx={{ fontWeight: 600, minWidth: 120, maxWidth: 200, overflowWrap: 'anywhere' }}>
                        {name}
                      </TableCell>
                      <TableCell>{row.pupil !== undefined ? date(row.pupil.dateOfBirth) : rowCell(row.rowNumber, 'dateOfBirth', table, mapping)}</TableCell>
                      <TableCell>{row.pupil !== undefined ? (row.pupil.group ?? '') : rowCell(row.rowNumber, 'group', table, mapping)}</TableCell>
                      <TableCell>
                        <Chip
                          size="small"
                          label={t(`pupils.import.rowStatus.${row.status}`)}
                          color={row.status === 'error' ? 'error' : row.status === 'duplicate' ? 'default' : 'success'}
                          variant="outlined"
                          // MUI's warning orange is too light for text on white (WCAG AA): dark text, orange border.
                          sx={row.status === 'duplicate' ? { borderColor: 'warning.main', borderWidth: 2 } : undefined}
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
                          <Typography variant="body2">{t('pupils.import.errorNotImported')}</Typography>
                        ) : (
                          <Checkbox
                            checked={isRowImported(row, decisions)}
                            onChange={(event) => onDecision(row.rowNumber, event.target.checked ? 'import' : 'skip')}
                            slotProps={{ input: { 'aria-label': t('pupils.import.decisionLabel', { row: row.rowNumber }) } }}
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
    </Stack>
  );
}
