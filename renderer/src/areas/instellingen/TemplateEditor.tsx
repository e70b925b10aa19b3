// Runs in: renderer.
//
// The form for one meeting kind's template (Instellingen > Soorten overleg): the numbers, the
// closing process evaluation, the roles and the agenda. On save the first field to correct
// gets focus; the form itself stays as typed, so a save keeps focus where it was.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { MeetingKind } from '../../../../shared/domain/consent';
import type { MeetingTemplate } from '../../../../shared/meetings/templates';
import {
  formFor,
  RANGES,
  templateFromForm,
  type FormErrors,
  type NumberField,
  type TemplateForm,
} from '../../../../shared/meetings/templateForm';
import { useUnsavedForm } from '../../app/unsavedForms';
import { firstInvalidField } from '../../components/FormDialog';
import { useSaveAttempt } from '../../components/useSaveAttempt';
import { useSession } from '../../security/VaultProvider';
import { storeTemplate } from './storeTemplate';
import { TemplateAgendaFieldset } from './TemplateAgendaFieldset';
import { TemplateRolesFieldset } from './TemplateRolesFieldset';

export function TemplateEditor({
  kind,
  template,
  onSaved,
  onReset,
}: {
  readonly kind: MeetingKind;
  readonly template: MeetingTemplate;
  readonly onSaved: () => void;
  readonly onReset: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [form, setForm] = useState<TemplateForm>(() => formFor(template));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  // The form as last stored.
  const [savedForm, setSavedForm] = useState(form);
  const { busy, failed, attempt } = useSaveAttempt();
  const kindLabel = t(`meetings.kinds.${kind}`);
  const set = <K extends keyof TemplateForm>(key: K, value: TemplateForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  /** Validates and saves; returns false when a field is refused (marked in `errors`). */
  const persist = async (): Promise<boolean> => {
    const result = templateFromForm(form, template);
    if (!result.ok) {
      setErrors(result.errors);
      return false;
    }
    setErrors(null);
    const written = form;
    const outcome = await attempt(async () => {
      await storeTemplate(session, kind, result.template, 'meeting-template');
      setSavedForm(written);
      onSaved();
    });
    return outcome !== 'failed';
  };
  // Leaving the page asks, a lock or closing the window saves (unsavedForms.ts).
  useUnsavedForm(
    t('actieplan.templates.title'),
    JSON.stringify(form) !== JSON.stringify(savedForm),
    async () => {
      await persist();
    },
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    void persist().then((ok) => {
      // Take the user to the first field to correct.
      if (!ok) requestAnimationFrame(() => firstInvalidField(formElement)?.focus());
    });
  };

  const numberField = (field: NumberField, label: string, help: string) => (
    <TextField
      label={label}
      value={form[field]}
      onChange={(event) => set(field, event.target.value)}
      type="number"
      error={errors?.numbers[field] === true}
      helperText={
        errors?.numbers[field] === true
          ? t('actieplan.templates.errors.number', RANGES[field])
          : help
      }
      slotProps={{ htmlInput: { min: RANGES[field].min, max: RANGES[field].max, step: 1 } }}
      sx={{ flex: 1, minWidth: 'min(200px, 100%)' }}
    />
  );

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={kindLabel}>
      <Stack spacing={2.5}>
        <Typography variant="h3">{kindLabel}</Typography>
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          useFlexGap
          sx={{ flexWrap: 'wrap' }}
        >
          {numberField(
            'duration',
            t('actieplan.templates.duration'),
            t('actieplan.templates.durationHelp'),
          )}
          {numberField(
            'timebox',
            t('actieplan.templates.timebox'),
            t('actieplan.templates.timeboxHelp'),
          )}
        </Stack>
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          useFlexGap
          sx={{ flexWrap: 'wrap' }}
        >
          {kind === 'driehoeksoverleg' ? (
            <Typography
              color="text.secondary"
              sx={{ flex: 1, minWidth: 'min(200px, 100%)', alignSelf: 'center' }}
            >
              {t('actieplan.templates.maxItemsFixed')}
            </Typography>
          ) : (
            numberField(
              'maxItems',
              t('actieplan.templates.maxItems'),
              t('actieplan.templates.maxItemsHelp'),
            )
          )}
          {numberField(
            'feedbackDays',
            t('actieplan.templates.feedbackDays'),
            t('actieplan.templates.feedbackDaysHelp'),
          )}
        </Stack>
        <FormControlLabel
          control={
            <Checkbox
              checked={form.processEvaluation}
              onChange={(event) => set('processEvaluation', event.target.checked)}
            />
          }
          label={t('actieplan.templates.processEvaluation')}
        />
        <TemplateRolesFieldset form={form} setForm={setForm} errors={errors} />
        <TemplateAgendaFieldset form={form} setForm={setForm} errors={errors} />
        {errors !== null ? (
          <Alert severity="error" role="alert">
            {t('actieplan.templates.errors.fixFields')}
          </Alert>
        ) : null}
        {failed ? (
          <Alert severity="error" role="alert">
            {t('actieplan.common.saveFailed')}
          </Alert>
        ) : null}
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('actieplan.templates.save')}
          </Button>
          <Button variant="outlined" color="inherit" onClick={onReset} disabled={busy}>
            {t('actieplan.templates.reset')}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}
