// Runs in: renderer.
//
// Edits what the case is about: the signal (date, who raised it, what was seen) and the
// hulpvraag. The hulpvraag is often written only after the first talk with the parents.
import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/domain/dates';
import { zorgdossierSchema, type Zorgdossier } from '../../../../../shared/domain/case';
import { useSession } from '../../../security/VaultProvider';
import { FormDialog } from '../../../components/FormDialog';
import { useFieldErrorText } from './caseFormat';
import { useFormatIsoDate } from '../../../i18n/useFormatIsoDate';
import {
  hasErrors,
  RAISED_BY_MAX,
  SIGNAL_TEXT_MAX,
  validateSignalForm,
  withSignal,
  type SignalFormErrors,
  type SignalFormValues,
} from '../../../../../shared/domain/caseDialogChecks';
import { useSaveAttempt } from '../../../components/useSaveAttempt';

export interface SignalDialogProps {
  readonly zorgdossier: Zorgdossier;
  readonly onClose: () => void;
}

export function SignalDialog({ zorgdossier, onClose }: SignalDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const errorText = useFieldErrorText();
  const formatIsoDate = useFormatIsoDate();
  const initial: SignalFormValues = {
    date: zorgdossier.signal.date,
    raisedBy: zorgdossier.signal.raisedBy,
    description: zorgdossier.signal.description,
    hulpvraag: zorgdossier.hulpvraag,
  };
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<SignalFormErrors>({});
  const { busy, failed, attempt, fail } = useSaveAttempt();
  const today = todayIso();
  const dirty = (Object.keys(initial) as (keyof SignalFormValues)[]).some(
    (k) => values[k] !== initial[k],
  );

  const set = (key: keyof SignalFormValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));

  const save = async () => {
    const found = validateSignalForm(values, zorgdossier, today);
    setErrors(found);
    if (hasErrors(found)) return;
    const next = zorgdossierSchema.safeParse(
      withSignal(zorgdossier, values, new Date().toISOString()),
    );
    if (!next.success) {
      fail();
      return;
    }
    await attempt(async () => {
      await session.records.put('case', next.data);
      onClose();
    });
  };

  return (
    <FormDialog
      open
      title={t('cases.signalDialog.title')}
      dirty={dirty}
      busy={busy}
      error={failed ? t('cases.common.saveFailed') : undefined}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      <TextField
        autoFocus
        type="date"
        label={t('cases.signalDialog.date')}
        value={values.date}
        onChange={set('date')}
        required
        error={errors.date !== undefined}
        helperText={
          errorText(errors.date) ??
          (zorgdossier.closedAt !== undefined
            ? t('cases.signalDialog.afterClosed', { date: formatIsoDate(zorgdossier.closedAt) })
            : undefined)
        }
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
      />
      <TextField
        label={t('cases.signalDialog.raisedBy')}
        value={values.raisedBy}
        onChange={set('raisedBy')}
        required
        error={errors.raisedBy !== undefined}
        helperText={errorText(errors.raisedBy) ?? t('cases.signalDialog.raisedByHelp')}
        slotProps={{ htmlInput: { maxLength: RAISED_BY_MAX } }}
      />
      <TextField
        label={t('cases.signalDialog.description')}
        value={values.description}
        onChange={set('description')}
        multiline
        minRows={3}
        error={errors.description !== undefined}
        helperText={errorText(errors.description)}
        slotProps={{ htmlInput: { maxLength: SIGNAL_TEXT_MAX } }}
      />
      <TextField
        label={t('cases.signalDialog.hulpvraag')}
        value={values.hulpvraag}
        onChange={set('hulpvraag')}
        multiline
        minRows={2}
        error={errors.hulpvraag !== undefined}
        helperText={errorText(errors.hulpvraag) ?? t('cases.signalDialog.hulpvraagHelp')}
        slotProps={{ htmlInput: { maxLength: SIGNAL_TEXT_MAX } }}
      />
    </FormDialog>
  );
}
