// Runs in: renderer.
//
// Import step 2, the column mapping: per column of the file the field it fills (each change
// re-runs the preview) with an example value, the required fields no column fills, and the
// columns that are not imported.
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { IMPORT_FIELDS, type ImportField } from '../../../../../shared/import/csv/fields';
import type { ColumnMapping, ImportPreview } from '../../../../../shared/import/csv/preview';
import type { CsvTable } from '../../../../../shared/import/csv/table';
import { changeColumnField, columnExamples } from '../../../../../shared/import/importModel';

const NOT_IMPORTED = '';

function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

export interface ImportMappingSectionProps {
  readonly table: CsvTable;
  readonly preview: ImportPreview;
  readonly onMappingChange: (mapping: ColumnMapping) => void;
  /** A column's name as shown: its header, or "Kolom n" when the header is empty. */
  readonly headerText: (header: string, column: number) => string;
}

export function ImportMappingSection({
  table,
  preview,
  onMappingChange,
  headerText,
}: ImportMappingSectionProps) {
  const { t } = useTranslation();
  const examples = columnExamples(table);
  const { mapping } = preview;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="import-mapping-heading"
      sx={{ p: 3 }}
    >
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
          {t('pupils.import.missingRequired', {
            fields: preview.missingRequiredFields
              .map((f) => t(`pupils.import.fields.${f}`))
              .join(', '),
          })}
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
                        onMappingChange(
                          changeColumnField(mapping, column, isImportField(value) ? value : null),
                        );
                      }}
                      sx={{
                        font: 'inherit',
                        p: 0.75,
                        borderRadius: 1,
                        borderColor: 'grey.500',
                        minWidth: 220,
                        bgcolor: 'background.paper',
                        color: 'text.primary',
                      }}
                    >
                      <option value={NOT_IMPORTED}>{t('pupils.import.notImported')}</option>
                      {IMPORT_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {t(`pupils.import.fields.${field}`)}
                        </option>
                      ))}
                    </Box>
                  </TableCell>
                  <TableCell
                    sx={{ color: 'text.secondary', maxWidth: 260, overflowWrap: 'anywhere' }}
                  >
                    {examples[column] ?? ''}
                  </TableCell>
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
  );
}
