// Runs in: renderer.
//
// "Krijgen ouders terugkoppeling?" (brief §2 step 6): yes and who gives it, or no and why
// not. The screen says plainly that approval creates a feedback task unless a reason is
// recorded, so nobody is surprised by the task in the actieplan.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { OWNER_KINDS, type OwnerKind } from '../../../../../shared/meetings/actions';
import type { AgendaItem, Attendee, ParentsFeedback } from '../../../../../shared/meetings/meeting';
import type { MinutesChange } from '../../../../../shared/meetings/minutes';
import type { MeetingProblem } from '../../../../../shared/meetings/problems';
import type { Result } from '../../../../../shared/result';
import { DraftTextField } from './DraftTextField';
import { ownerFromAttendee } from '../../../../../shared/meetings/actionEntry';
import { OwnerKindSuggestion } from '../../../components/OwnerKindSuggestion';
import { runErrorKey } from './runErrors';

export interface FeedbackEditorProps {
  readonly item: AgendaItem;
  readonly attendees: readonly Attendee[];
  readonly schoolName: string;
  readonly apply: (change: MinutesChange) => Result<unknown, MeetingProblem> | undefined;
}

export function FeedbackEditor({ item, attendees, schoolName, apply }: FeedbackEditorProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const feedback = item.parentsFeedback;
  const anonymous = item.mode === 'anonymous';
  const listId = `feedback-names-${item.id}`;

  const set = (next: ParentsFeedback | null): void => {
    const result = apply({
      kind: 'item-fields',
      itemId: item.id,
      patch: { parentsFeedback: next },
    });
    if (result !== undefined && !result.ok)
      setError(t(`meetingRun.errors.${runErrorKey(result.error)}`));
    else setError(null);
  };

  const setGiver = (name: string, organisation: string, kind: OwnerKind): void => {
    set(
      name.trim() === ''
        ? { given: true }
        : { given: true, by: { name: name.trim(), organisation: organisation.trim(), kind } },
    );
  };

  const by = feedback?.given === true ? feedback.by : undefined;
  const given = feedback === undefined ? '' : feedback.given ? 'yes' : 'no';

  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="h3" sx={{ fontSize: '1.1rem', mb: 1 }}>
        {t('meetingRun.feedback.title')}
      </Typography>
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('meetingRun.feedback.question')}</FormLabel>
        <RadioGroup
          row
          name={`feedback-${item.id}`}
          value={given}
          onChange={(event) => {
            if (event.target.value === 'yes') set({ given: true });
            else if (event.target.value === 'no') set({ given: false });
          }}
        >
          <FormControlLabel
            value="yes"
            control={<Radio size="small" />}
            label={t('meetingRun.feedback.yes')}
          />
          <FormControlLabel
            value="no"
            control={<Radio size="small" />}
            label={t('meetingRun.feedback.no')}
          />
        </RadioGroup>
      </FormControl>
      <datalist id={listId}>
        {attendees.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      {feedback?.given === true ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
          <DraftTextField
            label={t('meetingRun.feedback.who')}
            helperText={t('meetingRun.feedback.whoHelp')}
            value={by?.name ?? ''}
            onValueChange={(name) => {
              const organisation = ownerFromAttendee(attendees, name, by?.organisation ?? '');
              setGiver(name, organisation ?? by?.organisation ?? '', by?.kind ?? 'school');
            }}
            size="small"
            sx={{ flex: '1 1 200px' }}
            slotProps={{
              htmlInput: { list: listId, 'data-run-field': 'feedback-by', maxLength: 200 },
            }}
          />
          <DraftTextField
            label={t('meetingRun.feedback.organisation')}
            value={by?.organisation ?? ''}
            disabled={by === undefined}
            onValueChange={(organisation) =>
              by !== undefined && setGiver(by.name, organisation, by.kind)
            }
            size="small"
            sx={{ flex: '1 1 200px' }}
            slotProps={{ htmlInput: { 'data-run-field': 'feedback-organisation', maxLength: 200 } }}
          />
          <TextField
            select
            label={t('meetingRun.feedback.ownerKind')}
            value={by?.kind ?? 'school'}
            disabled={by === undefined}
            onChange={(event) => {
              const kind = OWNER_KINDS.find((k) => k === event.target.value);
              if (kind !== undefined && by !== undefined) setGiver(by.name, by.organisation, kind);
            }}
            size="small"
            sx={{ minWidth: 170 }}
            slotProps={{
              select: { native: true },
              htmlInput: { 'data-run-field': 'feedback-kind' },
            }}
          >
            {OWNER_KINDS.map((kind) => (
              <option key={kind} value={kind} disabled={anonymous && kind === 'partner'}>
                {t(`meetingRun.actions.ownerKinds.${kind}`)}
              </option>
            ))}
          </TextField>
          {by === undefined ? null : (
            <OwnerKindSuggestion
              organisation={by.organisation}
              schoolName={schoolName}
              value={by.kind}
              anonymous={anonymous}
              onApply={(kind) => setGiver(by.name, by.organisation, kind)}
            />
          )}
        </Box>
      ) : null}
      {feedback?.given === false ? (
        <DraftTextField
          label={t('meetingRun.feedback.reason')}
          helperText={t('meetingRun.feedback.reasonHelp')}
          value={feedback.reasonIfNot ?? ''}
          onValueChange={(reason) =>
            set(
              reason.trim() === ''
                ? { given: false }
                : { given: false, reasonIfNot: reason.trim() },
            )
          }
          multiline
          fullWidth
          size="small"
          sx={{ mt: 1 }}
          slotProps={{ htmlInput: { 'data-run-field': 'feedback-reason', maxLength: 1000 } }}
        />
      ) : null}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {feedback?.given === false && feedback.reasonIfNot !== undefined
          ? t('meetingRun.feedback.noTaskNote')
          : t('meetingRun.feedback.taskNote')}
      </Typography>
      {error !== null ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      ) : null}
    </Box>
  );
}
