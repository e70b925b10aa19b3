// Runs in: renderer.
//
// Records (or corrects) one step of a meldcode track: the step's own fields, with the date
// and who did it. What is typed is kept as a draft until it is saved or cancelled
// (useTextDraft), so a crash does not lose an account of a conversation. The form checks
// fields first (Dutch messages that say what to do); the domain then checks the step order
// and dates again and explains a refusal.
import { useMemo, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CaseEntry } from '../../../../../../shared/domain/caseEntry';
import {
  AFWEGINGSKADER_QUESTIONS,
  AFWEGINGSKADER_SOURCE,
} from '../../../../../../shared/meldcode/afwegingskader';
import {
  afwegingAdvice,
  GESPREK_NOT_HELD_REASONS,
  MELDCODE_DECISIONS,
  recordStep,
  type MeldcodeProblem,
  type MeldcodeStep,
  type MeldcodeTrack,
} from '../../../../../../shared/meldcode/meldcode';
import type { TextDraft } from '../../../../../../shared/records/textDraft';
import { draftText, useTextDraft } from '../../../../app/autosave/useTextDraft';
import { useSaveAttempt } from '../../../../components/useSaveAttempt';
import { useLanguage } from '../../../../i18n/useLanguage';
import { useSession } from '../../../../security/VaultProvider';
import { FormDialog } from '../../../../components/FormDialog';
import { useFormatIsoDate } from '../../../../i18n/useFormatIsoDate';
import { todayIso } from '../../../../../../shared/domain/dates';
import {
  answerField,
  formFromStep,
  motivationField,
  stepFromForm,
  type FormErrors,
  type FormValues,
} from '../../../../../../shared/meldcode/meldcodeForms';
import { stepNumber, useMeldcodeText } from '../../../../meldcode/meldcodeText';
import { MeldcodeRefused, writeTrack } from './useMeldcode';

export interface StepDialogProps {
  readonly track: MeldcodeTrack;
  readonly step: MeldcodeStep;
  /** The case's chronology, for linking signals in step 1. */
  readonly entries: readonly CaseEntry[];
  readonly restored?: TextDraft | undefined;
  readonly onClose: () => void;
  readonly onSaved: (step: MeldcodeStep) => void;
}

const TRUE = 'true';

export function StepDialog({ track, step, entries, restored, onClose, onSaved }: StepDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const today = todayIso();
  const text = useMeldcodeText(track.signalDate);
  const initial = useMemo(
    () =>
      formFromStep(step, track.steps, {
        today,
        by: session.profile.userName,
        entryId: track.sourceEntryId,
      }),
    [step, track, today, session],
  );
  const [values, setValues] = useState<FormValues>(() =>
    Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, draftText(restored, k, v)])),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const [refusal, setRefusal] = useState<MeldcodeProblem | undefined>(undefined);
  const { busy, failed, attempt } = useSaveAttempt();
  const dirty = Object.keys(initial).some((k) => initial[k] !== values[k]);
  const draft = useTextDraft(
    { kind: 'meldcode.step', caseId: track.caseId, targetId: track.id, restored },
    useMemo(() => ({ ...values, step }), [values, step]),
    dirty,
  );
  const close = () => {
    void draft.discard();
    onClose();
  };
  const set = (field: string, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const save = async () => {
    const { record, errors: found } = stepFromForm(step, values, today, track.signalDate);
    setErrors(found);
    setRefusal(undefined);
    if (record === undefined) return;
    await attempt(async () => {
      try {
        await writeTrack(session, track.id, (current, now) =>
          recordStep(current ?? track, record, today, now),
        );
      } catch (error) {
        if (error instanceof MeldcodeRefused) setRefusal(error.problem);
        throw error;
      }
      await draft.discard();
      onSaved(step);
    });
  };

  const field = (name: string) => ({
    value: values[name] ?? '',
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
    error: errors[name] !== undefined,
    fullWidth: true,
  });
  const helper = (name: string, help?: string) => text.fieldError(errors[name], name) ?? help;
  const dateField = (name: string, label: string, autoFocus = false) => (
    <TextField
      {...field(name)}
      type="date"
      label={label}
      required
      autoFocus={autoFocus}
      helperText={helper(name, t('meldcode.fields.dateHelp'))}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today, min: track.signalDate } }}
    />
  );
  const textField = (
    name: string,
    label: string,
    options: { readonly required?: boolean; readonly rows?: number; readonly help?: string } = {},
  ) => (
    <TextField
      {...field(name)}
      label={label}
      required={options.required ?? true}
      multiline={options.rows !== undefined}
      minRows={options.rows}
      helperText={helper(name, options.help)}
    />
  );
  const check = (name: string, label: string) => (
    <FormControlLabel
      control={
        <Checkbox
          checked={values[name] === TRUE}
          onChange={(event) => set(name, event.target.checked ? TRUE : '')}
        />
      }
      label={label}
    />
  );
  const radios = (
    name: string,
    label: string,
    options: readonly { readonly value: string; readonly label: string }[],
  ) => (
    <FormControl error={errors[name] !== undefined} required>
      <FormLabel id={`meldcode-${name}-label`}>{label}</FormLabel>
      <RadioGroup
        aria-labelledby={`meldcode-${name}-label`}
        value={values[name] ?? ''}
        onChange={(event) => set(name, event.target.value)}
      >
        {options.map((o) => (
          <FormControlLabel key={o.value} value={o.value} control={<Radio />} label={o.label} />
        ))}
      </RadioGroup>
      {errors[name] !== undefined ? <FormHelperText>{helper(name)}</FormHelperText> : null}
    </FormControl>
  );

  const common = (
    <>
      {dateField('date', t('meldcode.fields.date'), true)}
      {textField('by', t('meldcode.fields.by'))}
    </>
  );

  return (
    <FormDialog
      open
      title={`${t('meldcode.steps.number', { number: stepNumber(step) })}: ${text.stepTitle(step)}`}
      dirty={dirty}
      busy={busy}
      error={text.saveError(refusal, failed)}
      onClose={close}
      onSubmit={() => void save()}
    >
      <Typography variant="body2" color="text.secondary">
        {t(`meldcode.steps.${step}.what`)}
      </Typography>
      {step === 'besluit' ? <AdviceNote track={track} /> : null}
      {common}
      <StepFields
        step={step}
        values={values}
        entries={entries}
        parts={{ textField, dateField, check, radios }}
        errors={errors}
        set={set}
      />
    </FormDialog>
  );
}

interface FieldParts {
  readonly textField: (
    name: string,
    label: string,
    options?: { readonly required?: boolean; readonly rows?: number; readonly help?: string },
  ) => ReactNode;
  readonly dateField: (name: string, label: string) => ReactNode;
  readonly check: (name: string, label: string) => ReactNode;
  readonly radios: (
    name: string,
    label: string,
    options: readonly { readonly value: string; readonly label: string }[],
  ) => ReactNode;
}

function StepFields({
  step,
  values,
  entries,
  parts,
  errors,
  set,
}: {
  readonly step: MeldcodeStep;
  readonly values: FormValues;
  readonly entries: readonly CaseEntry[];
  readonly parts: FieldParts;
  readonly errors: FormErrors;
  readonly set: (field: string, value: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formatIsoDate = useFormatIsoDate();
  const { textField, dateField, check, radios } = parts;
  switch (step) {
    case 'signalen': {
      const linked = new Set((values['entries'] ?? '').split(',').filter((id) => id !== ''));
      const toggle = (id: string, on: boolean) => {
        const next = new Set(linked);
        if (on) next.add(id);
        else next.delete(id);
        set('entries', [...next].join(','));
      };
      return (
        <>
          {textField('observations', t('meldcode.fields.observations'), {
            rows: 4,
            help: t('meldcode.fields.observationsHelp'),
          })}
          {textField('interpretation', t('meldcode.fields.interpretation'), {
            required: false,
            rows: 2,
            help: t('meldcode.fields.interpretationHelp'),
          })}
          <FormControl component="fieldset">
            <FormLabel component="legend">{t('meldcode.fields.entries')}</FormLabel>
            {entries.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {t('meldcode.fields.noEntries')}
              </Typography>
            ) : (
              <FormGroup>
                {entries.map((entry) => (
                  <FormControlLabel
                    key={entry.id}
                    control={
                      <Checkbox
                        checked={linked.has(entry.id)}
                        onChange={(event) => toggle(entry.id, event.target.checked)}
                      />
                    }
                    label={`${formatIsoDate(entry.date)}: ${entry.title === '' ? t(`cases.kinds.${entry.kind}`) : entry.title}`}
                  />
                ))}
              </FormGroup>
            )}
          </FormControl>
        </>
      );
    }
    case 'overleg':
      return (
        <>
          {textField('colleague', t('meldcode.fields.colleague'))}
          {textField('advice', t('meldcode.fields.advice'), { rows: 2 })}
          {check('vt', t('meldcode.fields.vt'))}
          {values['vt'] === TRUE ? (
            <>
              {dateField('vtDate', t('meldcode.fields.vtDate'))}
              {textField('vtPerson', t('meldcode.fields.vtPerson'))}
              {check('vtAnonymous', t('meldcode.fields.vtAnonymous'))}
              {textField('vtAdvice', t('meldcode.fields.vtAdvice'), { rows: 2 })}
            </>
          ) : null}
        </>
      );
    case 'gesprek':
      return (
        <>
          {radios('held', t('meldcode.fields.held'), [
            { value: TRUE, label: t('meldcode.fields.heldYes') },
            { value: '', label: t('meldcode.fields.heldNo') },
          ])}
          {values['held'] === TRUE ? (
            <>
              <FormControl component="fieldset" error={errors['withParents'] !== undefined}>
                <FormGroup>
                  {check('withParents', t('meldcode.fields.withParents'))}
                  {check('withChild', t('meldcode.fields.withChild'))}
                </FormGroup>
                {errors['withParents'] !== undefined ? (
                  <FormHelperText>{t('meldcode.errors.nobody')}</FormHelperText>
                ) : null}
              </FormControl>
              {textField('summary', t('meldcode.fields.summary'), { rows: 4 })}
            </>
          ) : (
            <>
              {radios(
                'reason',
                t('meldcode.fields.reason'),
                GESPREK_NOT_HELD_REASONS.map((r) => ({
                  value: r,
                  label: t(`meldcode.reasons.${r}`),
                })),
              )}
              {textField('explanation', t('meldcode.fields.explanation'), { rows: 3 })}
            </>
          )}
        </>
      );
    case 'afweging': {
      const noSuspicion = values[answerField('vermoeden')] === 'nee';
      const questions = noSuspicion
        ? AFWEGINGSKADER_QUESTIONS.slice(0, 1)
        : AFWEGINGSKADER_QUESTIONS;
      return (
        <>
          <Typography variant="body2" color="text.secondary">
            {t('meldcode.fields.source', {
              title: AFWEGINGSKADER_SOURCE.title,
              year: AFWEGINGSKADER_SOURCE.year,
            })}
          </Typography>
          {questions.map((q) => (
            <FormGroup key={q.id} sx={{ gap: 1 }}>
              {radios(
                answerField(q.id),
                `${t('meldcode.fields.question', { number: q.number })}: ${language === 'nl' ? q.nl : q.en}`,
                [
                  { value: 'ja', label: t('meldcode.fields.yes') },
                  { value: 'nee', label: t('meldcode.fields.no') },
                ],
              )}
              {textField(
                motivationField(q.id),
                t('meldcode.fields.motivation', { number: q.number }),
                { rows: 2 },
              )}
            </FormGroup>
          ))}
        </>
      );
    }
    case 'besluit':
      return (
        <>
          {radios(
            'decision',
            t('meldcode.fields.decision'),
            MELDCODE_DECISIONS.map((d) => ({ value: d, label: t(`meldcode.decisions.${d}`) })),
          )}
          {textField('reasons', t('meldcode.fields.reasons'), {
            rows: 4,
            help: t('meldcode.fields.reasonsHelp'),
          })}
        </>
      );
  }
}

/** What the afwegingskader's answers point to, shown above the decision. */
export function AdviceNote({ track }: { readonly track: MeldcodeTrack }) {
  const { t } = useTranslation();
  const answers = track.steps.afweging?.answers;
  if (answers === undefined) return null;
  const advice = afwegingAdvice(answers);
  return (
    <Alert severity={advice === 'melden' ? 'warning' : 'info'} role="note">
      {t(`meldcode.advice.${advice}`)}
    </Alert>
  );
}
