// Runs in: renderer.
//
// Step 2 of the import: what was detected (encoding, separator), the column mapping the
// user can change (each change re-runs the preview), the columns that are not imported, and
// every row with its status, its messages in plain Dutch and whether it will be imported.
// Long files show a page of rows at a time.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ColumnMapping, ImportPreview } from '../../../../../shared/import/csv/preview';
import type { ImportDecision } from '../../../../../shared/import/csv/report';
import type { CsvTable } from '../../../../../shared/import/csv/table';
import { delimiterName } from '../../../../../shared/import/importModel';
import { ImportMappingSection } from './ImportMappingSection';
import { ImportRowsSection } from './ImportRowsSection';

export interface ImportPreviewStepProps {
  readonly fileName: string;
  readonly table: CsvTable;
  readonly preview: ImportPreview;
  readonly onMappingChange: (mapping: ColumnMapping) => void;
  readonly decisions: ReadonlyMap<number, ImportDecision>;
  readonly onDecision: (rowNumber: number, decision: ImportDecision) => void;
}

export function ImportPreviewStep({
  fileName,
  table,
  preview,
  onMappingChange,
  decisions,
  onDecision,
}: ImportPreviewStepProps) {
  const { t } = useTranslation();
  const headerText = (header: string, column: number): string =>
    header === '' ? t('pupils.import.noHeader', { number: column + 1 }) : header;
  return (
    <Stack spacing={3}>
      <Box>
        <Typography>{t('pupils.import.fileLabel', { name: fileName })}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t('pupils.import.encodingLabel', {
            encoding: t(`pupils.import.encodings.${preview.encoding}`),
          })}{' '}
          ·{' '}
          {t('pupils.import.delimiterLabel', {
            delimiter: t(`pupils.import.delimiters.${delimiterName(preview.delimiter)}`),
          })}
        </Typography>
      </Box>
      <ImportMappingSection
        table={table}
        preview={preview}
        onMappingChange={onMappingChange}
        headerText={headerText}
      />
      <ImportRowsSection
        table={table}
        preview={preview}
        decisions={decisions}
        onDecision={onDecision}
      />
    </Stack>
  );
}
