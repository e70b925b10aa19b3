// Runs in: renderer.
//
// "Toestemming vastleggen": the scope, the validity and, for each person whose consent is
// needed on that date (requiredConsenters: by age and gezag), whether they gave it, refused it
// or were not (yet) asked, and for an answer how and when. Nothing is preselected: saving
// without an answer for every required person is refused with the names of who is missing.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { consentSchema, type Consent } from '../../../shared/domain/consent';
import { requiredConsenters } from '../../../shared/domain/consenters';
import { compareIsoDates, isValidIsoDate, todayIso } from '../../../shared/domain/dates';
import type { Organisation } from '../../../shared/domain/directory';
import type { Pupil } from '../../../shared/domain/pupil';
import type { AppSession } from '../security/VaultProvider';
import { newRecordId } from '../vault';
import { FormDialog } from '../components/FormDialog';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { ConsenterAnswerFields } from './ConsenterAnswerFields';
import {
  answersOf,
  checkRows,
  consenterRows,
  rowsComplete,
  type ConsenterRow,
} from '../../../shared/domain/consenterDraft';
import { joinList } from './reasonText';
import { defaultConsentValidUntil } from '../../../shared/domain/schoolYear';
import { ScopeFields } from './ScopeFields';
import {
  emptyScope,
  validateScope,
  type ScopeDraft,
  type ScopeErrors,
} from '../../../shared/domain/consentScopeDraft';

export interface RecordConsentDialogProps {
  readonly session: AppSession;
  readonly caseId: string;
  readonly pupil: Pupil;
  readonly organisations: readonly Organisation[];
  /** Start from this scope (e.g. what a referral needs). */
  readonly initialScope?: ScopeDraft;
  readonly onClose: () => void;
  readonly onSaved: (consent: Consent) => void;
}

type DateErrors = Partial<Record<'date' | 'validUntil' | 'givers', string>>;

export function RecordConsentDialog({
  session,
  caseId,
  pupil,
  organisations,
  initialScope,
  onClose,
  onSaved,
}: RecordConsentDialogProps) {
  const { t } = useTranslation();
  const peopleId = useId();
  const today = todayIso();
  const [scope, setScope] = useState<ScopeDraft>(() => initialScope ?? emptyScope());
  const [scopeErrors, setScopeErrors] = useState<ScopeErrors>({});
  const [date, setDate] = useState(today);
  const [validUntil, setValidUntil] = useState(defaultConsentValidUntil(today));
  const [validUntilTouched, setValidUntilTouched] = useState(false);
  const [rows, setRows] = useState<ConsenterRow[]>(() =>
    consenterRows(requiredConsenters(pupil, today).consenters, []),
  );
  const [dateErrors, setDateErrors] = useState<DateErrors>({});
  /** After the first save attempt each row shows what it still lacks, live. */
  const [attempted, setAttempted] = useState(false);
  const rowsCheck = attempted ? checkRows(rows) : null;
  const [dirty, setDirty] = useState(false);
  // Why the form was refused before anything was written.
  const [refusal, setRefusal] = useState<string | null>(null);
  const { busy, failed, attempt } = useSaveAttempt();

  const requirementDate = isValidIsoDate(date) ? date : today;
  const requirement = requiredConsenters(pupil, requirementDate);
  const touched = (): void => setDirty(true);

  const changeDate = (next: string): void => {
    setDate(next);
    touched();
    setDateErrors((e) => ({ ...e, date: undefined }));
    if (isValidIsoDate(next)) {
      setRows((old) => consenterRows(requiredConsenters(pupil, next).consenters, old));
      if (!validUntilTouched) setValidUntil(defaultConsentValidUntil(next));
    }
  };
  const updateRow = (key: string, patch: Partial<ConsenterRow>): void => {
    setRows((old) => old.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    touched();
    setDateErrors((e) => ({ ...e, givers: undefined }));
  };

  const submit = (): void => {
    const checked = validateScope(scope, organisations);
    setScopeErrors(checked.errors);
    const errors: DateErrors = {};
    if (!isValidIsoDate(date)) errors.date = t('directory.fieldErrors.date-invalid');
    if (!isValidIsoDate(validUntil)) errors.validUntil = t('directory.fieldErrors.date-invalid');
    else if (isValidIsoDate(date) && compareIsoDates(validUntil, date) < 0)
      errors.validUntil = t('directory.consent.dialog.validUntilBeforeDate');
    const check = checkRows(rows);
    setAttempted(true);
    if (check.unanswered.length > 0) {
      errors.givers = t('directory.consent.dialog.unanswered', {
        names: joinList(
          check.unanswered.map((p) => p.name),
          t('directory.consent.dialog.and'),
        ),
      });
    } else if (check.nobodyAnswered) errors.givers = t('directory.consent.dialog.nobody');
    else if (!rowsComplete(check)) errors.givers = t('directory.consent.dialog.answerDetails');
    setDateErrors(errors);
    if (checked.scope === undefined || Object.keys(errors).length > 0) {
      setRefusal(t('directory.common.fixErrors'));
      return;
    }
    const now = new Date().toISOString();
    const parsed = consentSchema.safeParse({
      id: newRecordId(),
      caseId,
      pupilId: pupil.id,
      ...checked.scope,
      ...answersOf(rows),
      date,
      validUntil,
      createdAt: now,
      updatedAt: now,
    });
    if (!parsed.success) {
      setRefusal(t('directory.common.fixErrors'));
      return;
    }
    setRefusal(null);
    void attempt(async () => {
      const saved = await session.records.put('case.consent', parsed.data);
      onSaved(saved);
    });
  };

  const incomplete = rows.some((r) => r.answer !== undefined && r.answer !== 'given');
  const relation = (row: ConsenterRow): string =>
    t(
      `directory.consent.relations.${row.person.personKind === 'pupil' ? 'pupil' : row.person.relation}`,
    );

  return (
    <FormDialog
      open
      title={t('directory.consent.dialog.title')}
      submitLabel={t('directory.common.save')}
      dirty={dirty}
      busy={busy}
      error={refusal ?? (failed ? t('directory.common.saveFailed') : null)}
      maxWidth="md"
      onClose={onClose}
      onSubmit={submit}
    >
      <ScopeFields
        draft={scope}
        errors={scopeErrors}
        organisations={organisations}
        mode="record"
        autoFocus
        onChange={(patch) => {
          setScope((s) => ({ ...s, ...patch }));
          setScopeErrors({});
          touched();
        }}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          type="date"
          required
          label={t('directory.consent.dialog.date')}
          value={date}
          onChange={(e) => changeDate(e.target.value)}
          error={dateErrors.date !== undefined}
          helperText={dateErrors.date}
          slotProps={{ inputLabel: { shrink: true } }}
          fullWidth
        />
        <TextField
          type="date"
          required
          label={t('directory.consent.dialog.validUntil')}
          value={validUntil}
          onChange={(e) => {
            setValidUntil(e.target.value);
            setValidUntilTouched(true);
            touched();
            setDateErrors((er) => ({ ...er, validUntil: undefined }));
          }}
          error={dateErrors.validUntil !== undefined}
          helperText={dateErrors.validUntil ?? t('directory.consent.dialog.validUntilHelp')}
          slotProps={{ inputLabel: { shrink: true } }}
          fullWidth
        />
      </Stack>
      <Box component="section" aria-labelledby={peopleId}>
        <Typography variant="h3" id={peopleId} sx={{ mb: 1 }}>
          {t('directory.consent.dialog.people')}
        </Typography>
        <Alert severity="info" sx={{ mb: 1.5 }}>
          {t(`directory.consent.bands.${requirement.band}`, { age: requirement.age })}
        </Alert>
        {requirement.problem === 'no-guardian-with-gezag' ? (
          <Alert severity="warning" sx={{ mb: 1.5 }}>
            {t('directory.consent.dialog.noGuardian')}
          </Alert>
        ) : null}
        <Stack spacing={1.5}>
          {rows.map((row) => (
            <ConsenterAnswerFields
              key={row.key}
              row={row}
              relation={relation(row)}
              errors={rowsCheck?.errors[row.key] ?? []}
              unanswered={rowsCheck !== null && row.answer === undefined}
              onChange={(patch) => updateRow(row.key, patch)}
            />
          ))}
        </Stack>
        {dateErrors.givers !== undefined ? (
          <Alert severity="error" sx={{ mt: 1.5 }}>
            {dateErrors.givers}
          </Alert>
        ) : incomplete ? (
          <Alert severity="warning" sx={{ mt: 1.5 }}>
            {t('directory.consent.dialog.incomplete')}
          </Alert>
        ) : null}
      </Box>
    </FormDialog>
  );
}
