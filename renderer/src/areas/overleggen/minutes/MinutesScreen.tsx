// Runs in: renderer.
//
// Afronden (issue 5 §5): the minutes of the whole meeting, editable (and autosaved) until
// they are approved; everything that still blocks approval, in plain Dutch with a link to
// the place in meeting mode; "Notulen vaststellen" after a confirmation, which lands every
// action in its case's actieplan. Approved minutes are read-only: corrections are dated
// addenda, and the minutes go out as PDF, Word or print.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { localTimestamp } from '../../../../../shared/domain/dates';
import { anonymise } from '../../../../../shared/meetings/anonymise';
import {
  agendaInOrder,
  type AgendaItem,
  type Meeting,
} from '../../../../../shared/meetings/meeting';
import {
  approvalProblems,
  approveMinutes,
  type ApprovalContext,
} from '../../../../../shared/meetings/minutes';
import {
  closeRunState,
  EMPTY_ENTRY_DRAFT,
  reopenRunState,
  type EntryDraft,
} from '../../../../../shared/meetings/runState';
import { MEETING_TEMPLATES_RECORD_ID, templateFor } from '../../../../../shared/meetings/templates';
import { APPROVE_MINUTES_KEYS, isApproveMinutesShortcut } from '../../../meetings/shortcuts';
import { hrefFor, useHashRoute } from '../../../app/router';
import { AreaPage } from '../../../components/AreaPage';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { useRecordList, useRecordsVersion } from '../../../records/useRecords';
import { useSession, type AppSession } from '../../../security/VaultProvider';
import { NO_PRINT_CLASS } from '../../../theme';
import { MeetingNotFound } from '../MeetingNotFound';
import { meetingRunRoute } from '../../../app/routes';
import { formatIsoDate } from '../../../i18n/dates';
import { ItemEditor } from '../run/ItemEditor';
import { itemTitle } from '../../../../../shared/meetings/meetingLabels';
import { PROCESS_EVALUATION_STOP } from '../run/MeetingModeScreen';
import { PresencePanel } from '../run/PresencePanel';
import { ProcessEvaluationPanel } from '../run/ProcessEvaluationPanel';
import { SaveStatusLine } from '../run/SaveStatusLine';
import { useMeetingDraft, type MeetingDraft } from '../run/useMeetingDraft';
import { storedRunState } from '../run/useRunState';
import { AddendumDialog } from './AddendumDialog';
import { ApprovalProblems } from './ApprovalProblems';
import { plansForMeeting, unlandedActionCount } from '../../../../../shared/meetings/actionLanding';
import { MinutesOutput } from './MinutesOutput';
import { ParentsSummaries } from './ParentsSummaries';
import { MinutesView } from './MinutesView';
import type { ProblemEntry } from '../../../../../shared/meetings/problemLinks';

export function MinutesScreen({ meetingId }: { readonly meetingId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const draft = useMeetingDraft(session, meetingId);
  const meeting = draft.meeting;
  // Opened as a draft: once approved here, focus goes to the approval message (the button
  // that was used is gone). Opening approved minutes later leaves focus where it is.
  const [openedAsDraft] = useState(() => meeting?.status !== 'vastgesteld');
  if (meeting === undefined) return <MeetingNotFound />;
  const title = t('meetingRun.minutes.title', {
    kind: t(`meetings.kinds.${meeting.kind}`),
    date: formatIsoDate(meeting.date, language),
  });
  return (
    <AreaPage title={title} intro={t('meetingRun.minutes.intro')}>
      {meeting.status === 'vastgesteld' ? null : (
        <SaveStatusLine status={draft.status} onRetry={() => void draft.flush()} />
      )}
      {meeting.status === 'vastgesteld' ? (
        <ApprovedMinutes
          session={session}
          meeting={meeting}
          draft={draft}
          focusOnMount={openedAsDraft}
        />
      ) : (
        <DraftMinutes session={session} meeting={meeting} draft={draft} />
      )}
    </AreaPage>
  );
}

function useItemTitles(session: AppSession, meeting: Meeting): (itemId: string) => string {
  const { t } = useTranslation();
  const pupils = useRecordList(session, 'pupil');
  return (itemId) => {
    const item = meeting.agenda.find((i) => i.id === itemId);
    return item === undefined
      ? t('meetingRun.agenda.unknownPupil')
      : itemTitle(item, pupils, t('meetingRun.agenda.unknownPupil'));
  };
}

function approvalContext(session: AppSession, meeting: Meeting, at: string): ApprovalContext {
  const { userName, schoolName } = session.profile;
  const template = templateFor(
    meeting.kind,
    session.records.get('school.meeting-templates', MEETING_TEMPLATES_RECORD_ID),
  );
  return {
    by: userName,
    at,
    pupils: session.records.list('pupil'),
    consents: session.records.list('case.consent'),
    feedback: {
      defaultOwner: { name: userName, organisation: schoolName, kind: 'school' },
      dueDays: template.feedbackDueDays,
    },
  };
}

/** Writes the actions of approved minutes into the cases' actieplannen (idempotent). */
async function landMeetingActions(session: AppSession, meeting: Meeting): Promise<void> {
  const plans = plansForMeeting(
    meeting,
    (id) => session.records.get('case.actieplan', id),
    localTimestamp(),
  );
  if (!plans.ok) throw new Error(plans.error.code);
  if (plans.value.length > 0) await session.records.putMany('case.actieplan', plans.value);
}

function DraftMinutes({
  session,
  meeting,
  draft,
}: {
  readonly session: AppSession;
  readonly meeting: Meeting;
  readonly draft: MeetingDraft;
}) {
  const { t } = useTranslation();
  const [, navigate] = useHashRoute();
  const itemName = useItemTitles(session, meeting);
  const version = useRecordsVersion(session, ['pupil', 'case.consent']);
  const [confirming, setConfirming] = useState(false);
  const [entries, setEntries] = useState<Readonly<Record<string, EntryDraft>>>({});
  const [at, setAt] = useState(() => localTimestamp());
  const problems = useMemo(
    () => (version >= 0 ? approvalProblems(meeting, approvalContext(session, meeting, at)) : []),
    [meeting, session, at, version],
  );
  const items = agendaInOrder(meeting);
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

  const goTo = (entry: ProblemEntry): void => {
    void (async () => {
      await draft.flush();
      const now = localTimestamp();
      const stops = [
        ...items.map((i) => i.id),
        ...(withEvaluation ? [PROCESS_EVALUATION_STOP] : []),
      ];
      const base = reopenRunState(storedRunState(session, meeting.id), meeting.id, stops, now);
      const itemId =
        entry.code === 'process-evaluation-empty'
          ? PROCESS_EVALUATION_STOP
          : (entry.itemId ?? base.currentItemId);
      const { focusedField: _old, currentItemId: _item, ...rest } = base;
      // Closed: meeting mode opens on this place without saying the user "went on where they were".
      await session.records.put('meeting.run-state', {
        ...rest,
        ...(itemId === undefined ? {} : { currentItemId: itemId }),
        ...(entry.runField === undefined ? {} : { focusedField: entry.runField }),
        open: false,
      });
      navigate(meetingRunRoute(meeting.id));
    })();
  };

  // Alt+V: the confirmation of "Notulen vaststellen", from anywhere in the minutes.
  const canApprove = problems.length === 0;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isApproveMinutesShortcut(event) || !canApprove) return;
      event.preventDefault();
      setConfirming(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canApprove]);

  const approve = async (): Promise<void> => {
    await draft.flush();
    const now = localTimestamp();
    setAt(now);
    const result = approveMinutes(meeting, approvalContext(session, meeting, now));
    if (!result.ok) throw new Error('approval refused');
    await draft.commit(result.value);
    const run = storedRunState(session, meeting.id);
    if (run?.open === true) await session.records.put('meeting.run-state', closeRunState(run, now));
    await landMeetingActions(session, result.value);
  };

  return (
    <>
      <ApprovalProblems
        problems={problems}
        itemName={itemName}
        onGoTo={meeting.status === 'bezig' ? goTo : undefined}
      />
      <PresencePanel meeting={meeting} apply={draft.apply} headingLevel="h2" />
      {items.map((item, index) => (
        <MinutesItem
          key={item.id}
          session={session}
          schoolName={schoolName}
          meeting={meeting}
          item={item}
          number={index + 1}
          title={itemName(item.id)}
          draft={draft}
          entry={entries[item.id] ?? EMPTY_ENTRY_DRAFT}
          onEntryChange={(patch) =>
            setEntries((old) => ({
              ...old,
              [item.id]: { ...(old[item.id] ?? EMPTY_ENTRY_DRAFT), ...patch },
            }))
          }
        />
      ))}
      {withEvaluation ? (
        <ProcessEvaluationPanel evaluation={meeting.processEvaluation} apply={draft.apply} />
      ) : null}
      <Box
        sx={{
          borderTop: 1,
          borderColor: 'divider',
          pt: 2,
          display: 'flex',
          gap: 2,
          alignItems: 'center',
          flexWrap: 'wrap',
        }}
      >
        <Button
          variant="contained"
          disabled={!canApprove}
          onClick={() => setConfirming(true)}
          aria-keyshortcuts={APPROVE_MINUTES_KEYS}
        >
          {t('meetingRun.minutes.approve.button')}
        </Button>
        {canApprove ? (
          <Typography color="text.secondary">
            {t('meetingRun.minutes.approve.shortcut', { keys: APPROVE_MINUTES_KEYS })}
          </Typography>
        ) : (
          <Typography color="text.secondary">{t('meetingRun.minutes.approve.blocked')}</Typography>
        )}
        <Box sx={{ flexGrow: 1 }} />
        {meeting.status === 'bezig' ? (
          <Button variant="outlined" href={hrefFor(meetingRunRoute(meeting.id))}>
            {t('meetingRun.minutes.toMeeting')}
          </Button>
        ) : null}
      </Box>
      <ConfirmDialog
        open={confirming}
        title={t('meetingRun.minutes.approve.confirmTitle')}
        text={t('meetingRun.minutes.approve.confirmBody')}
        confirmLabel={t('meetingRun.minutes.approve.confirm')}
        failedMessage={t('meetingRun.minutes.approve.failed')}
        onClose={() => setConfirming(false)}
        onConfirm={approve}
      />
    </>
  );
}

interface MinutesItemProps {
  readonly session: AppSession;
  readonly schoolName: string;
  readonly meeting: Meeting;
  readonly item: AgendaItem;
  readonly number: number;
  readonly title: string;
  readonly draft: MeetingDraft;
  readonly entry: EntryDraft;
  readonly onEntryChange: (patch: Partial<EntryDraft>) => void;
}

function MinutesItem({
  session,
  schoolName,
  meeting,
  item,
  number,
  title,
  draft,
  entry,
  onEntryChange,
}: MinutesItemProps) {
  const actionEntryRef = useRef<HTMLInputElement>(null);
  const pupils = useRecordList(session, 'pupil');
  const carryOver = useMemo(
    () => anonymise(meeting, pupils).agenda.find((v) => v.id === item.id)?.carryOver,
    [meeting, pupils, item.id],
  );
  return (
    <ItemEditor
      item={item}
      number={number}
      title={title}
      carryOver={carryOver}
      attendees={meeting.attendees}
      schoolName={schoolName}
      apply={draft.apply}
      entry={entry}
      onEntryChange={onEntryChange}
      actionEntryRef={actionEntryRef}
      focusActionEntry={() => actionEntryRef.current?.focus()}
    />
  );
}

function ApprovedMinutes({
  session,
  meeting,
  draft,
  focusOnMount,
}: {
  readonly session: AppSession;
  readonly meeting: Meeting;
  readonly draft: MeetingDraft;
  readonly focusOnMount: boolean;
}) {
  const approvedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) approvedRef.current?.focus();
  }, [focusOnMount]);
  const { t } = useTranslation();
  const { language } = useLanguage();
  const itemName = useItemTitles(session, meeting);
  const pupils = useRecordList(session, 'pupil');
  const plans = useRecordList(session, 'case.actieplan');
  const view = useMemo(() => anonymise(meeting, pupils), [meeting, pupils]);
  const [adding, setAdding] = useState(false);
  const [landing, setLanding] = useState<'idle' | 'busy' | 'failed'>('idle');
  const unlanded = unlandedActionCount(meeting, (id) => plans.find((p) => p.id === id));
  const approvedAt = meeting.approvedAt ?? '';

  const land = (): void => {
    setLanding('busy');
    landMeetingActions(session, meeting).then(
      () => setLanding('idle'),
      () => setLanding('failed'),
    );
  };

  return (
    <>
      {/* A status, not an alert: it is there on every visit and must not interrupt. */}
      <Alert severity="success" role="status" ref={approvedRef} tabIndex={-1} sx={{ mb: 3 }}>
        {t('meetingRun.minutes.approvedBy', {
          date: formatIsoDate(approvedAt.slice(0, 10), language),
          name: meeting.approvedBy ?? '',
        })}
      </Alert>
      {unlanded > 0 ? (
        <Alert
          severity={landing === 'failed' ? 'error' : 'warning'}
          sx={{ mb: 3 }}
          action={
            <Button color="inherit" size="small" disabled={landing === 'busy'} onClick={land}>
              {t('meetingRun.minutes.approve.landRetry')}
            </Button>
          }
        >
          {landing === 'failed' ? `${t('meetingRun.minutes.approve.landFailed')} ` : ''}
          {t('meetingRun.minutes.approve.unlanded', { count: unlanded })}
        </Alert>
      ) : null}
      <MinutesOutput session={session} meeting={meeting} />
      <ParentsSummaries session={session} meeting={meeting} />
      <MinutesView view={view} itemTitle={itemName} />
      <Box component="section" aria-labelledby="addenda-heading" sx={{ mb: 4 }}>
        <Typography id="addenda-heading" variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
          {t('meetingRun.minutes.addenda.title')}
        </Typography>
        {view.addenda.length === 0 ? (
          <Typography color="text.secondary">{t('meetingRun.minutes.addenda.none')}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 0, listStyle: 'none', display: 'grid', gap: 2 }}>
            {view.addenda.map((addendum) => (
              <li key={addendum.id}>
                <Typography sx={{ fontWeight: 600 }}>
                  {t('meetingRun.minutes.addenda.by', {
                    date: formatIsoDate(addendum.date, language),
                    author: addendum.author,
                  })}
                </Typography>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{addendum.text}</Typography>
              </li>
            ))}
          </Box>
        )}
        <Button
          variant="outlined"
          startIcon={<AddIcon />}
          sx={{ mt: 2 }}
          className={NO_PRINT_CLASS}
          onClick={() => setAdding(true)}
        >
          {t('meetingRun.minutes.addenda.add')}
        </Button>
      </Box>
      {adding ? (
        <AddendumDialog
          meeting={meeting}
          defaultAuthor={session.profile.userName}
          onClose={() => setAdding(false)}
          onSave={draft.commit}
        />
      ) : null}
    </>
  );
}
