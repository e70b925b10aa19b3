// Runs in: renderer.
//
// Date, start, end and place of a meeting with their field-level messages: the same fields
// in "Nieuw overleg" and in the planning's "Datum, tijd en plaats".
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { MeetingDraft, MeetingDraftError, MeetingDraftField } from './planScreenRules';

export interface MeetingFieldsProps {
  readonly draft: MeetingDraft;
  readonly errors: Partial<Record<MeetingDraftField, MeetingDraftError>>;
  readonly onChange: (next: MeetingDraft, field: MeetingDraftField) => void;
  readonly autoFocusDate?: boolean;
}

export function MeetingFields({
  draft,
  errors,
  onChange,
  autoFocusDate = false,
}: MeetingFieldsProps) {
  const { t } = useTranslation();
  const message = (field: MeetingDraftField): string | undefined => {
    const code = errors[field];
    if (code === undefined) return undefined;
    if (code === 'end-before-start') return t('meetings.fieldErrors.endBeforeStart');
    if (code === 'too-long') return t('meetings.fieldErrors.placeTooLong');
    switch (field) {
      case 'date':
        return code === 'required'
          ? t('meetings.fieldErrors.dateRequired')
          : t('meetings.fieldErrors.dateInvalid');
      case 'startTime':
        return t('meetings.fieldErrors.startTime');
      case 'endTime':
        return t('meetings.fieldErrors.endTime');
      case 'place':
        return t('meetings.fieldErrors.placeTooLong');
      default: {
        const never: never = field;
        throw new Error(`unknown field ${String(never)}`);
      }
    }
  };
  const dateError = message('date');
  const startError = message('startTime');
  const endError = message('endTime');
  const placeError = message('place');
  return (
    <Stack spacing={2}>
      <TextField
        label={t('meetings.fields.date')}
        type="date"
        required
        autoFocus={autoFocusDate}
        value={draft.date}
        onChange={(event) => onChange({ ...draft, date: event.target.value }, 'date')}
        error={dateError !== undefined}
        helperText={dateError}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ maxWidth: 260 }}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label={t('meetings.fields.startTime')}
          type="time"
          required
          value={draft.startTime}
          onChange={(event) => onChange({ ...draft, startTime: event.target.value }, 'startTime')}
          error={startError !== undefined}
          helperText={startError}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          label={t('meetings.fields.endTime')}
          type="time"
          required
          value={draft.endTime}
          onChange={(event) => onChange({ ...draft, endTime: event.target.value }, 'endTime')}
          error={endError !== undefined}
          helperText={endError}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      <TextField
        label={t('meetings.fields.place')}
        value={draft.place}
        onChange={(event) => onChange({ ...draft, place: event.target.value }, 'place')}
        error={placeError !== undefined}
        helperText={placeError ?? t('meetings.fields.placeHelp')}
        slotProps={{ htmlInput: { autoComplete: 'off', maxLength: 200 } }}
        fullWidth
      />
    </Stack>
  );
}
