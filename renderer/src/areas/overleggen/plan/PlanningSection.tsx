// Runs in: renderer.
//
// The planning of one meeting: date, time and place (changed in a small dialog with the same
// checks as "Nieuw overleg"), and who is invited, with their presence. People come from the
// directory or are typed in by hand; removing someone asks first and can be undone. Required
// roles of the kind's template that nobody takes yet are shown as hints.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import {
  ATTENDEE_PRESENCES,
  type Attendee,
  type AttendeePresence,
  type Meeting,
} from '../../../../../shared/meetings/meeting';
import { editMinutes } from '../../../../../shared/meetings/minutes';
import { finalise } from '../../../../../shared/meetings/edit';
import type { MeetingProblem } from '../../../../../shared/meetings/problems';
import type { MeetingTemplate } from '../../../../../shared/meetings/templates';
import type { Result } from '../../../../../shared/result';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { NO_PRINT_CLASS } from '../../../theme';
import { AttendeeDialog } from './AttendeeDialog';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { MeetingFields } from './MeetingFields';
import {
  unfilledRoles,
  validateMeetingDraft,
  type MeetingDraft,
  type MeetingDraftError,
  type MeetingDraftField,
} from './planScreenRules';
import type { AgendaContext } from './useMeetingData';

export interface PlanningSectionProps {
  readonly meeting: Meeting;
  readonly template: MeetingTemplate;
  readonly context: AgendaContext;
  readonly editable: boolean;
  readonly save: (result: Result<Meeting, MeetingProblem>) => Promise<boolean>;
}

export function PlanningSection({
  meeting,
  template,
  context,
  editable,
  save,
}: PlanningSectionProps) {
  const { t } = useTranslation();
  const [editingDetails, setEditingDetails] = useState(false);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Attendee | undefined>(undefined);
  const [undo, setUndo] = useState<
    { readonly attendee: Attendee; readonly index: number } | undefined
  >(undefined);
  const addRef = useRef<HTMLButtonElement>(null);
  const hints = unfilledRoles(template, meeting.attendees);
  const now = (): string => new Date().toISOString();

  const setPresence = (attendee: Attendee, presence: AttendeePresence): void => {
    void save(editMinutes(meeting, { kind: 'presence', attendeeId: attendee.id, presence }, now()));
  };

  const restore = async (): Promise<void> => {
    if (undo === undefined) return;
    const attendees = [...meeting.attendees];
    attendees.splice(Math.min(undo.index, attendees.length), 0, undo.attendee);
    setUndo(undefined);
    await save(finalise({ ...meeting, attendees }, now()));
  };

  return (
    <Box component="section" aria-labelledby="meeting-planning-heading">
      <Typography variant="h2" id="meeting-planning-heading" sx={{ mb: 1.5 }}>
        {t('meetings.planning.heading')}
      </Typography>
      {editable ? (
        <Button
          variant="outlined"
          startIcon={<EditOutlinedIcon aria-hidden />}
          onClick={() => setEditingDetails(true)}
          className={NO_PRINT_CLASS}
          sx={{ mb: 2 }}
        >
          {t('meetings.planning.editDetails')}
        </Button>
      ) : null}

      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, flexWrap: 'wrap' }}
        useFlexGap
      >
        <Typography variant="h3" component="h3" id="meeting-attendees-heading">
          {t('meetings.planning.attendees', { count: meeting.attendees.length })}
        </Typography>
        {editable ? (
          <Button
            ref={addRef}
            variant="outlined"
            startIcon={<PersonAddAlt1OutlinedIcon aria-hidden />}
            onClick={() => setAdding(true)}
            className={NO_PRINT_CLASS}
          >
            {t('meetings.planning.addAttendee')}
          </Button>
        ) : null}
      </Stack>
      {meeting.attendees.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('meetings.planning.noAttendees')}
        </Typography>
      ) : (
        <Stack
          component="ul"
          aria-labelledby="meeting-attendees-heading"
          spacing={1}
          sx={{ listStyle: 'none', m: 0, p: 0 }}
        >
          {meeting.attendees.map((a) => (
            <Paper key={a.id} component="li" variant="outlined" sx={{ px: 2, py: 1 }}>
              <Stack
                direction={{ xs: 'column', sm: 'row' }}
                spacing={2}
                sx={{ alignItems: { sm: 'center' } }}
              >
                <Box sx={{ flex: 1 }}>
                  <Typography sx={{ fontWeight: 600 }}>{a.name}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {[a.role, a.organisation].filter((p) => p.trim() !== '').join(', ')}
                  </Typography>
                </Box>
                <TextField
                  select
                  size="small"
                  label={t('meetings.planning.presenceOf', { name: a.name })}
                  value={a.presence}
                  disabled={!editable}
                  onChange={(event) => setPresence(a, event.target.value as AttendeePresence)}
                  sx={{ minWidth: 220 }}
                >
                  {ATTENDEE_PRESENCES.map((p) => (
                    <MenuItem key={p} value={p}>
                      {t(`meetings.presence.${p}`)}
                    </MenuItem>
                  ))}
                </TextField>
                {editable ? (
                  <IconButton
                    aria-label={t('meetings.planning.removeLabel', { name: a.name })}
                    onClick={() => setRemoving(a)}
                    className={NO_PRINT_CLASS}
                  >
                    <DeleteOutlineIcon />
                  </IconButton>
                ) : null}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {hints.length > 0 && editable ? (
        <Alert severity="info" sx={{ mt: 2 }} className={NO_PRINT_CLASS}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('meetings.planning.unfilled')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {hints.map((role) => (
              <li key={role.role}>
                <Typography variant="body2">
                  {role.parents === true ? t('meetings.planning.parentsRole') : role.role}
                </Typography>
              </li>
            ))}
          </Box>
        </Alert>
      ) : null}

      {editingDetails ? (
        <DetailsDialog meeting={meeting} save={save} onClose={() => setEditingDetails(false)} />
      ) : null}
      {adding ? (
        <AttendeeDialog
          meeting={meeting}
          context={context}
          onClose={() => {
            setAdding(false);
            requestAnimationFrame(() => addRef.current?.focus());
          }}
          onAdd={async (attendee) => {
            const ok = await save(
              finalise({ ...meeting, attendees: [...meeting.attendees, attendee] }, now()),
            );
            if (ok) {
              setAdding(false);
              requestAnimationFrame(() => addRef.current?.focus());
            }
          }}
        />
      ) : null}
      {removing !== undefined ? (
        <ConfirmDialog
          title={t('meetings.planning.removeTitle')}
          text={t('meetings.planning.removeText', { name: removing.name })}
          failedMessage={t('meetings.saveFailed')}
          confirmLabel={t('meetings.planning.removeConfirm')}
          onClose={() => setRemoving(undefined)}
          onConfirm={async () => {
            const index = meeting.attendees.findIndex((a) => a.id === removing.id);
            const ok = await save(
              finalise(
                { ...meeting, attendees: meeting.attendees.filter((a) => a.id !== removing.id) },
                now(),
              ),
            );
            setRemoving(undefined);
            if (ok) {
              setUndo({ attendee: removing, index });
              requestAnimationFrame(() => addRef.current?.focus());
            }
          }}
        />
      ) : null}
      <Snackbar
        open={undo !== undefined}
        autoHideDuration={10_000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setUndo(undefined);
        }}
        message={
          undo === undefined ? '' : t('meetings.planning.removed', { name: undo.attendee.name })
        }
        action={
          <Button color="inherit" size="small" onClick={() => void restore()}>
            {t('meetings.planning.undo')}
          </Button>
        }
      />
    </Box>
  );
}

function DetailsDialog({
  meeting,
  save,
  onClose,
}: {
  readonly meeting: Meeting;
  readonly save: PlanningSectionProps['save'];
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { busy, attempt } = useSaveAttempt();
  const initial: MeetingDraft = {
    kind: meeting.kind,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
  };
  const [draft, setDraft] = useState<MeetingDraft>(initial);
  const [errors, setErrors] = useState<Partial<Record<MeetingDraftField, MeetingDraftError>>>({});
  const [submitted, setSubmitted] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  const submit = (): void => {
    setSubmitted(true);
    const found = validateMeetingDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    // `save` shows its own refusal on the meeting screen and resolves false; the dialog then
    // stays open with what the user typed.
    void attempt(async () => {
      const ok = await save(
        finalise(
          {
            ...meeting,
            date: draft.date,
            startTime: draft.startTime,
            endTime: draft.endTime,
            place: draft.place.trim(),
          },
          new Date().toISOString(),
        ),
      );
      if (ok) onClose();
    });
  };

  return (
    <FormDialog
      title={t('meetings.planning.editDetails')}
      dirty={dirty}
      busy={busy}
      onClose={onClose}
      onSubmit={submit}
    >
      <MeetingFields
        draft={draft}
        errors={errors}
        autoFocusDate
        onChange={(next) => {
          setDraft(next);
          if (submitted) setErrors(validateMeetingDraft(next));
        }}
      />
    </FormDialog>
  );
}
