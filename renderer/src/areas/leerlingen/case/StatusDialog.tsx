// Runs in: renderer.
//
// "Status wijzigen": offers only the changes the care route allows from the current status
// (allowedTransitions), asks the date the change took effect, and a reason when closing.
// The case and its status entry in the chronology are stored together.
import { useState } from 'react';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/domain/dates';
import type { Zorgdossier } from '../../../../../shared/domain/case';
import {
  allowedTransitions,
  caseStatusSchema,
  type CaseStatus,
} from '../../../../../shared/domain/caseStatus';
import { newRecordId } from '../../../vault';
import { useSession } from '../../../security/VaultProvider';
import { FormDialog } from '../../../components/FormDialog';
import { useFieldErrorText } from './caseFormat';
import {
  applyStatusForm,
  REASON_MAX,
  type StatusFormErrors,
  type StatusFormValues,
} from '../../../../../shared/domain/caseDialogChecks';
import { useSaveAttempt } from '../../../components/useSaveAttempt';

export interface StatusDialogProps {
  readonly zorgdossier: Zorgdossier;
  readonly onClose: () => void;
}

export function StatusDialog({ zorgdossier, onClose }: StatusDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const errorText = useFieldErrorText();
  const today = todayIso();
  const options = allowedTransitions(zorgdossier.status);
  const [values, setValues] = useState<StatusFormValues>({ to: '', on: today, reason: '' });
  const [errors, setErrors] = useState<StatusFormErrors>({});
  const { busy, failed, attempt } = useSaveAttempt();
  const dirty = values.to !== '' || values.on !== today || values.reason !== '';

  const save = async () => {
    const result = applyStatusForm(zorgdossier, values, {
      today,
      now: new Date().toISOString(),
      author: session.profile.userName,
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    await attempt(async () => {
      await session.records.put('case', result.case);
      await session.records.put('case.entry', { ...result.entry, id: newRecordId() });
      onClose();
    });
  };

  const chooseStatus = (value: string) => {
    const parsed = caseStatusSchema.safeParse(value);
    if (parsed.success) setValues((v) => ({ ...v, to: parsed.data }));
  };

  return (
    <FormDialog
      open
      title={t('cases.statusDialog.title')}
      dirty={dirty}
      busy={busy}
      error={failed ? t('cases.common.saveFailed') : undefined}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      <Typography>
        {t('cases.statusDialog.current', { status: t(`cases.status.${zorgdossier.status}`) })}
      </Typography>
      <FormControl component="fieldset" error={errors.to !== undefined} required>
        <FormLabel component="legend">{t('cases.statusDialog.legend')}</FormLabel>
        <RadioGroup
          name="status"
          value={values.to}
          onChange={(event) => chooseStatus(event.target.value)}
        >
          {options.map((status: CaseStatus, index) => (
            <FormControlLabel
              key={status}
              value={status}
              control={<Radio autoFocus={index === 0} />}
              label={t(`cases.status.${status}`)}
            />
          ))}
        </RadioGroup>
        {errors.to !== undefined ? (
          <FormHelperText>{t('cases.errors.chooseStatus')}</FormHelperText>
        ) : null}
        {zorgdossier.status === 'afgesloten' ? (
          <FormHelperText>{t('cases.statusDialog.reopenHint')}</FormHelperText>
        ) : null}
      </FormControl>
      <TextField
        type="date"
        label={t('cases.statusDialog.date')}
        value={values.on}
        onChange={(event) => setValues((v) => ({ ...v, on: event.target.value }))}
        required
        error={errors.on !== undefined}
        helperText={errorText(errors.on)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
      />
      {values.to === 'afgesloten' ? (
        <TextField
          label={t('cases.statusDialog.reason')}
          value={values.reason}
          onChange={(event) => setValues((v) => ({ ...v, reason: event.target.value }))}
          required
          multiline
          minRows={2}
          error={errors.reason !== undefined}
          helperText={errorText(errors.reason) ?? t('cases.statusDialog.reasonHelp')}
          slotProps={{ htmlInput: { maxLength: REASON_MAX } }}
        />
      ) : null}
    </FormDialog>
  );
}
