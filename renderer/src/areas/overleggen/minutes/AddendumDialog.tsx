// Runs in: renderer.
//
// "Addendum toevoegen": a dated correction to approved minutes (the minutes themselves stay
// as approved). Date defaults to today, the author to the user of this vault.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  compareIsoDates,
  isValidIsoDate,
  localTimestamp,
  todayIso,
} from '../../../../../shared/domain/dates';
import type { Meeting } from '../../../../../shared/meetings/meeting';
import { addAddendum } from '../../../../../shared/meetings/minutes';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { newRecordId } from '../../../vault';

export interface AddendumDialogProps {
  readonly meeting: Meeting;
  readonly defaultAuthor: string;
  readonly onClose: () => void;
  readonly onSave: (next: Meeting) => Promise<void>;
}

type Errors = { readonly date?: string; readonly author?: string; readonly text?: string };

export function AddendumDialog({ meeting, defaultAuthor, onClose, onSave }: AddendumDialogProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(() => todayIso());
  const [author, setAuthor] = useState(defaultAuthor);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  // Why the minutes rules refused the addendum (before anything was written).
  const [refusal, setRefusal] = useState<string | null>(null);
  const { busy, failed, attempt } = useSaveAttempt();
  const approvedOn = meeting.approvedAt?.slice(0, 10) ?? '';

  const submit = (): void => {
    const found: { date?: string; author?: string; text?: string } = {};
    if (!isValidIsoDate(date) || compareIsoDates(date, approvedOn) < 0)
      found.date = t('meetingRun.minutes.addenda.dateInvalid');
    if (author.trim() === '') found.author = t('meetingRun.minutes.addenda.authorRequired');
    if (text.trim() === '') found.text = t('meetingRun.minutes.addenda.textRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = addAddendum(
      meeting,
      { id: newRecordId(), date, author: author.trim(), text },
      localTimestamp(),
    );
    if (!result.ok) {
      setRefusal(
        t(`meetingRun.minutes.problems.codes.${result.error.code}`, {
          count: 0,
          missing: '',
          field: '',
        }),
      );
      return;
    }
    setRefusal(null);
    void attempt(async () => {
      await onSave(result.value);
      onClose();
    });
  };

  return (
    <FormDialog
      open
      title={t('meetingRun.minutes.addenda.dialogTitle')}
      submitLabel={t('meetingRun.minutes.addenda.save')}
      dirty={text.trim() !== ''}
      busy={busy}
      error={refusal ?? (failed ? t('meetingRun.minutes.addenda.failed') : null)}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>{t('meetingRun.minutes.addenda.intro')}</Typography>
      <TextField
        type="date"
        required
        label={t('meetingRun.minutes.addenda.date')}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={errors.date !== undefined}
        helperText={errors.date}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        required
        label={t('meetingRun.minutes.addenda.author')}
        value={author}
        onChange={(e) => setAuthor(e.target.value)}
        error={errors.author !== undefined}
        helperText={errors.author}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <TextField
        required
        autoFocus
        multiline
        minRows={4}
        label={t('meetingRun.minutes.addenda.text')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errors.text !== undefined}
        helperText={errors.text}
        slotProps={{ htmlInput: { maxLength: 10_000 } }}
      />
    </FormDialog>
  );
}
