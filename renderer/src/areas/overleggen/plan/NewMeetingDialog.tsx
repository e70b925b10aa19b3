// Runs in: renderer.
//
// "Nieuw overleg": the kind, the date, start and end (the end follows the kind's usual
// length until the user sets it) and the place. The meeting is created as a concept with
// the attendees the template suggests from the directory; the user lands on its planning.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { createMeeting } from '../../../../../shared/meetings/agenda';
import {
  MEETING_KINDS,
  type Meeting,
  type MeetingKind,
} from '../../../../../shared/meetings/meeting';
import { suggestAttendees } from '../../../../../shared/meetings/planning';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { useRecordList } from '../../../records/useRecords';
import { useSession } from '../../../security/VaultProvider';
import { newRecordId } from '../../../vault';
import { MeetingFields } from './MeetingFields';
import {
  defaultEndTime,
  validateMeetingDraft,
  type MeetingDraft,
  type MeetingDraftError,
  type MeetingDraftField,
} from './planScreenRules';
import { useMeetingLabels } from './useMeetingLabels';
import { useTemplates } from './useMeetingData';

export interface NewMeetingDialogProps {
  readonly onClose: () => void;
  readonly onCreated: (meeting: Meeting) => void;
}

const DEFAULT_START = '14:00';

export function NewMeetingDialog({ onClose, onCreated }: NewMeetingDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const labels = useMeetingLabels();
  const templateOf = useTemplates(session);
  const contacts = useRecordList(session, 'directory.contact');
  const organisations = useRecordList(session, 'directory.organisation');
  const initial: MeetingDraft = {
    kind: 'zorgteam',
    date: '',
    startTime: DEFAULT_START,
    endTime: defaultEndTime(DEFAULT_START, templateOf('zorgteam')) ?? '',
    place: '',
  };
  const [draft, setDraft] = useState<MeetingDraft>(initial);
  const [endTouched, setEndTouched] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<MeetingDraftField, MeetingDraftError>>>({});
  const [submitted, setSubmitted] = useState(false);
  // Why the meeting rules refused the draft (before anything was written).
  const [refusal, setRefusal] = useState<string | null>(null);
  const { busy, failed, attempt } = useSaveAttempt();
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  const update = (next: MeetingDraft, touchedEnd = endTouched): void => {
    const withEnd = touchedEnd
      ? next
      : { ...next, endTime: defaultEndTime(next.startTime, templateOf(next.kind)) ?? next.endTime };
    setDraft(withEnd);
    if (submitted) setErrors(validateMeetingDraft(withEnd));
  };

  const submit = async (): Promise<void> => {
    setSubmitted(true);
    const found = validateMeetingDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const template = templateOf(draft.kind);
    const suggested = suggestAttendees(template, {
      contacts,
      organisations,
      onDate: draft.date,
      newId: newRecordId,
    });
    const now = new Date().toISOString();
    const created = createMeeting(
      {
        kind: draft.kind,
        date: draft.date,
        startTime: draft.startTime,
        endTime: draft.endTime,
        place: draft.place.trim(),
        attendees: suggested.attendees,
      },
      template,
      { id: newRecordId(), now },
    );
    if (!created.ok) {
      setRefusal(labels.problem(created.error));
      return;
    }
    setRefusal(null);
    await attempt(async () => {
      onCreated(await session.records.put('meeting', created.value));
    });
  };

  return (
    <FormDialog
      title={t('meetings.new.title')}
      submitLabel={t('meetings.new.submit')}
      cancelLabel={t('meetings.cancel')}
      dirty={dirty}
      busy={busy}
      error={refusal ?? (failed ? t('meetings.saveFailed') : null)}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Typography variant="body2" color="text.secondary">
        {t('meetings.new.intro')}
      </Typography>
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('meetings.new.kind')}</FormLabel>
        <RadioGroup
          value={draft.kind}
          onChange={(event) => update({ ...draft, kind: event.target.value as MeetingKind })}
        >
          {MEETING_KINDS.map((kind) => (
            <FormControlLabel
              key={kind}
              value={kind}
              control={<Radio />}
              label={
                <span>
                  {t(`meetings.kinds.${kind}`)}
                  <Typography
                    component="span"
                    variant="body2"
                    color="text.secondary"
                    sx={{ display: 'block' }}
                  >
                    {t(`meetings.kindHelp.${kind}`)}
                  </Typography>
                </span>
              }
              sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { pt: 0.5 } }}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <MeetingFields
        draft={draft}
        errors={errors}
        autoFocusDate
        onChange={(next, field) => {
          const touched = endTouched || field === 'endTime';
          if (field === 'endTime') setEndTouched(true);
          update(next, touched);
        }}
      />
    </FormDialog>
  );
}
