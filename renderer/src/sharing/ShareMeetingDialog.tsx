// Runs in: renderer.
//
// "Delen als bestand": the IB sends a meeting's agenda (before) or its approved minutes (after)
// to outside members as an encrypted, signed `.zorgtafel` file. The IB picks the members; the
// file is sealed to their deelsleutels or with a passphrase to pass on by phone. Which items
// carry a name is decided by the consent filter (buildSharedMeeting) and shown before saving.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { compareIsoDates, isValidIsoDate, todayIso } from '../../../shared/domain/dates';
import type { ContactPerson } from '../../../shared/domain/directory';
import { parseDeelsleutel, type Deelsleutel } from '../../../shared/sharing/identity';
import { shareKindOfPhase } from '../../../shared/sharing/meetingContent';
import { buildSharedMeeting, type ItemShareDecision } from '../../../shared/sharing/meetingShare';
import { sealProblems, type SealProblem } from '../../../shared/sharing/sealCheck';
import { UnsealableAlert } from './UnsealableAlert';
import { ReplacedNames } from '../components/ReplacedNames';
import {
  generatePassphrase,
  passphraseProblem,
  sharedFileName,
} from '../../../shared/sharing/passphrase';
import { FormDialog } from '../components/FormDialog';
import { useHost } from '../host/HostContext';
import { useRecordsVersion } from '../records/useRecords';
import { useSession } from '../security/VaultProvider';
import { sharingIdentity } from './sharingIdentity';
import { MessageDialog } from '../components/MessageDialog';
import { ZORGTAFEL_FILTERS } from './files';
import { sealInWorker } from './shareWorkerClient';

export interface ShareMeetingDialogProps {
  readonly meetingId: string;
  readonly phase: 'agenda' | 'minutes';
  readonly open: boolean;
  readonly onClose: () => void;
}

type Method = 'deelsleutel' | 'passphrase';
type Status =
  | { readonly state: 'editing' }
  | { readonly state: 'busy' }
  | { readonly state: 'saved'; readonly name: string; readonly passphrase?: string }
  | { readonly state: 'failed' };

function validKey(contact: ContactPerson): Deelsleutel | null {
  if (contact.deelsleutel === undefined) return null;
  const parsed = parseDeelsleutel(contact.deelsleutel);
  return parsed.ok ? parsed.value : null;
}

export function ShareMeetingDialog(props: ShareMeetingDialogProps) {
  // Mounted fresh for every opening, so no choice from an earlier share lingers.
  return props.open ? <ShareMeetingForm {...props} /> : null;
}

function ShareMeetingForm({ meetingId, phase, onClose }: ShareMeetingDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const host = useHost();
  const version = useRecordsVersion(session, [
    'meeting',
    'pupil',
    'case.consent',
    'directory.contact',
    'directory.organisation',
  ]);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [method, setMethod] = useState<Method>('deelsleutel');
  const [passphrase, setPassphrase] = useState('');
  const [expiry, setExpiry] = useState('');
  const [errors, setErrors] = useState<{
    recipients?: string;
    passphrase?: string;
    expiry?: string;
  }>({});
  /** What would stop a receiver opening the file, as found at the last Save. */
  const [unsealable, setUnsealable] = useState<readonly SealProblem[]>([]);
  const [status, setStatus] = useState<Status>({ state: 'editing' });
  const today = todayIso();

  const data = useMemo(() => {
    void version;
    const meeting = session.records.get('meeting', meetingId);
    const contacts = session.records.list('directory.contact');
    const organisations = session.records.list('directory.organisation');
    const attendeeContactIds = new Set(
      meeting?.attendees.flatMap((a) => (a.contactId === undefined ? [] : [a.contactId])) ?? [],
    );
    // Attendees from the directory first, then other contacts that have a deelsleutel.
    const candidates = contacts
      .filter((c) => attendeeContactIds.has(c.id) || c.deelsleutel !== undefined)
      .sort(
        (a, b) =>
          Number(attendeeContactIds.has(b.id)) - Number(attendeeContactIds.has(a.id)) ||
          a.name.localeCompare(b.name, 'nl'),
      );
    return { meeting, candidates, organisations, attendeeContactIds };
  }, [session, meetingId, version]);

  const chosen = data.candidates.filter((c) => selected.includes(c.id));
  const orgKey = [...new Set(chosen.map((c) => c.organisationId))].sort().join('|');
  const built = useMemo(() => {
    if (data.meeting === undefined) return null;
    const pupilIds = new Set(data.meeting.agenda.map((i) => i.pupilId));
    return buildSharedMeeting({
      meeting: data.meeting,
      phase,
      pupils: session.records.list('pupil').filter((p) => pupilIds.has(p.id)),
      consents: session.records.list('case.consent').filter((c) => pupilIds.has(c.pupilId)),
      organisationIds: orgKey.split('|').filter((id) => id !== ''),
      onDate: today,
      schoolName: session.profile.schoolName,
    });
  }, [data.meeting, phase, session, orgKey, today]);

  const orgName = (id: string): string =>
    data.organisations.find((o) => o.id === id)?.name ?? t('sharing.share.unknownOrganisation');
  const toggle = (id: string): void => {
    setSelected((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
    setErrors((e) => ({ ...e, recipients: undefined }));
  };

  const submit = (): void => {
    if (data.meeting === undefined || built === null || !built.ok) return;
    // Seal only what opens: the exact content, checked with the receiver's schema and limits.
    const problems = sealProblems(built.value.content);
    setUnsealable(problems);
    if (problems.length > 0) return;
    const next: { recipients?: string; passphrase?: string; expiry?: string } = {};
    const keys = chosen.map(validKey);
    if (method === 'deelsleutel') {
      if (chosen.length === 0) next.recipients = t('sharing.share.errors.noRecipients');
      else if (keys.some((k) => k === null)) next.recipients = t('sharing.share.errors.missingKey');
    } else {
      const problem = passphraseProblem(passphrase);
      if (problem !== null)
        next.passphrase = t(
          problem === 'empty'
            ? 'sharing.share.errors.passphraseEmpty'
            : 'sharing.share.errors.passphraseShort',
        );
    }
    if (expiry !== '' && (!isValidIsoDate(expiry) || compareIsoDates(expiry, today) < 0))
      next.expiry = t('sharing.share.errors.expiry');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const kind = shareKindOfPhase(phase);
    const meeting = data.meeting;
    setStatus({ state: 'busy' });
    void (async () => {
      try {
        const sender = await sharingIdentity(session);
        const now = new Date();
        const expiresAt = expiry === '' ? undefined : new Date(`${expiry}T23:59:59`).toISOString();
        const bytes = await sealInWorker({
          kind,
          content: built.value.content,
          sender,
          to:
            method === 'deelsleutel'
              ? { recipients: keys.filter((k): k is Deelsleutel => k !== null) }
              : { passphrase },
          createdAt: now.toISOString(),
          ...(expiresAt === undefined ? {} : { expiresAt }),
        });
        const outcome = await host.saveFile({
          suggestedName: sharedFileName(kind, meeting.date),
          bytes,
          filters: ZORGTAFEL_FILTERS,
        });
        if (!outcome.saved) {
          setStatus({ state: 'editing' });
          return;
        }
        await session.audit.append('export', {
          recordType: 'meeting',
          recordId: meeting.id,
          detail: `share=${kind};mode=${method};recipients=${chosen.length}`,
        });
        setStatus({
          state: 'saved',
          name: outcome.name,
          ...(method === 'passphrase' ? { passphrase } : {}),
        });
      } catch {
        setStatus({ state: 'failed' });
      }
    })();
  };

  const title =
    phase === 'agenda' ? t('sharing.share.titleAgenda') : t('sharing.share.titleMinutes');

  if (status.state === 'saved') {
    return (
      <MessageDialog title={title} closeLabel={t('sharing.share.done')} onClose={onClose}>
        <Alert severity="success" role="status">
          {t('sharing.share.saved', { name: status.name })}
        </Alert>
        {status.passphrase !== undefined ? (
          <Alert severity="warning">
            <Typography>{t('sharing.share.passphraseReminder')}</Typography>
            <Typography
              sx={{ fontFamily: 'monospace', fontSize: 18, mt: 1 }}
              data-testid="share-passphrase"
            >
              {status.passphrase}
            </Typography>
          </Alert>
        ) : null}
      </MessageDialog>
    );
  }

  const blocked =
    data.meeting === undefined
      ? t('sharing.share.errors.meetingMissing')
      : built !== null && !built.ok
        ? t(
            `sharing.share.errors.${built.error.code === 'minutes-not-approved' ? 'minutesNotApproved' : 'meetingEmpty'}`,
          )
        : null;

  return (
    <FormDialog
      open
      title={title}
      submitLabel={t('sharing.share.submit')}
      dirty={selected.length > 0 || passphrase !== '' || expiry !== ''}
      busy={status.state === 'busy'}
      error={status.state === 'failed' ? t('sharing.share.errors.failed') : blocked}
      maxWidth="md"
      onClose={onClose}
      onSubmit={() => {
        if (blocked === null) submit();
      }}
    >
      <Typography>
        {phase === 'agenda' ? t('sharing.share.introAgenda') : t('sharing.share.introMinutes')}
      </Typography>
      <FormControl component="fieldset" error={errors.recipients !== undefined}>
        <FormLabel component="legend">{t('sharing.share.recipients')}</FormLabel>
        {data.candidates.length === 0 ? (
          <Typography color="text.secondary">{t('sharing.share.noCandidates')}</Typography>
        ) : null}
        <FormGroup>
          {data.candidates.map((c) => (
            <FormControlLabel
              key={c.id}
              control={<Checkbox checked={selected.includes(c.id)} onChange={() => toggle(c.id)} />}
              label={t(
                validKey(c) === null
                  ? 'sharing.share.recipientWithoutKey'
                  : 'sharing.share.recipientWithKey',
                { name: c.name, organisation: orgName(c.organisationId) },
              )}
            />
          ))}
        </FormGroup>
        {errors.recipients !== undefined ? (
          <Typography color="error" role="alert">
            {errors.recipients}
          </Typography>
        ) : null}
      </FormControl>
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('sharing.share.method')}</FormLabel>
        <RadioGroup
          value={method}
          onChange={(e) =>
            setMethod(e.target.value === 'passphrase' ? 'passphrase' : 'deelsleutel')
          }
        >
          <FormControlLabel
            value="deelsleutel"
            control={<Radio />}
            label={t('sharing.share.methodKey')}
          />
          <FormControlLabel
            value="passphrase"
            control={<Radio />}
            label={t('sharing.share.methodPassphrase')}
          />
        </RadioGroup>
      </FormControl>
      {method === 'passphrase' ? (
        <Stack spacing={1.5}>
          <Alert severity="warning">{t('sharing.share.byPhone')}</Alert>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={1.5}
            sx={{ alignItems: { sm: 'flex-start' } }}
          >
            <TextField
              label={t('sharing.share.passphrase')}
              value={passphrase}
              onChange={(e) => {
                setPassphrase(e.target.value);
                setErrors((x) => ({ ...x, passphrase: undefined }));
              }}
              error={errors.passphrase !== undefined}
              helperText={errors.passphrase ?? t('sharing.share.passphraseHelp')}
              fullWidth
              slotProps={{
                htmlInput: { spellCheck: false, autoComplete: 'off' },
                input: { sx: { fontFamily: 'monospace' } },
              }}
            />
            <Button
              variant="outlined"
              sx={{ flexShrink: 0, mt: { sm: 1 } }}
              onClick={() => {
                setPassphrase(generatePassphrase());
                setErrors((x) => ({ ...x, passphrase: undefined }));
              }}
            >
              {t('sharing.share.generate')}
            </Button>
          </Stack>
        </Stack>
      ) : null}
      <TextField
        label={t('sharing.share.expiry')}
        type="date"
        value={expiry}
        onChange={(e) => {
          setExpiry(e.target.value);
          setErrors((x) => ({ ...x, expiry: undefined }));
        }}
        error={errors.expiry !== undefined}
        helperText={errors.expiry ?? t('sharing.share.expiryHelp')}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today } }}
        sx={{ maxWidth: 320 }}
      />
      {unsealable.length > 0 && built !== null && built.ok ? (
        <UnsealableAlert problems={unsealable} content={built.value.content} />
      ) : null}
      {built !== null && built.ok ? (
        <ReplacedNames
          meetingId={meetingId}
          replaced={built.value.replaced}
          items={built.value.content.items.flatMap((i) =>
            i.subject.mode === 'anonymous'
              ? [{ itemId: i.id, pseudonym: i.subject.pseudonym }]
              : [],
          )}
        />
      ) : null}
      {built !== null && built.ok ? (
        <Preview
          decisions={built.value.decisions}
          items={built.value.content.items}
          orgName={orgName}
        />
      ) : null}
      {status.state === 'busy' ? (
        <Box role="status">
          <Typography>{t('sharing.share.busy')}</Typography>
          <LinearProgress aria-label={t('sharing.share.busy')} />
        </Box>
      ) : null}
    </FormDialog>
  );
}

function Preview({
  decisions,
  items,
  orgName,
}: {
  readonly decisions: readonly ItemShareDecision[];
  readonly items: readonly {
    id: string;
    subject: { mode: 'named'; pupilName: string } | { mode: 'anonymous'; pseudonym: string };
  }[];
  readonly orgName: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Box>
      <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
        {t('sharing.share.previewTitle')}
      </Typography>
      <List dense>
        {items.map((item) => {
          const decision = decisions.find((d) => d.itemId === item.id);
          const why =
            decision === undefined || decision.mode === 'named'
              ? t('sharing.share.named')
              : decision.reason === 'no-consent'
                ? t('sharing.share.why.noConsent', {
                    organisation: orgName(decision.organisationId),
                  })
                : decision.reason === 'anonymous-in-meeting'
                  ? t('sharing.share.why.anonymousInMeeting')
                  : decision.reason === 'no-recipient-organisation'
                    ? t('sharing.share.why.noRecipient')
                    : t('sharing.share.why.pupilMissing');
          return (
            <ListItem key={item.id} disableGutters>
              <ListItemText
                primary={
                  item.subject.mode === 'named' ? item.subject.pupilName : item.subject.pseudonym
                }
                secondary={why}
              />
            </ListItem>
          );
        })}
      </List>
      <Typography color="text.secondary">{t('sharing.share.noWorkingNotes')}</Typography>
    </Box>
  );
}
