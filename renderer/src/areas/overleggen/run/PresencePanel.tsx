// Runs in: renderer.
//
// Presence per attendee (aanwezig / afwezig / afgemeld), one radio group each: Tab goes from
// attendee to attendee, the arrow keys pick within one. "Iedereen aanwezig" fills in the
// rest at once, because at most meetings nearly everyone is there.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import type { AttendeePresence, Meeting } from '../../../../../shared/meetings/meeting';
import type { MinutesChange } from '../../../../../shared/meetings/minutes';

const CHOICES = ['aanwezig', 'afwezig', 'afgemeld'] as const satisfies readonly AttendeePresence[];

export interface PresencePanelProps {
  readonly meeting: Meeting;
  readonly apply: (change: MinutesChange) => unknown;
  readonly headingLevel: 'h2' | 'h3';
}

/** Memoised: re-rendered only when the meeting shown changes. */
export const PresencePanel = memo(function PresencePanel({
  meeting,
  apply,
  headingLevel,
}: PresencePanelProps) {
  const { t } = useTranslation();
  const unknown = meeting.attendees.filter((a) => a.presence === 'onbekend');
  return (
    <Box
      component="section"
      aria-labelledby="presence-heading"
      data-run-field="presence"
      tabIndex={-1}
      sx={{ mb: 3 }}
    >
      <Typography
        id="presence-heading"
        variant="h2"
        component={headingLevel}
        sx={{ fontSize: '1.25rem', mb: 1 }}
      >
        {t('meetingRun.presence.title')}
      </Typography>
      {meeting.attendees.length === 0 ? (
        <Typography color="text.secondary">{t('meetingRun.presence.noAttendees')}</Typography>
      ) : (
        <>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
            {unknown.length > 0 ? (
              <Typography color="text.secondary">
                {t('meetingRun.presence.unknownCount', { count: unknown.length })}
              </Typography>
            ) : null}
            <Button
              variant="outlined"
              size="small"
              disabled={unknown.length === 0}
              title={t('meetingRun.presence.allPresentHelp')}
              onClick={() => {
                for (const attendee of unknown)
                  apply({ kind: 'presence', attendeeId: attendee.id, presence: 'aanwezig' });
              }}
            >
              {t('meetingRun.presence.allPresent')}
            </Button>
          </Box>
          <Box sx={{ display: 'grid', gap: 0.5 }}>
            {meeting.attendees.map((attendee) => (
              <FormControl
                key={attendee.id}
                component="fieldset"
                sx={{
                  display: 'flex',
                  flexDirection: { xs: 'column', sm: 'row' },
                  alignItems: { sm: 'center' },
                  gap: { sm: 2 },
                }}
              >
                <FormLabel
                  component="legend"
                  sx={{ float: 'left', minWidth: 260, color: 'text.primary' }}
                >
                  {t('meetingRun.presence.attendee', { name: attendee.name, role: attendee.role })}
                </FormLabel>
                <RadioGroup
                  row
                  name={`presence-${attendee.id}`}
                  value={attendee.presence === 'onbekend' ? '' : attendee.presence}
                  onChange={(event) => {
                    const presence = CHOICES.find((c) => c === event.target.value);
                    if (presence !== undefined)
                      apply({ kind: 'presence', attendeeId: attendee.id, presence });
                  }}
                >
                  {CHOICES.map((choice) => (
                    <FormControlLabel
                      key={choice}
                      value={choice}
                      control={<Radio size="small" />}
                      label={t(`meetings.presence.${choice}`)}
                    />
                  ))}
                </RadioGroup>
              </FormControl>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
});
