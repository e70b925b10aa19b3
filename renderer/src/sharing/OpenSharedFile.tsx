// Runs in: renderer.
//
// Receives `.zorgtafel` files however they arrive (double-click hand-over, drag and drop,
// the "Bestand openen" button) and leads the user through opening them: a passphrase when the
// file asks for one, decryption in a worker with progress, then either a clear Dutch refusal
// (nothing is stored) or what the file holds and who sent it. A meeting file can then be kept
// in the vault; a reply goes to the side-by-side import. Rendered once while unlocked.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { OpenedFile as HostFile } from '../../../shared/ipc/contract';
import type { ShareErrorCode } from '../../../shared/sharing/container';
import { peekMode } from '../../../shared/sharing/peek';
import { receivedFileSchema } from '../../../shared/sharing/received';
import { useHashRoute } from '../app/router';
import { sharedFileRoute } from '../app/routes';
import { useHost } from '../host/HostContext';
import { useLanguage } from '../i18n/useLanguage';
import { formatIsoDate } from '../i18n/dates';
import { useSession } from '../security/VaultProvider';
import { newRecordId } from '../vault';
import { MAX_SHARED_FILE_BYTES, onSharedFile } from './files';
import { ReplyImportDialog } from './ReplyImportDialog';
import { SenderLine } from './SenderLine';
import { knownDeelsleutels, senderContact } from './senders';
import { shareErrorKey } from './shareErrors';
import type { OpenedFile } from './shareProtocol';
import { sharingIdentity } from './sharingIdentity';
import { openInWorker } from './shareWorkerClient';

type Step =
  | { readonly step: 'passphrase'; readonly file: HostFile; readonly wrong: boolean }
  | { readonly step: 'opening'; readonly file: HostFile }
  | { readonly step: 'refused'; readonly code: ShareErrorCode }
  | { readonly step: 'opened'; readonly opened: OpenedFile };

function isZorgtafelName(name: string): boolean {
  return name.toLowerCase().endsWith('.zorgtafel');
}

export function OpenSharedFile() {
  const host = useHost();
  const session = useSession();
  const [current, setCurrent] = useState<Step | null>(null);
  // Files waiting while another one is open; one file is handled at a time.
  const queue = useRef<HostFile[]>([]);
  const active = useRef(false);
  const pumpRef = useRef<() => void>(() => undefined);

  const open = (file: HostFile, passphrase?: string): void => {
    setCurrent({ step: 'opening', file });
    void (async () => {
      const contacts = session.records.list('directory.contact');
      let key: { identity: Awaited<ReturnType<typeof sharingIdentity>> } | { passphrase: string };
      try {
        key = passphrase === undefined ? { identity: await sharingIdentity(session) } : { passphrase };
      } catch {
        setCurrent({ step: 'refused', code: 'share.not-for-you' });
        return;
      }
      const result = await openInWorker({ bytes: file.bytes, key, now: new Date().toISOString(), maxBytes: MAX_SHARED_FILE_BYTES, knownSenders: knownDeelsleutels(contacts) });
      if (result.ok) setCurrent({ step: 'opened', opened: result.file });
      else if (result.error.code === 'share.wrong-passphrase') setCurrent({ step: 'passphrase', file, wrong: true });
      else setCurrent({ step: 'refused', code: result.error.code });
    })();
  };

  const pump = (): void => {
    if (active.current) return;
    const next = queue.current.shift();
    if (next === undefined) return;
    active.current = true;
    if (next.bytes.length <= MAX_SHARED_FILE_BYTES && peekMode(next.bytes) === 'passphrase') setCurrent({ step: 'passphrase', file: next, wrong: false });
    else open(next);
  };
  useEffect(() => {
    pumpRef.current = pump;
  });

  // Every way in ends in the queue.
  useEffect(() => {
    let live = true;
    const add = (file: HostFile): void => {
      queue.current.push(file);
      pumpRef.current();
    };
    host.takePendingFiles().then(
      (files) => {
        if (live) files.filter((f) => isZorgtafelName(f.name)).forEach(add);
      },
      () => undefined,
    );
    const offHost = host.onEvent((event) => {
      if (event.type === 'file-opened' && isZorgtafelName(event.file.name)) add(event.file);
    });
    const offButton = onSharedFile(add);
    const over = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files') === true) event.preventDefault();
    };
    const drop = (event: DragEvent): void => {
      const files = [...(event.dataTransfer?.files ?? [])].filter((f) => isZorgtafelName(f.name));
      if (files.length === 0) return;
      event.preventDefault();
      for (const file of files) {
        // Oversized files are not read into memory: a marker of the size limit plus one is refused as too large.
        if (file.size > MAX_SHARED_FILE_BYTES) add({ name: file.name, bytes: new Uint8Array(MAX_SHARED_FILE_BYTES + 1) });
        else void file.arrayBuffer().then((buffer) => add({ name: file.name, bytes: new Uint8Array(buffer) }));
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      live = false;
      offHost();
      offButton();
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [host]);

  const close = (): void => {
    active.current = false;
    setCurrent(null);
    pump();
  };

  if (current === null) return null;
  switch (current.step) {
    case 'passphrase':
      return <PassphrasePrompt wrong={current.wrong} onCancel={close} onSubmit={(p) => open(current.file, p)} />;
    case 'opening':
      return <OpeningProgress />;
    case 'refused':
      return <Refusal code={current.code} onClose={close} />;
    case 'opened':
      return current.opened.opened.kind === 'reply' ? (
        <ReplyImportDialog opened={current.opened} reply={current.opened.opened.content} onClose={close} />
      ) : (
        <MeetingReceived opened={current.opened} onClose={close} />
      );
    default: {
      const _never: never = current;
      return _never;
    }
  }
}

function PassphrasePrompt({ wrong, onCancel, onSubmit }: { readonly wrong: boolean; readonly onCancel: () => void; readonly onSubmit: (passphrase: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (value === '') {
      setEmpty(true);
      return;
    }
    onSubmit(value);
  };
  return (
    <Dialog open fullWidth maxWidth="sm" onClose={onCancel}>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle>{t('sharing.open.passphraseTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography>{t('sharing.open.passphraseIntro')}</Typography>
            {wrong ? (
              <Alert severity="error" role="alert">
                {t('sharing.errors.wrongPassphrase')}
              </Alert>
            ) : null}
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
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{t('sharing.common.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('sharing.open.openButton')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
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

function Refusal({ code, onClose }: { readonly code: ShareErrorCode; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const key = shareErrorKey(code);
  return (
    <Dialog open fullWidth maxWidth="sm" onClose={onClose}>
      <DialogTitle>{t('sharing.open.refusedTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="error" role="alert" data-testid="share-refusal" data-code={code}>
            {t(`sharing.errors.${key}`)}
          </Alert>
          <Typography>{t('sharing.open.nothingStored')}</Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} autoFocus>
          {t('sharing.common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function MeetingReceived({ opened, onClose }: { readonly opened: OpenedFile; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const [, navigate] = useHashRoute();
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
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
      sender: { deelsleutel: opened.sender.deelsleutel, fingerprint: opened.sender.fingerprint, ...(sender === undefined ? {} : { contactId: sender.contact.id }) },
      content,
      notes: [],
    });
    if (!parsed.success) {
      setFailed(true);
      return;
    }
    setSaving(true);
    session.records
      .put('sharing.received', parsed.data)
      .then(async (saved) => {
        await session.audit.append('import', { recordType: 'sharing.received', recordId: saved.id, detail: saved.kind });
        return saved;
      })
      .then(
        (saved) => {
          onClose();
          navigate(sharedFileRoute(saved.id));
        },
        () => {
          setSaving(false);
          setFailed(true);
        },
      );
  };

  return (
    <Dialog open fullWidth maxWidth="sm" onClose={saving ? undefined : onClose}>
      <DialogTitle>{content.phase === 'agenda' ? t('sharing.open.receivedAgenda') : t('sharing.open.receivedMinutes')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
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
          {opened.expiresAt !== undefined ? <Typography color="text.secondary">{t('sharing.open.expires', { date: formatIsoDate(opened.expiresAt.toISOString().slice(0, 10), language) })}</Typography> : null}
          <Typography color="text.secondary">{t('sharing.open.saveHelp')}</Typography>
          {failed ? (
            <Alert severity="error" role="alert">
              {t('sharing.open.saveFailed')}
            </Alert>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          {t('sharing.open.discard')}
        </Button>
        <Button variant="contained" onClick={save} disabled={saving}>
          {t('sharing.open.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
