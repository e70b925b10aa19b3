// Runs in: renderer.
//
// "Nieuw overleg": the kind, the date, start and end (the end follows the kind's usual
// length until the user sets it) and the place. The meeting is created as a concept with
// the attendees the template suggests from the directory; the user lands on its planning.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { createMeeting } from '../../../../../shared/meetings/agenda';
import { MEETING_KINDS, type Meeting, type MeetingKind } from '../../../../../shared/meetings/meeting';
import { suggestAttendees } from '../../../../../shared/meetings/planning';
import { SubmitCancelActions } from '../../../components/SubmitCancelActions';
import { useRecordList } from '../../../records/useRecords';
import { useSession } from '../../../security/VaultProvider';
import { newRecordId } from '../../../vault';
import { MeetingFields } from './MeetingFields';
import { defaultEndTime, validateMeetingDraft, type MeetingDraft, type MeetingDraftError, type MeetingDraftField } from './planScreenRules';
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
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const templateOf = useTemplates(session);
  const contacts = useRecordList(session, 'directory.contact');
  const organisations = useRecordList(session, 'directory.organisation');
  const initial: MeetingDraft = { kind: 'zorgteam', date: '', startTime: DEFAULT_START, endTime: defaultEndTime(DEFAULT_START, templateOf('zorgteam')) ?? '', place: '' };
  const [draft, setDraft] = useState<MeetingDraft>(initial);
  const [endTouched, setEndTouched] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<MeetingDraftField, MeetingDraftError>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  const update = (next: MeetingDraft, touchedEnd = endTouched): void => {
    const withEnd = touchedEnd ? next : { ...next, endTime: defaultEndTime(next.startTime, templateOf(next.kind)) ?? next.endTime };
    setDraft(withEnd);
    if (submitted) setErrors(validateMeetingDraft(withEnd));
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    const found = validateMeetingDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const template = templateOf(draft.kind);
    const suggested = suggestAttendees(template, { contacts, organisations, onDate: draft.date, newId: newRecordId });
    const now = new Date().toISOString();
    const created = createMeeting(
      { kind: draft.kind, date: draft.date, startTime: draft.startTime, endTime: draft.endTime, place: draft.place.trim(), attendees: suggested.attendees },
      template,
      { id: newRecordId(), now },
    );
    if (!created.ok) {
      setFailure(labels.problem(created.error));
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      onCreated(await session.records.put('meeting', created.value));
    } catch {
      setFailure(t('meetings.saveFailed'));
      setBusy(false);
    }
  };

  const close = (_event: unknown, reason?: 'backdropClick' | 'escapeKeyDown'): void => {
    if (busy || (reason === 'backdropClick' && dirty)) return;
    onClose();
  };

  return (
    <Dialog open onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id={titleId}>{t('meetings.new.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5}>
            <Typography variant="body2" color="text.secondary">
              {t('meetings.new.intro')}
            </Typography>
            <FormControl component="fieldset">
              <FormLabel component="legend">{t('meetings.new.kind')}</FormLabel>
              <RadioGroup value={draft.kind} onChange={(event) => update({ ...draft, kind: event.target.value as MeetingKind })}>
                {MEETING_KINDS.map((kind) => (
                  <FormControlLabel
                    key={kind}
                    value={kind}
                    control={<Radio />}
                    label={
                      <span>
                        {t(`meetings.kinds.${kind}`)}
                        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
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
            {failure !== undefined ? <Alert severity="error">{failure}</Alert> : null}
          </Stack>
        </DialogContent>
        <SubmitCancelActions busy={busy} onCancel={onClose} cancelLabel={t('meetings.cancel')} submitLabel={t('meetings.new.submit')} />
      </form>
    </Dialog>
  );
}
