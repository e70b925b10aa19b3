// Runs in: renderer.
//
// Meeting mode (issue 5 §4): one screen to run the meeting. The agenda with a timer per item
// on the left, presence at the top, and the current item's minutes typed fast with the
// keyboard. Every change is autosaved; where the user is (item, field, timers, half-typed
// entry rows) is kept in the meeting's run state, so reopening resumes exactly there.
// A meeting that has not started offers "Vergadering starten"; approved minutes link to
// afronden instead.
//
// Typing is fast however large the vault: a keystroke re-renders only the field typed in.
// Text goes to the draft and the autosave through `edit` (useMeetingDraft, useRunState) and
// the rest of the screen catches up once typing pauses; the agenda, presence and the item
// editor are memoised, so the screen's own re-renders (save status, focus) stay small.
import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import EventNoteOutlinedIcon from '@mui/icons-material/EventNoteOutlined';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { localTimestamp } from '../../../../../shared/domain/dates';
import { anonymise } from '../../../../../shared/meetings/anonymise';
import { agendaInOrder, type Meeting } from '../../../../../shared/meetings/meeting';
import { setMeetingStatus } from '../../../../../shared/meetings/minutes';
import {
  closeRunState,
  entryDraftFor,
  focusField,
  newRunState,
  reopenRunState,
  selectItem,
  setEntryDraft,
  timerView,
  toggleTimer,
  type EntryDraft,
  type MeetingRunState,
} from '../../../../../shared/meetings/runState';
import { MEETING_TEMPLATES_RECORD_ID, templateFor } from '../../../../../shared/meetings/templates';
import { hrefFor, useHashRoute } from '../../../app/router';
import { AreaPage } from '../../../components/AreaPage';
import { EmptyState } from '../../../components/EmptyState';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { useLanguage } from '../../../i18n/useLanguage';
import { useRecordList } from '../../../records/useRecords';
import { useSession, type AppSession } from '../../../security/VaultProvider';
import { MeetingNotFound } from '../MeetingNotFound';
import { meetingMinutesRoute, meetingRoute } from '../../../app/routes';
import { AgendaNav, type AgendaEntry } from './AgendaNav';
import { formatIsoDate } from '../../../i18n/dates';
import { ItemEditor } from './ItemEditor';
import { MeetingStepBar } from './MeetingStepBar';
import { itemTitle } from '../../../../../shared/meetings/meetingLabels';
import { PresencePanel } from './PresencePanel';
import { ProcessEvaluationPanel } from './ProcessEvaluationPanel';
import { useHeadingFocusOnMove, useRestoredRunFocus } from './runFocus';
import { combineStatus, SaveStatusLine } from './SaveStatusLine';
import { ShortcutHelp } from './ShortcutHelp';
import { TimerControl } from './TimerControl';
import { useMeetingDraft, type MeetingDraft } from './useMeetingDraft';
import { useNow } from './useNow';
import { useMeetingShortcuts } from './useMeetingShortcuts';
import { useRunState } from './useRunState';

/** The agenda stop after the items when the meeting closes with a process evaluation. */
export const PROCESS_EVALUATION_STOP = 'process-evaluation';

function useMeetingTitle(
  meeting: Meeting | undefined,
  key: 'meetingRun.title' | 'meetingRun.minutes.title',
): string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (meeting === undefined) return '';
  return t(key, {
    kind: t(`meetings.kinds.${meeting.kind}`),
    date: formatIsoDate(meeting.date, language),
  });
}

export function MeetingModeScreen({ meetingId }: { readonly meetingId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const draft = useMeetingDraft(session, meetingId);
  const title = useMeetingTitle(draft.meeting, 'meetingRun.title');
  const meeting = draft.meeting;
  if (meeting === undefined) return <MeetingNotFound />;
  if (meeting.status === 'vastgesteld') {
    return (
      <AreaPage title={title} intro={t('meetingRun.intro')}>
        <EmptyState
          icon={EventNoteOutlinedIcon}
          title={t('meetingRun.approved.title')}
          description={t('meetingRun.approved.description')}
          action={
            <Button variant="contained" href={hrefFor(meetingMinutesRoute(meetingId))}>
              {t('meetingRun.approved.action')}
            </Button>
          }
        />
      </AreaPage>
    );
  }
  if (meeting.status !== 'bezig')
    return <NotRunning title={title} meeting={meeting} draft={draft} />;
  return <RunningMeeting title={title} session={session} meeting={meeting} draft={draft} />;
}

function NotRunning({
  title,
  meeting,
  draft,
}: {
  readonly title: string;
  readonly meeting: Meeting;
  readonly draft: MeetingDraft;
}) {
  const { t } = useTranslation();
  const { busy, failed, attempt, fail } = useSaveAttempt();
  const start = (): void => {
    const now = localTimestamp();
    const planned =
      meeting.status === 'concept'
        ? setMeetingStatus(meeting, 'gepland', now)
        : { ok: true as const, value: meeting };
    const running = planned.ok ? setMeetingStatus(planned.value, 'bezig', now) : planned;
    if (!running.ok) {
      fail();
      return;
    }
    void attempt(() => draft.commit(running.value));
  };
  return (
    <AreaPage title={title} intro={t('meetingRun.intro')}>
      <EmptyState
        icon={EventNoteOutlinedIcon}
        title={t('meetingRun.notRunning.title')}
        description={t('meetingRun.notRunning.description')}
        action={
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'center' }}>
            <Button
              variant="contained"
              startIcon={<PlayArrowIcon />}
              disabled={busy}
              onClick={start}
            >
              {t('meetingRun.notRunning.start')}
            </Button>
            <Button variant="outlined" href={hrefFor(meetingRoute(meeting.id))}>
              {t('meetingRun.notRunning.toPlanning')}
            </Button>
          </Box>
        }
      />
      {failed ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {t('meetingRun.notRunning.startFailed')}
        </Alert>
      ) : null}
    </AreaPage>
  );
}

interface RunningMeetingProps {
  readonly title: string;
  readonly session: AppSession;
  readonly meeting: Meeting;
  readonly draft: MeetingDraft;
}

function RunningMeeting({ title, session, meeting, draft }: RunningMeetingProps) {
  const { t } = useTranslation();
  const [, navigate] = useHashRoute();
  const run = useRunState(session, meeting.id);
  const pupils = useRecordList(session, 'pupil');
  // Read once: a save that finishes while the vault locks re-renders this screen, and a
  // locked session can no longer be read.
  const [{ schoolName, templateEvaluation }] = useState(() => ({
    schoolName: session.profile.schoolName,
    templateEvaluation: templateFor(
      meeting.kind,
      session.records.get('school.meeting-templates', MEETING_TEMPLATES_RECORD_ID),
    ).processEvaluation,
  }));
  const withEvaluation = templateEvaluation || meeting.processEvaluation !== undefined;
  const items = useMemo(() => agendaInOrder(meeting), [meeting]);
  const view = useMemo(() => anonymise(meeting, pupils), [meeting, pupils]);
  const stops = useMemo(
    () => [...items.map((i) => i.id), ...(withEvaluation ? [PROCESS_EVALUATION_STOP] : [])],
    [items, withEvaluation],
  );
  const [resumed] = useState(() => run.initial?.open === true);
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const newDecisionRef = useRef<HTMLInputElement>(null);
  const actionEntryRef = useRef<HTMLInputElement>(null);

  const state = run.state;
  const storedCurrent = state?.currentItemId;
  const currentId =
    storedCurrent !== undefined && stops.includes(storedCurrent) ? storedCurrent : stops[0];
  const currentItem = items.find((i) => i.id === currentId);
  const timers = state?.timers ?? {};
  const now = useNow(Object.values(timers).some((timer) => timer.runningSince !== undefined));
  const { update } = run;

  const withState = useCallback(
    (change: (s: MeetingRunState, now: string) => MeetingRunState) =>
      update((s, at) => change(s ?? newRunState(meeting.id, stops[0], at), at)),
    [update, meeting.id, stops],
  );
  const { edit: editRun } = run;
  /** Like withState, for keystrokes and focus moves: stored at once, shown once typing pauses. */
  const withStateQuietly = useCallback(
    (change: (s: MeetingRunState, now: string) => MeetingRunState) =>
      editRun((s, at) => change(s ?? newRunState(meeting.id, stops[0], at), at)),
    [editRun, meeting.id, stops],
  );

  // Opening meeting mode marks the run state open (a reload or crash then comes back here),
  // on the item it was on, and puts the cursor back in the field that had it.
  useEffect(() => {
    update((s, at) =>
      s?.open === true && s.currentItemId !== undefined && stops.includes(s.currentItemId)
        ? s
        : reopenRunState(s, meeting.id, stops, at),
    );
  }, [update, meeting.id, stops]);

  useRestoredRunFocus(run.initial, rootRef, headingRef);
  const focusHeadingNextRef = useHeadingFocusOnMove(currentId, headingRef);

  const goTo = useCallback(
    (id: string | undefined) => {
      if (id === undefined || id === currentId) return;
      void draft.flush();
      focusHeadingNextRef.current = true;
      withState((s, at) => selectItem(s, id, at));
      void run.flush();
    },
    [currentId, draft, withState, run, focusHeadingNextRef],
  );

  const toggleCurrentTimer = useCallback(() => {
    if (currentItem !== undefined) withState((s, at) => toggleTimer(s, currentItem.id, at));
  }, [currentItem, withState]);

  useMeetingShortcuts({
    stops,
    currentId,
    goTo,
    toggleCurrentTimer,
    rootRef,
    newDecisionRef,
    actionEntryRef,
  });

  const onFocus = (event: FocusEvent<HTMLDivElement>): void => {
    const field = event.target.closest('[data-run-field]')?.getAttribute('data-run-field');
    if (field !== null && field !== undefined)
      withStateQuietly((s, at) => focusField(s, field, at));
  };

  const finish = (): void => {
    void (async () => {
      await draft.flush();
      withState((s, at) => closeRunState(s, at));
      await run.flush();
      navigate(meetingMinutesRoute(meeting.id));
    })();
  };

  const entries = useMemo<AgendaEntry[]>(
    () => [
      ...items.map((item, index) => ({
        id: item.id,
        label: t('meetingRun.agenda.item', {
          number: index + 1,
          name: itemTitle(item, pupils, t('meetingRun.agenda.unknownPupil')),
        }),
        timeboxMinutes: item.timeboxMinutes,
      })),
      ...(withEvaluation
        ? [{ id: PROCESS_EVALUATION_STOP, label: t('meetingRun.processEvaluation.title') }]
        : []),
    ],
    [items, pupils, withEvaluation, t],
  );
  const currentItemId = currentItem?.id;
  const onEntryChange = useCallback(
    (patch: Partial<EntryDraft>, typing?: boolean) => {
      if (currentItemId === undefined) return;
      (typing === true ? withStateQuietly : withState)((s, at) =>
        setEntryDraft(s, currentItemId, patch, at),
      );
    },
    [currentItemId, withState, withStateQuietly],
  );
  const focusActionEntry = useCallback(() => actionEntryRef.current?.focus(), []);
  const currentTimer =
    currentItem === undefined
      ? undefined
      : timerView(timers[currentItem.id], currentItem.timeboxMinutes, now);
  const timerElapsed = currentTimer?.elapsedSeconds;
  const timerTimebox = currentTimer?.timeboxSeconds;
  const timerRunning = currentTimer?.running;
  const timerAside = useMemo(
    () =>
      timerElapsed === undefined ||
      timerTimebox === undefined ||
      timerRunning === undefined ? null : (
        <TimerControl
          view={{
            elapsedSeconds: timerElapsed,
            timeboxSeconds: timerTimebox,
            overrunSeconds: Math.max(0, timerElapsed - timerTimebox),
            running: timerRunning,
          }}
          onToggle={toggleCurrentTimer}
        />
      ),
    [timerElapsed, timerTimebox, timerRunning, toggleCurrentTimer],
  );
  const status = combineStatus([draft.status, run.status]);
  const entry: EntryDraft =
    currentItem === undefined ? entryDraftFor(undefined, '') : entryDraftFor(state, currentItem.id);
  const carryOver =
    currentItem === undefined
      ? undefined
      : view.agenda.find((v) => v.id === currentItem.id)?.carryOver;

  return (
    <AreaPage title={title} intro={t('meetingRun.intro')}>
      <SaveStatusLine
        status={status}
        onRetry={() => void Promise.all([draft.flush(), run.flush()])}
      />
      <Box ref={rootRef} onFocus={onFocus} onBlur={() => void draft.flush()}>
        {resumed ? (
          <Box role="status" aria-live="polite" sx={{ mb: 2 }}>
            <Alert severity="info" role="none">
              {t('meetingRun.resumed')}
            </Alert>
          </Box>
        ) : null}
        <PresencePanel meeting={meeting} apply={draft.apply} headingLevel="h2" />
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '260px 1fr' },
            gap: 4,
            alignItems: 'start',
          }}
        >
          <Box>
            <AgendaNav
              entries={entries}
              currentId={currentId}
              timers={timers}
              now={now}
              onSelect={goTo}
            />
            <ShortcutHelp />
          </Box>
          <Box>
            {items.length === 0 && !withEvaluation ? (
              <EmptyState
                icon={EventNoteOutlinedIcon}
                title={t('meetingRun.empty.title')}
                description={t('meetingRun.empty.description')}
                action={
                  <Button variant="outlined" href={hrefFor(meetingRoute(meeting.id))}>
                    {t('meetingRun.empty.action')}
                  </Button>
                }
              />
            ) : null}
            {currentItem !== undefined ? (
              <ItemEditor
                key={currentItem.id}
                item={currentItem}
                number={items.indexOf(currentItem) + 1}
                title={itemTitle(currentItem, pupils, t('meetingRun.agenda.unknownPupil'))}
                carryOver={carryOver}
                attendees={meeting.attendees}
                schoolName={schoolName}
                apply={draft.apply}
                edit={draft.edit}
                entry={entry}
                onEntryChange={onEntryChange}
                headingRef={headingRef}
                newDecisionRef={newDecisionRef}
                actionEntryRef={actionEntryRef}
                focusActionEntry={focusActionEntry}
                aside={timerAside}
              />
            ) : null}
            {currentId === PROCESS_EVALUATION_STOP ? (
              <ProcessEvaluationPanel
                evaluation={meeting.processEvaluation}
                apply={draft.apply}
                edit={draft.edit}
                headingRef={headingRef}
              />
            ) : null}
            <MeetingStepBar stops={stops} currentId={currentId} goTo={goTo} onFinish={finish} />
          </Box>
        </Box>
      </Box>
    </AreaPage>
  );
}
