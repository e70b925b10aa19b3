// Runs in: renderer.
//
// Ontvangen bestanden (`.zorgtafel`): the list with "Bestand openen…", and one file's
// read-only meeting view, where the member imports the actions assigned to them, keeps the
// status of those actions and notes per item, and sends a reply file back to the IB.
// A region's coordinator has thousands of meetings to share from and may keep many received
// files: both lists are virtualised (only the rows in view are rendered; all when printing).
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import FileOpenIcon from '@mui/icons-material/FileOpen';
import ReplyIcon from '@mui/icons-material/Reply';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/meetings/actions';
import type { SharedAction, SharedItem } from '../../../shared/sharing/meetingContent';
import {
  actionsOfContent,
  importedActionSchema,
  suggestMyActions,
  type ImportedAction,
  type ReceivedFile,
} from '../../../shared/sharing/received';
import { hrefFor, useHashRoute } from '../app/router';
import { sharedFileRoute, sharedFilesRoute } from '../app/routes';
import { AreaPage } from '../components/AreaPage';
import { EmptyState } from '../components/EmptyState';
import { VirtualList } from '../components/VirtualList';
import { formatIsoDate } from '../i18n/dates';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { useHost } from '../host/HostContext';
import { useLanguage } from '../i18n/useLanguage';
import { useRecordList } from '../records/useRecords';
import { useSession } from '../security/VaultProvider';
import { newRecordId } from '../vault';
import { MAX_SHARED_FILE_BYTES, openSharedFileBytes, ZORGTAFEL_FILTERS } from './files';
import { SenderLine } from './SenderLine';
import { ReceivedActionsSection } from './ReceivedActionsSection';
import { ReceivedReferralsSection } from '../referrals/ReceivedReferralsSection';
import { SendReplyDialog } from './SendReplyDialog';
import type { Meeting } from '../../../shared/meetings/meeting';
import { ShareMeetingDialog } from './ShareMeetingDialog';

export function SharedFilesScreen({ sharedId }: { readonly sharedId?: string }) {
  return sharedId === undefined ? <SharedFileList /> : <SharedFileView id={sharedId} />;
}

function OpenButton() {
  const { t } = useTranslation();
  const host = useHost();
  const [failed, setFailed] = useState(false);
  const choose = (): void => {
    setFailed(false);
    host.openFile({ filters: ZORGTAFEL_FILTERS, maxBytes: MAX_SHARED_FILE_BYTES }).then(
      (outcome) => {
        if (outcome.opened) openSharedFileBytes(outcome.file);
      },
      () => setFailed(true),
    );
  };
  return (
    <Stack spacing={1}>
      <Box>
        <Button variant="contained" startIcon={<FileOpenIcon aria-hidden />} onClick={choose}>
          {t('sharing.list.open')}
        </Button>
      </Box>
      {failed ? (
        <Alert severity="error" role="alert">
          {t('sharing.list.openFailed')}
        </Alert>
      ) : null}
    </Stack>
  );
}

const byId = (record: { readonly id: string }): string => record.id;

/** One received file: what it is (agenda or minutes of which meeting) and when it came in. */
function ReceivedRow({ file }: { readonly file: ReceivedFile }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <ListItemText
      sx={{ py: 1 }}
      primary={
        <Link href={hrefFor(sharedFileRoute(file.id))}>
          {t(file.kind === 'meeting-agenda' ? 'sharing.list.agendaOf' : 'sharing.list.minutesOf', {
            kind: t(`meetings.kinds.${file.content.meeting.kind}`),
            date: formatIsoDate(file.content.meeting.date, language),
          })}
        </Link>
      }
      secondary={t('sharing.list.receivedOn', {
        date: formatIsoDate(file.receivedAt.slice(0, 10), language),
      })}
    />
  );
}

const renderReceived = (file: ReceivedFile) => <ReceivedRow file={file} />;

function SharedFileList() {
  const { t } = useTranslation();
  const session = useSession();
  const received = useRecordList(session, 'sharing.received');
  const sorted = useMemo(
    () => [...received].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)),
    [received],
  );
  return (
    <AreaPage title={t('areas.ontvangen.title')} intro={t('areas.ontvangen.intro')}>
      <Stack spacing={3}>
        <OpenButton />
        <Typography color="text.secondary">{t('sharing.list.dropHint')}</Typography>
        {sorted.length === 0 ? (
          <EmptyState
            icon={FileOpenIcon}
            title={t('areas.ontvangen.empty.title')}
            description={t('areas.ontvangen.empty.description')}
          />
        ) : (
          <Paper
            variant="outlined"
            component="section"
            aria-labelledby="received-heading"
            sx={{ p: 2.5 }}
          >
            <Typography variant="h2" id="received-heading">
              {t('sharing.list.received')}
            </Typography>
            <VirtualList
              variant="list"
              items={sorted}
              getKey={byId}
              estimateSize={64}
              label={t('sharing.list.received')}
              renderItem={renderReceived}
            />
          </Paper>
        )}
        <ReceivedReferralsSection />
        <ShareMeetings />
        <ReceivedActionsSection showEmpty />
      </Stack>
    </AreaPage>
  );
}

type ShareRequest = { readonly meetingId: string; readonly phase: 'agenda' | 'minutes' };

/** One meeting with its "Agenda delen" and, once approved, "Verslag delen" buttons. */
function ShareableRow({
  meeting,
  onShare,
}: {
  readonly meeting: Meeting;
  readonly onShare: (request: ShareRequest) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const label = t('sharing.list.meetingLabel', {
    kind: t(`meetings.kinds.${meeting.kind}`),
    date: formatIsoDate(meeting.date, language),
  });
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, py: 1 }}>
      <ListItemText primary={label} secondary={t(`meetings.status.${meeting.status}`)} />
      <Button
        variant="outlined"
        onClick={() => onShare({ meetingId: meeting.id, phase: 'agenda' })}
        aria-label={t('sharing.list.shareAgendaOf', { meeting: label })}
      >
        {t('sharing.list.shareAgenda')}
      </Button>
      {meeting.status === 'vastgesteld' ? (
        <Button
          variant="outlined"
          onClick={() => onShare({ meetingId: meeting.id, phase: 'minutes' })}
          aria-label={t('sharing.list.shareMinutesOf', { meeting: label })}
        >
          {t('sharing.list.shareMinutes')}
        </Button>
      ) : null}
    </Box>
  );
}

/** The IB's side: send a planned meeting's agenda or its approved minutes as a file. */
function ShareMeetings() {
  const { t } = useTranslation();
  const session = useSession();
  const meetings = useRecordList(session, 'meeting');
  const [sharing, setSharing] = useState<ShareRequest | null>(null);
  // Newest first; computed once per change of the meetings, not on every render.
  const shareable = useMemo(
    () =>
      meetings
        .filter((m) => m.status !== 'concept' || m.agenda.length > 0)
        .sort((a, b) => b.date.localeCompare(a.date)),
    [meetings],
  );
  const renderItem = useCallback(
    (meeting: Meeting) => <ShareableRow meeting={meeting} onShare={setSharing} />,
    [],
  );
  if (shareable.length === 0) return null;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="share-heading" sx={{ p: 2.5 }}>
      <Typography variant="h2" id="share-heading">
        {t('sharing.list.shareTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1 }}>
        {t('sharing.list.shareIntro')}
      </Typography>
      <VirtualList
        variant="list"
        items={shareable}
        getKey={byId}
        estimateSize={64}
        label={t('sharing.list.shareTitle')}
        renderItem={renderItem}
      />
      {sharing !== null ? (
        <ShareMeetingDialog
          meetingId={sharing.meetingId}
          phase={sharing.phase}
          open
          onClose={() => setSharing(null)}
        />
      ) : null}
    </Paper>
  );
}

function useImportedFor(receivedId: string): ImportedAction[] {
  const session = useSession();
  const all = useRecordList(session, 'sharing.action');
  return useMemo(() => all.filter((a) => a.receivedId === receivedId), [all, receivedId]);
}

function SharedFileView({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const all = useRecordList(session, 'sharing.received');
  const received = all.find((r) => r.id === id);
  const imported = useImportedFor(id);
  const [replying, setReplying] = useState(false);
  const [deleting, setDeleting] = useState(false);
  if (received === undefined) {
    return (
      <AreaPage title={t('sharing.view.notFoundTitle')} intro={t('sharing.view.notFound')}>
        <Button href={hrefFor(sharedFilesRoute)} startIcon={<ArrowBackIcon aria-hidden />}>
          {t('sharing.view.back')}
        </Button>
      </AreaPage>
    );
  }
  const { content } = received;
  const meeting = content.meeting;
  const title = t(content.phase === 'agenda' ? 'sharing.list.agendaOf' : 'sharing.list.minutesOf', {
    kind: t(`meetings.kinds.${meeting.kind}`),
    date: formatIsoDate(meeting.date, language),
  });
  return (
    <AreaPage
      title={title}
      intro={t('sharing.view.intro', {
        start: meeting.startTime,
        end: meeting.endTime,
        place: meeting.place === '' ? t('sharing.view.noPlace') : meeting.place,
      })}
    >
      <Stack spacing={3}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <Button href={hrefFor(sharedFilesRoute)} startIcon={<ArrowBackIcon aria-hidden />}>
            {t('sharing.view.back')}
          </Button>
          <Button
            variant="contained"
            startIcon={<ReplyIcon aria-hidden />}
            onClick={() => setReplying(true)}
          >
            {t('sharing.view.reply')}
          </Button>
          <Button
            color="error"
            startIcon={<DeleteOutlineIcon aria-hidden />}
            onClick={() => setDeleting(true)}
          >
            {t('sharing.view.delete')}
          </Button>
        </Stack>
        <SenderLine
          deelsleutel={received.sender.deelsleutel}
          fingerprint={received.sender.fingerprint}
        />
        <Typography color="text.secondary">
          {t('sharing.view.readOnly', { school: content.schoolName })}
        </Typography>
        {meeting.attendees.length > 0 ? (
          <Paper
            variant="outlined"
            component="section"
            aria-labelledby="attendees-heading"
            sx={{ p: 2.5 }}
          >
            <Typography variant="h2" id="attendees-heading">
              {t('sharing.view.attendees')}
            </Typography>
            <List dense>
              {meeting.attendees.map((a, index) => (
                <ListItem key={index} disableGutters>
                  <ListItemText
                    primary={a.name}
                    secondary={[
                      a.role,
                      a.organisation,
                      content.phase === 'minutes' ? t(`meetings.presence.${a.presence}`) : '',
                    ]
                      .filter((x) => x !== '')
                      .join(' · ')}
                  />
                </ListItem>
              ))}
            </List>
          </Paper>
        ) : null}
        <ImportActions received={received} imported={imported} />
        {content.items.map((item) => (
          <ItemView key={item.id} item={item} received={received} imported={imported} />
        ))}
      </Stack>
      {replying ? (
        <SendReplyDialog
          received={received}
          actions={imported}
          onClose={() => setReplying(false)}
        />
      ) : null}
      {deleting ? (
        <DeleteReceivedDialog
          received={received}
          imported={imported}
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </AreaPage>
  );
}

/** Deleting a received file and the actions taken over from it, after a confirmation (files are kept short, brief §9). */
function DeleteReceivedDialog({
  received,
  imported,
  onClose,
}: {
  readonly received: ReceivedFile;
  readonly imported: readonly ImportedAction[];
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [, navigate] = useHashRoute();
  const remove = async (): Promise<void> => {
    for (const action of imported) await session.records.delete('sharing.action', action.id);
    await session.records.delete('sharing.received', received.id);
    navigate(sharedFilesRoute);
  };
  return (
    <ConfirmDialog
      title={t('sharing.view.deleteTitle')}
      text={t('sharing.view.deleteText', { count: imported.length })}
      confirmLabel={t('sharing.view.deleteConfirm')}
      failedMessage={t('sharing.view.deleteFailed')}
      onClose={onClose}
      onConfirm={remove}
    />
  );
}

function subjectOf(item: SharedItem): string {
  return item.subject.mode === 'named' ? item.subject.pupilName : item.subject.pseudonym;
}

function ImportActions({
  received,
  imported,
}: {
  readonly received: ReceivedFile;
  readonly imported: readonly ImportedAction[];
}) {
  const { t } = useTranslation();
  const session = useSession();
  const all = actionsOfContent(received.content);
  const done = new Set(imported.map((a) => a.action.id));
  const available = all.filter((a) => !done.has(a.action.id));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(suggestMyActions(received.content, { name: session.profile.userName })),
  );
  const [notice, setNotice] = useState<'done' | 'none' | null>(null);
  const { busy, failed, attempt, reset } = useSaveAttempt();
  if (all.length === 0) return null;

  const importChosen = (): void => {
    const now = new Date().toISOString();
    const picks = available.filter((a) => chosen.has(a.action.id));
    setNotice(picks.length === 0 ? 'none' : null);
    if (picks.length === 0) {
      reset();
      return;
    }
    const records = picks.map((p) =>
      importedActionSchema.parse({
        id: newRecordId(),
        receivedId: received.id,
        meetingId: received.content.meeting.id,
        meetingKind: received.content.meeting.kind,
        meetingDate: received.content.meeting.date,
        itemId: p.itemId,
        subject: p.subject,
        action: p.action,
        createdAt: now,
        updatedAt: now,
      }),
    );
    void attempt(async () => {
      await session.records.putMany('sharing.action', records);
      await session.audit.append('import', { detail: `actions=${records.length}` });
      setNotice('done');
    });
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="import-heading" sx={{ p: 2.5 }}>
      <Typography variant="h2" id="import-heading">
        {t('sharing.view.importTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1 }}>
        {t('sharing.view.importIntro')}
      </Typography>
      {available.length === 0 ? (
        <Typography sx={{ mt: 1 }}>{t('sharing.view.allImported')}</Typography>
      ) : (
        <Stack sx={{ mt: 1 }}>
          {available.map((a) => (
            <FormControlLabel
              key={a.action.id}
              control={
                <Checkbox
                  checked={chosen.has(a.action.id)}
                  onChange={() =>
                    setChosen((set) => {
                      const next = new Set(set);
                      if (next.has(a.action.id)) next.delete(a.action.id);
                      else next.add(a.action.id);
                      return next;
                    })
                  }
                />
              }
              label={t('sharing.view.importOption', {
                description: a.action.description,
                owner: a.action.ownerName,
                subject: a.subject,
              })}
            />
          ))}
          <Box sx={{ mt: 1 }}>
            <Button variant="outlined" onClick={importChosen} disabled={busy}>
              {t('sharing.view.importButton')}
            </Button>
          </Box>
        </Stack>
      )}
      <Box role="status" sx={{ mt: 1 }}>
        {notice === 'done' ? <Alert severity="success">{t('sharing.view.imported')}</Alert> : null}
        {notice === 'none' ? <Alert severity="info">{t('sharing.view.importNone')}</Alert> : null}
        {failed ? <Alert severity="error">{t('sharing.view.importFailed')}</Alert> : null}
      </Box>
    </Paper>
  );
}

function ActionLine({ action }: { readonly action: SharedAction }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <ListItem disableGutters>
      <ListItemText
        primary={action.description}
        secondary={t('sharing.view.actionMeta', {
          owner: [action.ownerName, action.ownerOrganisation].filter((x) => x !== '').join(', '),
          due:
            action.dueDate === undefined
              ? t('sharing.view.noDue')
              : formatIsoDate(action.dueDate, language),
          status: t(`meetings.actionStatus.${action.status}`),
        })}
      />
    </ListItem>
  );
}

function ItemView({
  item,
  received,
  imported,
}: {
  readonly item: SharedItem;
  readonly received: ReceivedFile;
  readonly imported: readonly ImportedAction[];
}) {
  const { t } = useTranslation();
  const headingId = `item-${item.id}`;
  const mine = imported.filter((a) => a.itemId === item.id);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: 2.5 }}
      data-testid="shared-item"
    >
      <Typography variant="h2" id={headingId}>
        {t('sharing.view.itemHeading', { number: item.order + 1, subject: subjectOf(item) })}
      </Typography>
      {item.subject.mode === 'anonymous' ? (
        <Typography color="text.secondary">{t('sharing.view.anonymous')}</Typography>
      ) : null}
      <Typography sx={{ mt: 1 }}>
        <strong>{t('sharing.view.bespreekdoel')}</strong>{' '}
        {t(`meetings.bespreekdoel.${item.bespreekdoel}`)}
      </Typography>
      {item.question !== '' ? (
        <Typography sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
          <strong>{t('sharing.view.question')}</strong> {item.question}
        </Typography>
      ) : null}
      {item.preparation !== undefined &&
      (item.preparation.openActions.length > 0 || item.preparation.decisions.length > 0) ? (
        <Box sx={{ mt: 1.5 }}>
          <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
            {t('sharing.view.preparation')}
          </Typography>
          <List dense>
            {item.preparation.openActions.map((a) => (
              <ActionLine key={a.id} action={a} />
            ))}
            {item.preparation.decisions.map((d, i) => (
              <ListItem key={`d${i}`} disableGutters>
                <ListItemText primary={t('sharing.view.earlierDecision', { text: d })} />
              </ListItem>
            ))}
          </List>
        </Box>
      ) : null}
      {item.minutes !== undefined ? (
        <Box sx={{ mt: 1.5 }}>
          <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
            {t('sharing.view.minutes')}
          </Typography>
          {item.minutes.situation !== '' ? (
            <Typography sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>{item.minutes.situation}</Typography>
          ) : null}
          {item.minutes.discussed !== '' ? (
            <Typography sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>{item.minutes.discussed}</Typography>
          ) : null}
          <List dense>
            {item.minutes.decisions.map((d, i) => (
              <ListItem key={`d${i}`} disableGutters>
                <ListItemText primary={t('sharing.view.decision', { text: d })} />
              </ListItem>
            ))}
            {item.minutes.actions.map((a) => (
              <ActionLine key={a.id} action={a} />
            ))}
          </List>
        </Box>
      ) : null}
      {mine.map((a) => (
        <MyActionEditor key={a.id} imported={a} />
      ))}
      <ItemNote received={received} itemId={item.id} subject={subjectOf(item)} />
    </Paper>
  );
}

function MyActionEditor({ imported }: { readonly imported: ImportedAction }) {
  const { t } = useTranslation();
  const session = useSession();
  const [status, setStatus] = useState<ActionStatus>(imported.action.status);
  const [outcome, setOutcome] = useState(imported.action.outcome);
  const [state, setState] = useState<'idle' | 'saved' | 'failed' | 'invalid'>('idle');
  const save = (): void => {
    const parsed = importedActionSchema.safeParse({
      ...imported,
      action: { ...imported.action, status, outcome },
      updatedAt: new Date().toISOString(),
    });
    if (!parsed.success) {
      setState('invalid');
      return;
    }
    session.records.put('sharing.action', parsed.data).then(
      () => setState('saved'),
      () => setState('failed'),
    );
  };
  return (
    <Box
      sx={{ mt: 2, p: 2, bgcolor: 'action.hover', borderRadius: 1 }}
      component="fieldset"
      aria-label={t('sharing.view.myActionLabel', { description: imported.action.description })}
    >
      <Typography sx={{ fontWeight: 600 }}>
        {t('sharing.view.myAction', { description: imported.action.description })}
      </Typography>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1.5}
        sx={{ mt: 1.5, alignItems: { sm: 'flex-start' } }}
      >
        <TextField
          select
          label={t('sharing.view.status')}
          value={status}
          onChange={(e) => {
            const next = ACTION_STATUSES.find((s) => s === e.target.value);
            if (next !== undefined) setStatus(next);
            setState('idle');
          }}
          sx={{ minWidth: 200 }}
        >
          {ACTION_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`meetings.actionStatus.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('sharing.view.outcome')}
          value={outcome}
          onChange={(e) => {
            setOutcome(e.target.value);
            setState('idle');
          }}
          error={state === 'invalid'}
          helperText={
            state === 'invalid' ? t('sharing.view.outcomeTooLong') : t('sharing.view.outcomeHelp')
          }
          multiline
          fullWidth
        />
        <Button variant="outlined" onClick={save} sx={{ flexShrink: 0, mt: { sm: 1 } }}>
          {t('sharing.view.saveAction')}
        </Button>
      </Stack>
      <Box role="status">
        {state === 'saved' ? (
          <Alert severity="success">{t('sharing.view.actionSaved')}</Alert>
        ) : null}
        {state === 'failed' ? <Alert severity="error">{t('sharing.view.saveFailed')}</Alert> : null}
      </Box>
    </Box>
  );
}

function ItemNote({
  received,
  itemId,
  subject,
}: {
  readonly received: ReceivedFile;
  readonly itemId: string;
  readonly subject: string;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [text, setText] = useState(received.notes.find((n) => n.itemId === itemId)?.text ?? '');
  const [state, setState] = useState<'idle' | 'saved' | 'failed' | 'invalid'>('idle');
  const save = (): void => {
    if (text.length > 4000) {
      setState('invalid');
      return;
    }
    const latest = session.records.get('sharing.received', received.id) ?? received;
    const notes = [
      ...latest.notes.filter((n) => n.itemId !== itemId),
      ...(text.trim() === '' ? [] : [{ itemId, text }]),
    ];
    session.records.put('sharing.received', { ...latest, notes }).then(
      () => setState('saved'),
      () => setState('failed'),
    );
  };
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      <TextField
        label={t('sharing.view.note', { subject })}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setState('idle');
        }}
        error={state === 'invalid'}
        helperText={
          state === 'invalid' ? t('sharing.view.noteTooLong') : t('sharing.view.noteHelp')
        }
        multiline
        minRows={2}
        fullWidth
      />
      <Box>
        <Button variant="outlined" onClick={save}>
          {t('sharing.view.saveNote')}
        </Button>
      </Box>
      <Box role="status">
        {state === 'saved' ? <Alert severity="success">{t('sharing.view.noteSaved')}</Alert> : null}
        {state === 'failed' ? <Alert severity="error">{t('sharing.view.saveFailed')}</Alert> : null}
      </Box>
    </Stack>
  );
}
