// Runs in: renderer.
//
// "Nieuw zorgdossier": records the signal (date, who raised it, what was seen), the
// hulpvraag and the leefgebieden, and creates the case with status signalering. The form
// is short on purpose (brief §11: registration burden); everything else comes later.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Zorgdossier } from '../../../../shared/domain/case';
import { CARE_SETTINGS_RECORD_ID } from '../../../../shared/domain/careSettings';
import { activeLeefgebieden, DEFAULT_LEEFGEBIEDEN } from '../../../../shared/domain/leefgebieden';
import { displayName, type Pupil } from '../../../../shared/domain/pupil';
import { newRecordId } from '../../vault';
import { useSession } from '../../security/VaultProvider';
import { todayIso } from '../../../../shared/domain/dates';
import {
  caseFromDraft,
  emptyCaseDraft,
  validateCaseDraft,
  type CaseDraft,
  type CaseDraftField,
} from './newCaseForm';
import { fieldErrorText } from './fieldErrorText';
import type { FieldErrorCode } from '../../../../shared/domain/pupilForm';
import { FormDialog } from '../../components/FormDialog';
import { useSaveAttempt } from '../../components/useSaveAttempt';

export interface NewCaseDialogProps {
  readonly pupil: Pupil;
  readonly onClose: () => void;
  readonly onCreated: (created: Zorgdossier) => void;
}

export function NewCaseDialog({ pupil, onClose, onCreated }: NewCaseDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const today = todayIso();
  const initial = useMemo(() => emptyCaseDraft(today), [today]);
  const [draft, setDraft] = useState<CaseDraft>(initial);
  const [errors, setErrors] = useState<Partial<Record<CaseDraftField, FieldErrorCode>>>({});
  const [submitted, setSubmitted] = useState(false);
  const { busy, failed, attempt, fail } = useSaveAttempt();
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  const leefgebieden = useMemo(() => {
    const settings = session.records.get('school.care-settings', CARE_SETTINGS_RECORD_ID);
    return activeLeefgebieden(settings?.leefgebieden ?? DEFAULT_LEEFGEBIEDEN);
  }, [session]);

  const update = (next: CaseDraft): void => {
    setDraft(next);
    if (submitted) setErrors(validateCaseDraft(next, todayIso()));
  };

  const submit = async (): Promise<void> => {
    setSubmitted(true);
    const found = validateCaseDraft(draft, todayIso());
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const record = caseFromDraft(draft, {
      pupilId: pupil.id,
      id: newRecordId(),
      now: new Date().toISOString(),
    });
    if (record === undefined) {
      fail();
      return;
    }
    await attempt(async () => {
      const saved = await session.records.put('case', record);
      onCreated(saved);
    });
  };

  const dateError = fieldErrorText(t, errors.signalDate, 'signalDate');
  const raisedByError = fieldErrorText(t, errors.raisedBy, 'raisedBy');
  const descriptionError = fieldErrorText(t, errors.description);
  const hulpvraagError = fieldErrorText(t, errors.hulpvraag);

  return (
    <FormDialog
      title={`${t('pupils.newCase.title')} · ${displayName(pupil)}`}
      submitLabel={t('pupils.newCase.create')}
      cancelLabel={t('pupils.newCase.cancel')}
      dirty={dirty}
      busy={busy}
      error={failed ? t('pupils.newCase.failed') : null}
      maxWidth="md"
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Typography variant="body2" color="text.secondary">
        {t('pupils.newCase.intro')}
      </Typography>
      <Typography variant="h3" component="h3">
        {t('pupils.newCase.signalHeading')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label={t('pupils.newCase.signalDate')}
          type="date"
          required
          value={draft.signalDate}
          onChange={(event) => update({ ...draft, signalDate: event.target.value })}
          error={dateError !== undefined}
          helperText={dateError}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
          sx={{ minWidth: 220 }}
        />
        <TextField
          label={t('pupils.newCase.raisedBy')}
          required
          autoFocus
          value={draft.raisedBy}
          onChange={(event) => update({ ...draft, raisedBy: event.target.value })}
          error={raisedByError !== undefined}
          helperText={raisedByError ?? t('pupils.newCase.raisedByHelp')}
          fullWidth
          slotProps={{ htmlInput: { autoComplete: 'off' } }}
        />
      </Stack>
      <TextField
        label={t('pupils.newCase.description')}
        multiline
        minRows={3}
        value={draft.description}
        onChange={(event) => update({ ...draft, description: event.target.value })}
        error={descriptionError !== undefined}
        helperText={descriptionError}
        fullWidth
      />
      <TextField
        label={t('pupils.newCase.hulpvraag')}
        multiline
        minRows={2}
        value={draft.hulpvraag}
        onChange={(event) => update({ ...draft, hulpvraag: event.target.value })}
        error={hulpvraagError !== undefined}
        helperText={hulpvraagError ?? t('pupils.newCase.hulpvraagHelp')}
        fullWidth
      />
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('pupils.newCase.leefgebieden')}</FormLabel>
        <FormHelperText sx={{ mx: 0 }}>{t('pupils.newCase.leefgebiedenHelp')}</FormHelperText>
        <FormGroup sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          {leefgebieden.map((l) => (
            <FormControlLabel
              key={l.id}
              label={l.label}
              control={
                <Checkbox
                  checked={draft.leefgebieden.includes(l.id)}
                  onChange={(event) =>
                    update({
                      ...draft,
                      leefgebieden: event.target.checked
                        ? [...draft.leefgebieden, l.id]
                        : draft.leefgebieden.filter((id) => id !== l.id),
                    })
                  }
                />
              }
            />
          ))}
        </FormGroup>
      </FormControl>
    </FormDialog>
  );
}
