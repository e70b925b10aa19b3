// Runs in: renderer.
//
// The one opener for every file Zorgtafel makes, however it arrives (double-click hand-over,
// drag and drop anywhere on the window, the "Bestand openen" button; see incoming.ts). It first
// says what the file is from its signed header (kind, sender, date; shared/sharing/peek.ts),
// and refuses a bad file or a copy already kept, before it asks for a passphrase or uses the
// own key; a backup is pointed to Instellingen. Then decryption in a worker with progress, and
// either a clear Dutch refusal (nothing is stored) or what the file holds and who sent it. A
// meeting file can then be kept in the vault; a reply goes to the side-by-side import.
// Rendered once while unlocked.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { OpenedFile as HostFile } from '../../../shared/ipc/contract';
import { peekFile, type PeekedFile } from '../../../shared/sharing/peek';
import { keptCopyOf, receivedFileSchema } from '../../../shared/sharing/received';
import { useHashRoute, type RouteTarget } from '../app/router';
import { receivedReferralRoute, sharedFileRoute } from '../app/routes';
import { alreadyKept } from '../referrals/receivedReferrals';
import { useHost } from '../host/HostContext';
import { useLanguage } from '../i18n/useLanguage';
import { formatIsoDate } from '../i18n/dates';
import { todayIso } from '../../../shared/domain/dates';
import { BACKUP_ANCHOR } from '../security/settings/backupStatus';
import { useSession, type AppSession } from '../security/VaultProvider';
import { newRecordId } from '../vault';
import { FormDialog } from '../components/FormDialog';
import { MessageDialog } from '../components/MessageDialog';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { DropTarget } from './DropTarget';
import { MAX_SHARED_FILE_BYTES, onSharedFile } from './files';
import { fileOfHostEvent } from './incoming';
import { ReferralReceivedDialog } from './ReferralReceivedDialog';
import { ReferralAnswerDialog } from './ReferralAnswerDialog';
import { ReplyImportDialog } from './ReplyImportDialog';
import { SenderLine } from './SenderLine';
import { knownDeelsleutels, senderContact } from './senders';
import { shareErrorKey } from './shareErrors';
import type { OpenedFile, OpenRefusalCode } from './shareProtocol';
import { sharingIdentity } from './sharingIdentity';
import { openInWorker } from './shareWorkerClient';

type SharePeek = Extract<PeekedFile, { type: 'share' }>;

type Step =
  | { readonly step: 'checking' }
  | {
      readonly step: 'passphrase';
      readonly file: HostFile;
      readonly peeked: SharePeek;
      readonly wrong: boolean;
    }
  | { readonly step: 'opening'; readonly file: HostFile; readonly peeked: SharePeek }
  | { readonly step: 'refused'; readonly code: OpenRefusalCode; readonly peeked?: SharePeek }
  | { readonly step: 'backup'; readonly createdAt?: Date }
  | { readonly step: 'several' }
  | { readonly step: 'replayed'; readonly receivedAt: string; readonly route: RouteTarget }
  | { readonly step: 'opened'; readonly opened: OpenedFile };

/** Where the kept copy of this file is, when it was kept before (a replay stores nothing). */
function keptOf(
  session: AppSession,
  file: OpenedFile,
): { readonly receivedAt: string; readonly route: RouteTarget } | undefined {
  const { opened } = file;
  switch (opened.kind) {
    case 'meeting': {
      const kept = keptCopyOf(session.records.list('sharing.received'), {
        ...file,
        content: opened.content,
      });
      return kept === undefined
        ? undefined
        : { receivedAt: kept.receivedAt, route: sharedFileRoute(kept.id) };
    }
    case 'referral': {
      const kept = alreadyKept(session, { ...file, package: opened.content });
      return kept === undefined
        ? undefined
        : { receivedAt: kept.receivedAt, route: receivedReferralRoute(kept.id) };
    }
    case 'reply':
    case 'referral-answer':
      // A reply or an answer opened twice offers only what still differs (ReplyImportDialog,
      // ReferralAnswerDialog), so a replay changes nothing.
      return undefined;
    default: {
      const never: never = opened;
      return never;
    }
  }
}

/** The opener: one file at a time, from every way in (incoming.ts), told apart by its bytes. */
export function OpenSharedFile() {
  const host = useHost();
  const session = useSession();
  const [current, setCurrent] = useState<Step | null>(null);
  // Files waiting while another one is open; one file is handled at a time.
  const queue = useRef<HostFile[]>([]);
  const active = useRef(false);
  const pumpRef = useRef<() => void>(() => undefined);

  const open = (file: HostFile, peeked: SharePeek, passphrase?: string): void => {
    setCurrent({ step: 'opening', file, peeked });
    void (async () => {
      const contacts = session.records.list('directory.contact');
      let key: { identity: Awaited<ReturnType<typeof sharingIdentity>> } | { passphrase: string };
      try {
        key =
          passphrase === undefined ? { identity: await sharingIdentity(session) } : { passphrase };
      } catch {
        setCurrent({ step: 'refused', code: 'share.not-for-you', peeked });
        return;
      }
      const result = await openInWorker({
        bytes: file.bytes,
        key,
        now: new Date().toISOString(),
        maxBytes: MAX_SHARED_FILE_BYTES,
        knownSenders: knownDeelsleutels(contacts),
      });
      if (result.ok) {
        const kept = keptOf(session, result.file);
        setCurrent(
          kept === undefined
            ? { step: 'opened', opened: result.file }
            : { step: 'replayed', ...kept },
        );
      } else if (result.error.code === 'share.wrong-passphrase')
        setCurrent({ step: 'passphrase', file, peeked, wrong: true });
      else setCurrent({ step: 'refused', code: result.error.code, peeked });
    })();
  };

  // What the file is comes first: a refusal or a backup ends here, before any passphrase is
  // asked or the own key is used.
  const start = (file: HostFile): void => {
    setCurrent({ step: 'checking' });
    void peekFile(file.bytes, { now: new Date(), maxBytes: MAX_SHARED_FILE_BYTES }).then(
      (peeked) => {
        if (peeked.type === 'backup')
          setCurrent({
            step: 'backup',
            ...(peeked.createdAt === undefined ? {} : { createdAt: peeked.createdAt }),
          });
        else if (peeked.type === 'refused') setCurrent({ step: 'refused', code: peeked.code });
        else if (peeked.mode === 'passphrase')
          setCurrent({ step: 'passphrase', file, peeked, wrong: false });
        else open(file, peeked);
      },
    );
  };

  const pump = (): void => {
    if (active.current) return;
    const next = queue.current.shift();
    if (next === undefined) return;
    active.current = true;
    start(next);
  };
  useEffect(() => {
    pumpRef.current = pump;
  });

  const add = useCallback((file: HostFile): void => {
    queue.current.push(file);
    pumpRef.current();
  }, []);
  const several = useCallback((): void => {
    if (active.current) return;
    active.current = true;
    setCurrent({ step: 'several' });
  }, []);

  // Every way in ends in the queue.
  useEffect(() => {
    let live = true;
    host.takePendingFiles().then(
      (files) => {
        if (live) files.forEach(add);
      },
      () => undefined,
    );
    const offHost = host.onEvent((event) => {
      const file = fileOfHostEvent(event);
      if (file !== null) add(file);
    });
    const offButton = onSharedFile(add);
    return () => {
      live = false;
      offHost();
      offButton();
    };
  }, [host, add]);

  const close = (): void => {
    active.current = false;
    setCurrent(null);
    pump();
  };

  return (
    <>
      <DropTarget onFile={add} onSeveral={several} />
      {current === null ? null : (
        <StepDialog current={current} onClose={close} onPassphrase={open} />
      )}
    </>
  );
}

function StepDialog({
  current,
  onClose,
  onPassphrase,
}: {
  readonly current: Step;
  readonly onClose: () => void;
  readonly onPassphrase: (file: HostFile, peeked: SharePeek, passphrase: string) => void;
}) {
  const { t } = useTranslation();
  switch (current.step) {
    case 'checking':
      return <OpeningProgress />;
    case 'passphrase':
      return (
        <PassphrasePrompt
          wrong={current.wrong}
          onCancel={onClose}
          onSubmit={(p) => onPassphrase(current.file, current.peeked, p)}
        >
          <FileIdentity peeked={current.peeked} />
        </PassphrasePrompt>
      );
    case 'opening':
      return <OpeningProgress />;
    case 'refused':
      return <Refusal code={current.code} peeked={current.peeked} onClose={onClose} />;
    case 'backup':
      return <BackupNotice createdAt={current.createdAt} onClose={onClose} />;
    case 'several':
      return (
        <MessageDialog
          title={t('sharing.open.severalTitle')}
          closeLabel={t('sharing.common.close')}
          onClose={onClose}
        >
          <Alert severity="info" role="alert" data-testid="share-refusal" data-code="several">
            {t('sharing.open.several')}
          </Alert>
        </MessageDialog>
      );
    case 'replayed':
      return <Replayed receivedAt={current.receivedAt} route={current.route} onClose={onClose} />;
    case 'opened': {
      const { opened } = current.opened;
      switch (opened.kind) {
        case 'reply':
          return (
            <ReplyImportDialog opened={current.opened} reply={opened.content} onClose={onClose} />
          );
        case 'referral':
          return (
            <ReferralReceivedDialog
              opened={{ ...current.opened, package: opened.content }}
              onClose={onClose}
            />
          );
        case 'referral-answer':
          return (
            <ReferralAnswerDialog
              opened={current.opened}
              answer={opened.content}
              onClose={onClose}
            />
          );
        case 'meeting':
          return <MeetingReceived opened={current.opened} onClose={onClose} />;
        default: {
          const never: never = opened;
          return never;
        }
      }
    }
    default: {
      const _never: never = current;
      return _never;
    }
  }
}

/** What a file is, from its signed header, shown before the passphrase is asked or the file is opened. */
function FileIdentity({ peeked }: { readonly peeked: SharePeek }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const known = senderContact(
    peeked.sender.deelsleutel,
    session.records.list('directory.contact'),
    session.records.list('directory.organisation'),
  );
  const day = (date: Date): string => formatIsoDate(todayIso(date), language);
  return (
    <Stack spacing={0.5} data-testid="file-identity">
      <Typography>
        {t('sharing.open.identity.kind', { kind: t(`sharing.open.kinds.${peeked.kind}`) })}
      </Typography>
      <Typography>
        {known !== undefined
          ? t('sharing.open.identity.senderKnown', {
              name: known.contact.name,
              organisation: known.organisation,
            })
          : t('sharing.open.identity.senderUnknown', { fingerprint: peeked.sender.fingerprint })}
      </Typography>
      <Typography>{t('sharing.open.identity.created', { date: day(peeked.createdAt) })}</Typography>
      {peeked.expiresAt !== undefined ? (
        <Typography>{t('sharing.open.expires', { date: day(peeked.expiresAt) })}</Typography>
      ) : null}
    </Stack>
  );
}

function BackupNotice({
  createdAt,
  onClose,
}: {
  readonly createdAt: Date | undefined;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [, navigate] = useHashRoute();
  return (
    <MessageDialog
      title={t('sharing.open.backupTitle')}
      closeLabel={t('sharing.common.close')}
      onClose={onClose}
    >
      <Alert severity="info" data-testid="share-refusal" data-code="backup">
        {createdAt === undefined
          ? t('sharing.open.backup')
          : t('sharing.open.backupOf', { date: formatIsoDate(todayIso(createdAt), language) })}
      </Alert>
      <Typography>{t('sharing.open.backupWhere')}</Typography>
      <Box>
        <Button
          variant="outlined"
          onClick={() => {
            onClose();
            navigate({ area: 'instellingen', path: [BACKUP_ANCHOR] });
          }}
        >
          {t('sharing.open.backupGo')}
        </Button>
      </Box>
    </MessageDialog>
  );
}

function Replayed({
  receivedAt,
  route,
  onClose,
}: {
  readonly receivedAt: string;
  readonly route: RouteTarget;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [, navigate] = useHashRoute();
  return (
    <MessageDialog
      title={t('sharing.open.replayedTitle')}
      closeLabel={t('sharing.common.close')}
      onClose={onClose}
    >
      <Alert severity="info" role="alert" data-testid="share-refusal" data-code="replayed">
        {t('sharing.open.replayed', {
          date: formatIsoDate(receivedAt.slice(0, 10), language),
        })}
      </Alert>
      <Typography>{t('sharing.open.nothingStored')}</Typography>
      <Box>
        <Button
          variant="outlined"
          onClick={() => {
            onClose();
            navigate(route);
          }}
        >
          {t('sharing.open.replayedGo')}
        </Button>
      </Box>
    </MessageDialog>
  );
}

function PassphrasePrompt({
  wrong,
  onCancel,
  onSubmit,
  children,
}: {
  readonly wrong: boolean;
  readonly onCancel: () => void;
  readonly onSubmit: (passphrase: string) => void;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = (): void => {
    if (value === '') {
      setEmpty(true);
      return;
    }
    onSubmit(value);
  };
  return (
    <FormDialog
      title={t('sharing.open.passphraseTitle')}
      submitLabel={t('sharing.open.openButton')}
      cancelLabel={t('sharing.common.cancel')}
      dirty={value !== ''}
      onClose={onCancel}
      onSubmit={submit}
    >
      {children}
      <Typography>{t('sharing.open.passphraseIntro')}</Typography>
      {wrong ? (
        <Alert severity="error" role="alert">
          {t('sharing.errors.wrongPassphrase')}
        </Alert>
      ) : null}
      {/* Not a FormTextField: a passphrase must not be spell-checked or remembered. */}
      <TextField
        label={t('sharing.open.passphrase')}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setEmpty(false);
        }}
        error={empty}
        helperText={empty ? t('sharing.open.passphraseEmpty') : t('sharing.open.passphraseHelp')}
        autoFocus
        fullWidth
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
      />
    </FormDialog>
  );
}

function OpeningProgress() {
  const { t } = useTranslation();
  return (
    <Dialog open fullWidth maxWidth="xs" aria-labelledby="opening-title">
      <DialogTitle id="opening-title">{t('sharing.open.openingTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} role="status">
          <Typography>{t('sharing.open.opening')}</Typography>
          <LinearProgress aria-label={t('sharing.open.opening')} />
        </Stack>
      </DialogContent>
    </Dialog>
  );
}

function Refusal({
  code,
  peeked,
  onClose,
}: {
  readonly code: OpenRefusalCode;
  readonly peeked: SharePeek | undefined;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const key = shareErrorKey(code);
  return (
    <MessageDialog
      title={t('sharing.open.refusedTitle')}
      closeLabel={t('sharing.common.close')}
      onClose={onClose}
    >
      {peeked === undefined ? null : <FileIdentity peeked={peeked} />}
      <Alert severity="error" role="alert" data-testid="share-refusal" data-code={code}>
        {t(`sharing.errors.${key}`)}
      </Alert>
      <Typography>{t('sharing.open.nothingStored')}</Typography>
    </MessageDialog>
  );
}

function MeetingReceived({
  opened,
  onClose,
}: {
  readonly opened: OpenedFile;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const [, navigate] = useHashRoute();
  const { busy: saving, failed, attempt, fail } = useSaveAttempt();
  if (opened.opened.kind !== 'meeting') return null;
  const content = opened.opened.content;
  const meeting = content.meeting;

  const save = (): void => {
    const contacts = session.records.list('directory.contact');
    const sender = senderContact(opened.sender.deelsleutel, contacts, []);
    const parsed = receivedFileSchema.safeParse({
      id: newRecordId(),
      kind: opened.kind,
      receivedAt: new Date().toISOString(),
      fileCreatedAt: opened.createdAt.toISOString(),
      ...(opened.expiresAt === undefined ? {} : { expiresAt: opened.expiresAt.toISOString() }),
      sender: {
        deelsleutel: opened.sender.deelsleutel,
        fingerprint: opened.sender.fingerprint,
        ...(sender === undefined ? {} : { contactId: sender.contact.id }),
      },
      content,
      notes: [],
    });
    if (!parsed.success) {
      fail();
      return;
    }
    void attempt(async () => {
      const saved = await session.records.put('sharing.received', parsed.data);
      await session.audit.append('import', {
        recordType: 'sharing.received',
        recordId: saved.id,
        detail: saved.kind,
      });
      onClose();
      navigate(sharedFileRoute(saved.id));
    });
  };

  return (
    <FormDialog
      title={
        content.phase === 'agenda'
          ? t('sharing.open.receivedAgenda')
          : t('sharing.open.receivedMinutes')
      }
      submitLabel={t('sharing.open.save')}
      cancelLabel={t('sharing.open.discard')}
      dirty={false}
      busy={saving}
      error={failed ? t('sharing.open.saveFailed') : null}
      onClose={onClose}
      onSubmit={save}
    >
      <SenderLine deelsleutel={opened.sender.deelsleutel} fingerprint={opened.sender.fingerprint} />
      <Typography data-testid="share-summary">
        {t('sharing.open.summary', {
          kind: t(`meetings.kinds.${meeting.kind}`),
          date: formatIsoDate(meeting.date, language),
          start: meeting.startTime,
          end: meeting.endTime,
          count: content.items.length,
        })}
      </Typography>
      {opened.expiresAt !== undefined ? (
        <Typography color="text.secondary">
          {t('sharing.open.expires', {
            date: formatIsoDate(opened.expiresAt.toISOString().slice(0, 10), language),
          })}
        </Typography>
      ) : null}
      <Typography color="text.secondary">{t('sharing.open.saveHelp')}</Typography>
    </FormDialog>
  );
}
