// Runs in: renderer.
//
// One meeting: its title ("Zorgteam, dinsdag 1 december 2026") and status, what can be done
// next (plan it, start it, continue it, go to the minutes), and three sections: planning
// (date, time, place, attendees), the agenda builder and the output (agenda as PDF and Word,
// printing, preparation sheets, the invitation). Every change goes through the shared
// meeting rules and is saved at once; a refusal is shown in words that say what to do.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { setMeetingStatus } from '../../../../../shared/meetings/minutes';
import type { Meeting } from '../../../../../shared/meetings/meeting';
import type { MeetingProblem } from '../../../../../shared/meetings/problems';
import type { Result } from '../../../../../shared/result';
import { hrefFor, useHashRoute } from '../../../app/router';
import { AreaPage } from '../../../components/AreaPage';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { useRecord } from '../../../records/useRecords';
import { useSession } from '../../../security/VaultProvider';
import { NO_PRINT_CLASS } from '../../../theme';
import { MeetingNotFound } from '../MeetingNotFound';
import { meetingListRoute, meetingMinutesRoute, meetingRunRoute } from '../../../app/routes';
import { AgendaSection } from './AgendaSection';
import { MeetingStatusChip } from './MeetingStatusChip';
import { OutputSection, PrintAgenda, usePreparationSheet } from './OutputSection';
import { PlanningSection } from './PlanningSection';
import { useMeetingLabels } from './useMeetingLabels';
import { useAgendaContext, useTemplates } from './useMeetingData';

export function MeetingScreen({ meetingId }: { readonly meetingId: string }) {
  const session = useSession();
  const meeting = useRecord(session, 'meeting', meetingId);
  if (meeting === undefined) return <MeetingNotFound />;
  return <MeetingView meeting={meeting} />;
}

function MeetingView({ meeting }: { readonly meeting: Meeting }) {
  const { t } = useTranslation();
  const session = useSession();
  const [, navigate] = useHashRoute();
  const labels = useMeetingLabels();
  const templateOf = useTemplates(session);
  const template = templateOf(meeting.kind);
  const context = useAgendaContext(session);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // Status changes go through the one save path for its busy state; `save` itself shows a
  // refusal or a failed write in the screen's error line.
  const { busy, attempt } = useSaveAttempt();
  const preparation = usePreparationSheet(meeting, context);

  const save = useCallback(
    async (result: Result<Meeting, MeetingProblem>): Promise<boolean> => {
      if (!result.ok) {
        setProblem(labels.problem(result.error));
        return false;
      }
      try {
        await session.records.put('meeting', result.value);
        setProblem(undefined);
        return true;
      } catch {
        setProblem(t('meetings.saveFailed'));
        return false;
      }
    },
    [session, labels, t],
  );

  const changeStatus = async (to: Meeting['status']): Promise<void> => {
    await attempt(async () => {
      await save(setMeetingStatus(meeting, to, new Date().toISOString()));
    });
  };

  const start = async (): Promise<void> => {
    // A concept is planned first: the rules go concept → gepland → bezig.
    let current = meeting;
    if (current.status === 'concept') {
      const planned = setMeetingStatus(current, 'gepland', new Date().toISOString());
      if (!planned.ok) {
        setProblem(labels.problem(planned.error));
        return;
      }
      current = planned.value;
    }
    await attempt(async () => {
      if (await save(setMeetingStatus(current, 'bezig', new Date().toISOString()))) {
        navigate(meetingRunRoute(meeting.id));
      }
    });
  };

  const editable = meeting.status !== 'vastgesteld';
  const intro = [
    t('meetings.list.time', { start: meeting.startTime, end: meeting.endTime }),
    meeting.place.trim() === '' ? t('meetings.list.noPlace') : meeting.place,
  ].join(' · ');

  return (
    <Box>
      <Link
        href={hrefFor(meetingListRoute)}
        className={NO_PRINT_CLASS}
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 2 }}
      >
        <ArrowBackIcon fontSize="small" aria-hidden />
        {t('meetings.screen.back')}
      </Link>
      <AreaPage title={labels.title(meeting)} intro={intro}>
        <Stack
          direction="row"
          spacing={1.5}
          sx={{ mb: 3, flexWrap: 'wrap', alignItems: 'center' }}
          useFlexGap
          className={NO_PRINT_CLASS}
        >
          <MeetingStatusChip status={meeting.status} />
          {meeting.status === 'concept' ? (
            <Button variant="outlined" disabled={busy} onClick={() => void changeStatus('gepland')}>
              {t('meetings.screen.plan')}
            </Button>
          ) : null}
          {meeting.status === 'gepland' ? (
            <Button disabled={busy} onClick={() => void changeStatus('concept')}>
              {t('meetings.screen.backToConcept')}
            </Button>
          ) : null}
          {meeting.status === 'concept' || meeting.status === 'gepland' ? (
            <Button
              variant="contained"
              startIcon={<PlayArrowIcon aria-hidden />}
              disabled={busy}
              onClick={() => void start()}
            >
              {t('meetings.screen.start')}
            </Button>
          ) : null}
          {meeting.status === 'bezig' ? (
            <Button
              variant="contained"
              startIcon={<PlayArrowIcon aria-hidden />}
              href={hrefFor(meetingRunRoute(meeting.id))}
            >
              {t('meetings.screen.continue')}
            </Button>
          ) : null}
          {meeting.status === 'bezig' || meeting.status === 'vastgesteld' ? (
            <Button variant="outlined" href={hrefFor(meetingMinutesRoute(meeting.id))}>
              {meeting.status === 'vastgesteld'
                ? t('meetings.screen.minutes')
                : t('meetings.screen.finish')}
            </Button>
          ) : null}
        </Stack>
        {problem !== undefined ? (
          <Alert
            severity="error"
            sx={{ mb: 3 }}
            onClose={() => setProblem(undefined)}
            closeText={t('meetings.close')}
          >
            {problem}
          </Alert>
        ) : null}
        <Stack spacing={5} className={NO_PRINT_CLASS}>
          <PlanningSection
            meeting={meeting}
            template={template}
            context={context}
            editable={editable}
            save={save}
          />
          <AgendaSection
            meeting={meeting}
            template={template}
            context={context}
            editable={editable}
            save={save}
            onPreparationSheet={preparation.open}
            sheetStatus={preparation.element}
          />
          <OutputSection meeting={meeting} template={template} context={context} />
        </Stack>
        <PrintAgenda meeting={meeting} template={template} />
      </AreaPage>
    </Box>
  );
}
