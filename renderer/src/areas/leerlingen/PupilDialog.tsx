// Runs in: renderer.
//
// Add or edit a pupil: name, date of birth, group, home postcode and municipality, and the
// parents/carers with whether they hold gezag. Validates with the domain rules and shows
// Dutch errors at the fields; warns when a pupil with the same name and date of birth
// already exists. Does not close on a backdrop click while something was typed.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  displayName,
  GUARDIAN_RELATIONS,
  type GuardianRelation,
  type Pupil,
} from '../../../../shared/domain/pupil';
import { FormDialog } from '../../components/FormDialog';
import { useSaveAttempt } from '../../components/useSaveAttempt';
import { newRecordId } from '../../vault';
import { useSession } from '../../security/VaultProvider';
import { todayIso } from '../../../../shared/domain/dates';
import { fieldErrorText, type RequiredKind } from './fieldErrorText';
import {
  draftFromPupil,
  EMPTY_PUPIL_DRAFT,
  emptyGuardianDraft,
  findDuplicatePupil,
  hasErrors,
  isDraftDirty,
  MAX_GUARDIANS,
  pupilFromDraft,
  validatePupilDraft,
  type DraftErrors,
  type GuardianDraft,
  type PupilDraft,
  type PupilTextField,
} from '../../../../shared/domain/pupilForm';

export interface PupilDialogProps {
  /** The pupil to edit; absent to add a new one. */
  readonly pupil?: Pupil;
  readonly onClose: () => void;
  readonly onSaved: (pupil: Pupil) => void;
}

const NO_ERRORS: DraftErrors = { fields: {}, guardians: {} };

const REQUIRED_KIND: Partial<Record<PupilTextField, RequiredKind>> = {
  firstName: 'firstName',
  lastName: 'lastName',
  dateOfBirth: 'dateOfBirth',
};

export function PupilDialog({ pupil, onClose, onSaved }: PupilDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const guardiansHeadingId = useId();
  const initial = useMemo(
    () => (pupil === undefined ? EMPTY_PUPIL_DRAFT : draftFromPupil(pupil)),
    [pupil],
  );
  const [draft, setDraft] = useState<PupilDraft>(initial);
  const [errors, setErrors] = useState<DraftErrors>(NO_ERRORS);
  const [submitted, setSubmitted] = useState(false);
  const { busy, failed, attempt, fail } = useSaveAttempt();
  const dirty = isDraftDirty(draft, initial);

  const duplicate = useMemo(
    () => findDuplicatePupil(session.records.list('pupil'), draft, pupil?.id),
    [session, draft, pupil],
  );

  const update = (next: PupilDraft): void => {
    setDraft(next);
    // Once the user tried to save, errors follow the typing so they disappear when fixed.
    if (submitted) setErrors(validatePupilDraft(next, todayIso()));
  };
  const setField = (field: PupilTextField, value: string): void =>
    update({ ...draft, [field]: value });
  const setGuardian = (key: string, change: Partial<GuardianDraft>): void =>
    update({
      ...draft,
      guardians: draft.guardians.map((g) => (g.key === key ? { ...g, ...change } : g)),
    });

  const submit = async (): Promise<void> => {
    setSubmitted(true);
    const found = validatePupilDraft(draft, todayIso());
    setErrors(found);
    if (hasErrors(found)) return;
    const record = pupilFromDraft(draft, {
      ...(pupil === undefined ? {} : { existing: pupil }),
      newId: newRecordId,
      now: new Date().toISOString(),
    });
    if (record === undefined) {
      fail();
      return;
    }
    await attempt(async () => {
      const saved = await session.records.put('pupil', record);
      onSaved(saved);
    });
  };

  const textField = (
    field: PupilTextField,
    options: {
      readonly required?: boolean;
      readonly type?: string;
      readonly helper?: string;
      readonly autoFocus?: boolean;
    } = {},
  ) => {
    const error = fieldErrorText(t, errors.fields[field], REQUIRED_KIND[field]);
    return (
      <TextField
        key={field}
        label={t(`pupils.form.${field}`)}
        value={draft[field]}
        onChange={(event) => setField(field, event.target.value)}
        required={options.required === true}
        type={options.type ?? 'text'}
        error={error !== undefined}
        helperText={error ?? options.helper}
        autoFocus={options.autoFocus === true}
        fullWidth
        slotProps={{
          inputLabel: options.type === 'date' ? { shrink: true } : {},
          htmlInput: { autoComplete: 'off' },
        }}
      />
    );
  };

  const fieldCount = Object.keys(errors.fields).length + Object.keys(errors.guardians).length;

  return (
    <FormDialog
      title={pupil === undefined ? t('pupils.form.titleAdd') : t('pupils.form.titleEdit')}
      submitLabel={t('pupils.form.save')}
      cancelLabel={t('pupils.form.cancel')}
      dirty={dirty}
      busy={busy}
      error={failed ? t('pupils.form.saveFailed') : null}
      maxWidth="md"
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Typography variant="body2" color="text.secondary">
        {t('pupils.form.intro')}
      </Typography>
      {fieldCount > 0 ? <Alert severity="error">{t('pupils.form.summary')}</Alert> : null}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {textField('firstName', { required: true, autoFocus: true })}
        <Box sx={{ width: { sm: 220 }, flexShrink: 0 }}>{textField('tussenvoegsel')}</Box>
        {textField('lastName', { required: true })}
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {textField('dateOfBirth', { required: true, type: 'date' })}
        {textField('group')}
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {textField('homePostcode', { helper: t('pupils.form.homePostcodeHelp') })}
        {textField('homeMunicipality')}
      </Stack>
      {duplicate !== undefined ? (
        <Alert severity="warning" role="status">
          {t('pupils.form.duplicate', { name: displayName(duplicate) })}
        </Alert>
      ) : null}
      <Box component="section" aria-labelledby={guardiansHeadingId}>
        <Typography id={guardiansHeadingId} variant="h3" component="h3" sx={{ mb: 0.5 }}>
          {t('pupils.form.guardiansHeading')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('pupils.form.guardiansIntro')}
        </Typography>
        <Stack spacing={1.5}>
          {draft.guardians.length === 0 ? (
            <Typography variant="body2">{t('pupils.form.noGuardians')}</Typography>
          ) : null}
          {draft.guardians.map((g, index) => (
            <GuardianFields
              key={g.key}
              guardian={g}
              number={index + 1}
              errors={errors.guardians[g.key] ?? {}}
              onChange={(change) => setGuardian(g.key, change)}
              onRemove={() =>
                update({ ...draft, guardians: draft.guardians.filter((x) => x.key !== g.key) })
              }
            />
          ))}
          <Box>
            <Button
              startIcon={<AddIcon />}
              disabled={draft.guardians.length >= MAX_GUARDIANS}
              onClick={() => {
                const key = newRecordId();
                update({ ...draft, guardians: [...draft.guardians, emptyGuardianDraft(key)] });
                requestAnimationFrame(() =>
                  document.querySelector<HTMLElement>(`[data-guardian="${key}"] input`)?.focus(),
                );
              }}
            >
              {t('pupils.form.addGuardian')}
            </Button>
          </Box>
        </Stack>
      </Box>
    </FormDialog>
  );
}

interface GuardianFieldsProps {
  readonly guardian: GuardianDraft;
  readonly number: number;
  readonly errors: DraftErrors['guardians'][string];
  readonly onChange: (change: Partial<GuardianDraft>) => void;
  readonly onRemove: () => void;
}

function GuardianFields({ guardian, number, errors, onChange, onRemove }: GuardianFieldsProps) {
  const { t } = useTranslation();
  const nameError = fieldErrorText(t, errors.name, 'guardianName');
  const phoneError = fieldErrorText(t, errors.phone);
  const emailError = fieldErrorText(t, errors.email);
  return (
    <Paper
      variant="outlined"
      component="fieldset"
      data-guardian={guardian.key}
      sx={{ p: 2, pt: 1, m: 0 }}
    >
      <Typography component="legend" sx={{ fontWeight: 600, px: 0.5 }}>
        {t('pupils.form.guardianHeading', { number })}
      </Typography>
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            label={t('pupils.form.guardianName')}
            value={guardian.name}
            onChange={(event) => onChange({ name: event.target.value })}
            required
            error={nameError !== undefined}
            helperText={nameError}
            fullWidth
            slotProps={{ htmlInput: { autoComplete: 'off' } }}
          />
          <TextField
            select
            label={t('pupils.form.relation')}
            value={guardian.relation}
            onChange={(event) => onChange({ relation: event.target.value as GuardianRelation })}
            sx={{ minWidth: 180 }}
          >
            {GUARDIAN_RELATIONS.map((relation) => (
              <MenuItem key={relation} value={relation}>
                {t(`pupils.relations.${relation}`)}
              </MenuItem>
            ))}
          </TextField>
          <FormControlLabel
            control={
              <Checkbox
                checked={guardian.hasGezag}
                onChange={(event) => onChange({ hasGezag: event.target.checked })}
              />
            }
            label={t('pupils.form.hasGezag')}
            sx={{ flexShrink: 0 }}
          />
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            label={t('pupils.form.phone')}
            type="tel"
            value={guardian.phone}
            onChange={(event) => onChange({ phone: event.target.value })}
            error={phoneError !== undefined}
            helperText={phoneError}
            fullWidth
            slotProps={{ htmlInput: { autoComplete: 'off' } }}
          />
          <TextField
            label={t('pupils.form.email')}
            type="email"
            value={guardian.email}
            onChange={(event) => onChange({ email: event.target.value })}
            error={emailError !== undefined}
            helperText={emailError}
            fullWidth
            slotProps={{ htmlInput: { autoComplete: 'off' } }}
          />
        </Stack>
        <Box>
          <Button color="error" size="small" startIcon={<DeleteOutlinedIcon />} onClick={onRemove}>
            {t('pupils.form.removeGuardian', { number })}
          </Button>
        </Box>
      </Stack>
    </Paper>
  );
}
