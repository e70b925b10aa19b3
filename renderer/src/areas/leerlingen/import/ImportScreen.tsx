// Runs in: renderer.
//
// "Importeren uit leerlingadministratie": choose a CSV export, check the preview (column
// mapping, every row with its status and Dutch messages), confirm, and see the report with
// the rows not imported; "Nog een bestand importeren" starts over on the same screen.
// Nothing is written before the confirm button: the preview is pure (shared/import/csv) and
// the pupils are stored with one putMany only then. Cancel at any step writes nothing.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { createPupil } from '../../../../../shared/domain/pupil';
import {
  applyMapping,
  previewCsvImport,
  type ColumnMapping,
} from '../../../../../shared/import/csv/preview';
import { refusedRows, type RefusedRow } from '../../../../../shared/import/csv/refused';
import {
  importReport,
  type ImportDecision,
  type ImportReport,
} from '../../../../../shared/import/csv/report';
import { MAX_CSV_BYTES, type CsvTable } from '../../../../../shared/import/csv/table';
import { useHashRoute } from '../../../app/router';
import { AreaPage } from '../../../components/AreaPage';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { HostError } from '../../../host/Host';
import { useHost } from '../../../host/HostContext';
import { useSession } from '../../../security/VaultProvider';
import { newRecordId } from '../../../vault';
import { todayIso } from '../../../../../shared/domain/dates';
import {
  countToImport,
  fileErrorKey,
  type FileErrorKey,
} from '../../../../../shared/import/importModel';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportReportStep } from './ImportReportStep';

type WizardStep = 'choose' | 'preview' | 'confirm' | 'report';
const STEPS: readonly WizardStep[] = ['choose', 'preview', 'confirm', 'report'];

interface LoadedFile {
  readonly name: string;
  readonly table: CsvTable;
}

/** What the report step shows: taken when the pupils are stored, so it no longer changes. */
interface Outcome {
  readonly report: ImportReport;
  readonly refused: readonly RefusedRow[];
  readonly table: CsvTable;
  readonly mapping: ColumnMapping;
}

export function ImportScreen() {
  const { t } = useTranslation();
  const host = useHost();
  const session = useSession();
  const [, navigate] = useHashRoute();
  const [step, setStep] = useState<WizardStep>('choose');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [decisions, setDecisions] = useState<ReadonlyMap<number, ImportDecision>>(new Map());
  const [fileError, setFileError] = useState<{
    readonly key: FileErrorKey;
    readonly row: number;
  } | null>(null);
  const { busy, failed: saveFailed, attempt, reset: resetSave } = useSaveAttempt();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Each step starts with its own h2; focus moves there so the change is announced.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  // Re-run the preview whenever the mapping changes; existing pupils are read at that moment.
  const preview = useMemo(() => {
    if (file === null || mapping === null) return null;
    const result = applyMapping(file.table, mapping, {
      existingPupils: session.records.list('pupil'),
      onDate: todayIso(),
    });
    return result.ok ? result.value : null;
  }, [file, mapping, session]);

  const choose = async (): Promise<void> => {
    setFileError(null);
    let outcome;
    try {
      outcome = await host.openFile({
        filters: [{ name: t('pupils.import.fileFilter'), extensions: ['csv', 'txt'] }],
        maxBytes: MAX_CSV_BYTES,
      });
    } catch (error) {
      setFileError({
        key: fileErrorKey(error instanceof HostError ? error.code : 'other'),
        row: 0,
      });
      return;
    }
    if (!outcome.opened) return;
    // Reading is synchronous (the file is at most MAX_CSV_BYTES), so there is no busy state.
    const result = previewCsvImport(outcome.file.bytes, {
      existingPupils: session.records.list('pupil'),
      onDate: todayIso(),
    });
    if (!result.ok) {
      setFileError({
        key: fileErrorKey(result.error.code),
        row: 'rowNumber' in result.error ? (result.error.rowNumber ?? 0) : 0,
      });
      return;
    }
    setFile({ name: outcome.file.name, table: result.value.table });
    setMapping(result.value.preview.mapping);
    setDecisions(new Map());
    setStep('preview');
  };

  const confirm = async (): Promise<void> => {
    if (preview === null || file === null) return;
    const result = importReport(preview, decisions);
    const now = new Date().toISOString();
    await attempt(async () => {
      const pupils = result.toImport.map(({ pupil }) =>
        createPupil(pupil, { newId: newRecordId, now }),
      );
      await session.records.putMany('pupil', pupils);
      setOutcome({
        report: result,
        refused: refusedRows(file.table, preview),
        table: file.table,
        mapping: preview.mapping,
      });
      setStep('report');
    });
  };

  const cancel = (): void => navigate({ area: 'leerlingen' });

  /** Back to the first step with nothing loaded (Terug in the preview, "Nog een bestand importeren"). */
  const startOver = (): void => {
    setFile(null);
    setMapping(null);
    setDecisions(new Map());
    setFileError(null);
    resetSave();
    setOutcome(null);
    setStep('choose');
  };
  const toImport = preview === null ? 0 : countToImport(preview, decisions);

  const heading = (text: string) => (
    <Typography variant="h2" ref={headingRef} tabIndex={-1} sx={{ mb: 1.5 }}>
      {text}
    </Typography>
  );

  return (
    <AreaPage title={t('pupils.import.title')} intro={t('pupils.import.intro')}>
      <Stack spacing={3}>
        <Stepper
          activeStep={STEPS.indexOf(step)}
          aria-label={t('pupils.import.stepsLabel')}
          component="ol"
          sx={{ listStyle: 'none', p: 0, m: 0 }}
        >
          {(['stepChoose', 'stepPreview', 'stepConfirm', 'stepReport'] as const).map((key) => (
            <Step key={key} component="li">
              <StepLabel>{t(`pupils.import.${key}`)}</StepLabel>
            </Step>
          ))}
        </Stepper>

        {step === 'choose' ? (
          <Paper variant="outlined" component="section" sx={{ p: 3 }}>
            {heading(t('pupils.import.chooseHeading'))}
            <Typography sx={{ mb: 2 }}>{t('pupils.import.chooseExplanation')}</Typography>
            {fileError !== null ? (
              <Alert severity="error" sx={{ mb: 2 }}>
                {t(`pupils.import.fileErrors.${fileError.key}`, { row: fileError.row })}
              </Alert>
            ) : null}
            <Stack direction="row" spacing={1.5}>
              <Button
                variant="contained"
                startIcon={<UploadFileOutlinedIcon />}
                onClick={() => void choose()}
              >
                {t('pupils.import.chooseButton')}
              </Button>
              <Button onClick={cancel}>{t('pupils.import.cancel')}</Button>
            </Stack>
          </Paper>
        ) : null}

        {step === 'preview' && file !== null && mapping !== null && preview !== null ? (
          <Box component="section">
            {heading(t('pupils.import.stepPreview'))}
            <ImportPreviewStep
              fileName={file.name}
              table={file.table}
              preview={preview}
              onMappingChange={setMapping}
              decisions={decisions}
              onDecision={(rowNumber, decision) =>
                setDecisions((current) => {
                  const next = new Map(current);
                  next.set(rowNumber, decision);
                  return next;
                })
              }
            />
            <Stack direction="row" spacing={1.5} sx={{ mt: 3 }}>
              <Button variant="contained" onClick={() => setStep('confirm')}>
                {t('pupils.import.next')}
              </Button>
              <Button onClick={startOver}>{t('pupils.import.back')}</Button>
              <Button onClick={cancel}>{t('pupils.import.cancel')}</Button>
            </Stack>
          </Box>
        ) : null}

        {step === 'confirm' && preview !== null ? (
          <Paper variant="outlined" component="section" sx={{ p: 3 }}>
            {heading(t('pupils.import.confirmHeading'))}
            {toImport === 0 ? (
              <Alert severity="warning" sx={{ mb: 2 }}>
                {t('pupils.import.nothingToImport')}
              </Alert>
            ) : (
              <Typography sx={{ mb: 2 }}>
                {t('pupils.import.confirmSummary', {
                  import: toImport,
                  skip: preview.rows.length - toImport,
                })}
              </Typography>
            )}
            {saveFailed ? (
              <Alert severity="error" sx={{ mb: 2 }}>
                {t('pupils.import.saveFailed')}
              </Alert>
            ) : null}
            {busy ? (
              <Typography role="status" sx={{ mb: 2 }}>
                {t('pupils.import.saving')}
              </Typography>
            ) : null}
            <Stack direction="row" spacing={1.5}>
              <Button
                variant="contained"
                onClick={() => void confirm()}
                disabled={toImport === 0 || busy}
              >
                {t('pupils.import.confirmButton', { count: toImport })}
              </Button>
              <Button onClick={() => setStep('preview')} disabled={busy}>
                {t('pupils.import.back')}
              </Button>
              <Button onClick={cancel} disabled={busy}>
                {t('pupils.import.cancel')}
              </Button>
            </Stack>
          </Paper>
        ) : null}

        {step === 'report' && outcome !== null ? (
          <ImportReportStep
            heading={heading(t('pupils.import.reportHeading'))}
            report={outcome.report}
            refused={outcome.refused}
            table={outcome.table}
            mapping={outcome.mapping}
            onImportAnother={startOver}
          />
        ) : null}
      </Stack>
    </AreaPage>
  );
}
