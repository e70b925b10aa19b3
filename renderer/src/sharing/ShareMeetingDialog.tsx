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
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { todayIso } from '../../../shared/domain/dates';
import type { ContactPerson } from '../../../shared/domain/directory';
import { parseDeelsleutel, type Deelsleutel } from '../../../shared/sharing/identity';
import { buildSharedMeeting } from '../../../shared/sharing/meetingShare';
import { sealProblems, type SealProblem } from '../../../shared/sharing/sealCheck';
import {
  shareCandidates,
  shareFormProblems,
  type ShareMethod,
} from '../../../shared/sharing/shareForm';
import { UnsealableAlert } from './UnsealableAlert';
import { ReplacedNames } from '../components/ReplacedNames';
import { FormDialog } from '../components/FormDialog';
import { useHost } from '../host/HostContext';
import { useRecordsVersion } from '../records/useRecords';
import { useSession } from '../security/VaultProvider';
import { MessageDialog } from '../components/MessageDialog';
import { saveSharedMeeting } from './saveSharedMeeting';
import { SharePreview } from './SharePreview';
import { ShareMethodFields } from './ShareMethodFields';
import { ShareRecipientsFieldset } from './ShareRecipientsFieldset';

export interface ShareMeetingDialogProps {
  readonly meetingId: string;
  readonly phase: 'agenda' | 'minutes';
  readonly open: boolean;
  readonly onClose: () => void;
}

type Status =
  | { readonly state: 'editing' }
  | { readonly state: 'busy' }
  | { readonly state: 'saved'; readonly name: string; readonly passphrase?: string }
  | { readonly state: 'failed' };

type Errors = { recipients?: string; passphrase?: string; expiry?: string };

/** The words for each problem shareFormProblems finds. */
const PROBLEM_KEYS = {
  recipients: {
    none: 'sharing.share.errors.noRecipients',
    'missing-key': 'sharing.share.errors.missingKey',
  },
  passphrase: {
    empty: 'sharing.share.errors.passphraseEmpty',
    'too-short': 'sharing.share.errors.passphraseShort',
  },
  expiry: { invalid: 'sharing.share.errors.expiry' },
} as const;

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
  const [method, setMethod] = useState<ShareMethod>('deelsleutel');
  const [passphrase, setPassphrase] = useState('');
  const [expiry, setExpiry] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  /** What would stop a receiver opening the file, as found at the last Save. */
  const [unsealable, setUnsealable] = useState<readonly SealProblem[]>([]);
  const [status, setStatus] = useState<Status>({ state: 'editing' });
  const today = todayIso();

  const data = useMemo(() => {
    void version;
    const meeting = session.records.get('meeting', meetingId);
    const candidates = shareCandidates(meeting, session.records.list('directory.contact'));
    return { meeting, candidates, organisations: session.records.list('directory.organisation') };
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
    const keys = chosen.map(validKey).filter((k): k is Deelsleutel => k !== null);
    const found = shareFormProblems({
      method,
      recipients: chosen.length,
      recipientsWithoutKey: chosen.length - keys.length,
      passphrase,
      expiry,
      today,
    });
    setErrors({
      ...(found.recipients === undefined
        ? {}
        : { recipients: t(PROBLEM_KEYS.recipients[found.recipients]) }),
      ...(found.passphrase === undefined
        ? {}
        : { passphrase: t(PROBLEM_KEYS.passphrase[found.passphrase]) }),
      ...(found.expiry === undefined ? {} : { expiry: t(PROBLEM_KEYS.expiry[found.expiry]) }),
    });
    if (Object.keys(found).length > 0) return;
    setStatus({ state: 'busy' });
    saveSharedMeeting(session, host, {
      meeting: data.meeting,
      phase,
      content: built.value.content,
      to: method === 'deelsleutel' ? { recipients: keys } : { passphrase },
      recipientCount: chosen.length,
      expiry: expiry === '' ? undefined : expiry,
    }).then(
      (name) =>
        setStatus(
          name === undefined
            ? { state: 'editing' }
            : { state: 'saved', name, ...(method === 'passphrase' ? { passphrase } : {}) },
        ),
      () => setStatus({ state: 'failed' }),
    );
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
      <ShareRecipientsFieldset
        candidates={data.candidates}
        selected={selected}
        hasKey={(c) => validKey(c) !== null}
        orgName={orgName}
        error={errors.recipients}
        onToggle={toggle}
      />
      <ShareMethodFields
        method={method}
        passphrase={passphrase}
        passphraseError={errors.passphrase}
        onMethod={setMethod}
        onPassphrase={(value) => {
          setPassphrase(value);
          setErrors((x) => ({ ...x, passphrase: undefined }));
        }}
      />
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
        <SharePreview
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
