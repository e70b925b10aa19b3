// Runs in: renderer.
//
// "Stukken en uitnodiging": the agenda as PDF and Word, printing it, the invitation as a
// calendar file (.ics) and as e-mail text. The preparation sheet per item is started from
// the item's card (usePreparationSheet). Saving says where the file went; a refusal (the
// place names a pupil or parent) says what to change. The print view is the agenda itself,
// built from the same anonymised blocks as the PDF.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { agendaBlocks } from '../../../../../shared/documents/meetings/agenda';
import type { AgendaItem, Meeting } from '../../../../../shared/meetings/meeting';
import type { MeetingTemplate } from '../../../../../shared/meetings/templates';
import { anonymisationReport } from '../../../../../shared/meetings/anonymise';
import { BusyStatus } from '../../../components/BusyStatus';
import { anonymousOutputItems, ReplacedNames } from '../../../components/ReplacedNames';
import { useHost } from '../../../host/HostContext';
import { useSession } from '../../../security/VaultProvider';
import { NO_PRINT_CLASS } from '../../../theme';
import {
  auditPrint,
  invitationEmail,
  meetingPupils,
  saveAgendaDocx,
  saveAgendaPdf,
  saveInvitationIcs,
  savePreparationSheet,
  saveInvitationText,
} from './meetingOutput';
import { useMeetingLabels } from './useMeetingLabels';
import type { AgendaContext } from './useMeetingData';
import { ShareMeetingDialog } from '../../../sharing/ShareMeetingDialog';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'saved'; readonly name: string }
  | { readonly kind: 'failed'; readonly message: string };

function StatusLine({ status }: { readonly status: Status }) {
  const { t } = useTranslation();
  return (
    <Box aria-live="polite" sx={{ mt: 1.5, minHeight: 24 }}>
      {status.kind === 'busy' ? <BusyStatus label={t('meetings.output.busy')} /> : null}
      {status.kind === 'saved' ? (
        <Alert severity="success">{t('meetings.output.saved', { name: status.name })}</Alert>
      ) : null}
      {status.kind === 'failed' ? <Alert severity="error">{status.message}</Alert> : null}
    </Box>
  );
}

export interface OutputSectionProps {
  readonly meeting: Meeting;
  readonly template: MeetingTemplate;
  readonly context: AgendaContext;
}

export function OutputSection({ meeting, template }: OutputSectionProps) {
  const { t } = useTranslation();
  const session = useSession();
  const host = useHost();
  const labels = useMeetingLabels();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [email, setEmail] = useState<
    { readonly subject: string; readonly body: string } | undefined
  >(undefined);
  const [sharing, setSharing] = useState(false);

  const run = async (
    work: () => Promise<{ readonly saved: boolean; readonly name?: string } | string>,
  ): Promise<void> => {
    setStatus({ kind: 'busy' });
    try {
      const outcome = await work();
      if (typeof outcome === 'string') setStatus({ kind: 'failed', message: outcome });
      else
        setStatus(
          outcome.saved && outcome.name !== undefined
            ? { kind: 'saved', name: outcome.name }
            : { kind: 'idle' },
        );
    } catch {
      setStatus({ kind: 'failed', message: t('meetings.output.failed') });
    }
  };

  const openEmail = (): void => {
    const result = invitationEmail(session, meeting);
    if (!result.ok) {
      setStatus({ kind: 'failed', message: labels.problem(result.error) });
      return;
    }
    setStatus({ kind: 'idle' });
    setEmail(result.value);
  };

  const busy = status.kind === 'busy';
  // Recomputed when the meeting record changes (a pupil's name changing later shows at the next edit or visit).
  const replaced = useMemo(
    () => anonymisationReport(meeting, meetingPupils(session, meeting)),
    [meeting, session],
  );
  return (
    <Box component="section" aria-labelledby="meeting-output-heading" className={NO_PRINT_CLASS}>
      <Typography variant="h2" id="meeting-output-heading" sx={{ mb: 1 }}>
        {t('meetings.output.heading')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('meetings.output.intro')}
      </Typography>
      <Stack spacing={2}>
        <ReplacedNames
          meetingId={meeting.id}
          replaced={replaced}
          items={anonymousOutputItems(meeting)}
        />
        <Box>
          <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
            {t('meetings.output.agendaHeading')}
          </Typography>
          <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap' }} useFlexGap>
            <Button
              variant="outlined"
              disabled={busy}
              onClick={() => void run(() => saveAgendaPdf(session, host, meeting, template))}
            >
              {t('meetings.output.agendaPdf')}
            </Button>
            <Button
              variant="outlined"
              disabled={busy}
              onClick={() => void run(() => saveAgendaDocx(session, host, meeting, template))}
            >
              {t('meetings.output.agendaDocx')}
            </Button>
            <Button
              variant="outlined"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await host.print();
                  await auditPrint(session, meeting);
                  return { saved: false };
                })
              }
            >
              {t('meetings.output.print')}
            </Button>
          </Stack>
        </Box>
        <Box>
          <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
            {t('meetings.output.invitationHeading')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('meetings.output.invitationIntro')}
          </Typography>
          <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap' }} useFlexGap>
            <Button
              variant="outlined"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  const result = await saveInvitationIcs(session, host, meeting);
                  return result.ok ? result.value : labels.problem(result.error);
                })
              }
            >
              {t('meetings.output.ics')}
            </Button>
            <Button variant="outlined" disabled={busy} onClick={openEmail}>
              {t('meetings.output.email')}
            </Button>
          </Stack>
        </Box>
        <Box>
          <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
            {t('sharing.share.titleAgenda')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('sharing.share.introAgenda')}
          </Typography>
          <Button variant="outlined" disabled={busy} onClick={() => setSharing(true)}>
            {t('sharing.share.openButton')}
          </Button>
          <ShareMeetingDialog
            meetingId={meeting.id}
            phase="agenda"
            open={sharing}
            onClose={() => setSharing(false)}
          />
        </Box>
      </Stack>
      <StatusLine status={status} />
      {email !== undefined ? (
        <EmailDialog meeting={meeting} email={email} onClose={() => setEmail(undefined)} />
      ) : null}
    </Box>
  );
}

function EmailDialog({
  meeting,
  email,
  onClose,
}: {
  readonly meeting: Meeting;
  readonly email: { readonly subject: string; readonly body: string };
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const host = useHost();
  const titleId = useId();
  const [message, setMessage] = useState<
    { readonly severity: 'success' | 'error'; readonly text: string } | undefined
  >(undefined);

  const copy = async (text: string, what: 'subject' | 'body'): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage({
        severity: 'success',
        text:
          what === 'subject' ? t('meetings.email.subjectCopied') : t('meetings.email.bodyCopied'),
      });
    } catch {
      setMessage({ severity: 'error', text: t('meetings.email.copyFailed') });
    }
  };

  const saveText = async (): Promise<void> => {
    try {
      const outcome = await saveInvitationText(session, host, meeting, email);
      if (outcome.saved)
        setMessage({
          severity: 'success',
          text: t('meetings.output.saved', { name: outcome.name }),
        });
    } catch {
      setMessage({ severity: 'error', text: t('meetings.output.failed') });
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{t('meetings.email.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {t('meetings.email.intro')}
          </Typography>
          <TextField
            label={t('meetings.email.subject')}
            value={email.subject}
            slotProps={{ htmlInput: { readOnly: true } }}
            fullWidth
          />
          <Box>
            <Button
              size="small"
              startIcon={<ContentCopyIcon aria-hidden />}
              onClick={() => void copy(email.subject, 'subject')}
            >
              {t('meetings.email.copySubject')}
            </Button>
          </Box>
          <TextField
            label={t('meetings.email.body')}
            value={email.body}
            multiline
            minRows={8}
            slotProps={{ htmlInput: { readOnly: true } }}
            fullWidth
          />
          <Box>
            <Button
              size="small"
              startIcon={<ContentCopyIcon aria-hidden />}
              onClick={() => void copy(email.body, 'body')}
            >
              {t('meetings.email.copyBody')}
            </Button>
          </Box>
          <Box aria-live="polite">
            {message !== undefined ? (
              <Alert severity={message.severity}>{message.text}</Alert>
            ) : null}
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void saveText()}>{t('meetings.email.saveText')}</Button>
        <Button variant="contained" onClick={onClose}>
          {t('meetings.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The agenda as it is printed: hidden on screen, the only content of the meeting screen on paper. */
export function PrintAgenda({
  meeting,
  template,
}: {
  readonly meeting: Meeting;
  readonly template: MeetingTemplate;
}) {
  const session = useSession();
  const blocks = agendaBlocks({
    schoolName: session.profile.schoolName,
    meeting,
    pupils: meetingPupils(session, meeting),
    template,
  });
  const out: ReactNode[] = blocks.map((block, index) => {
    const key = String(index);
    switch (block.kind) {
      case 'heading':
        return (
          <Typography
            key={key}
            variant={block.level === 1 ? 'h2' : 'h3'}
            component={block.level === 1 ? 'h2' : 'h3'}
            sx={{ mt: 2 }}
          >
            {block.text}
          </Typography>
        );
      case 'paragraph':
        return (
          <Typography key={key} sx={{ fontWeight: block.bold === true ? 700 : 400, mt: 1 }}>
            {block.text}
          </Typography>
        );
      case 'fields':
        return (
          <Box
            key={key}
            component="dl"
            sx={{ m: 0, display: 'grid', gridTemplateColumns: '160px 1fr', '& dd': { m: 0 } }}
          >
            {block.rows.map((row) => [
              <dt key={`${row.label}-t`}>{row.label}</dt>,
              <dd key={`${row.label}-d`}>{row.value}</dd>,
            ])}
          </Box>
        );
      case 'list':
        return (
          <Box key={key} component="ul" sx={{ m: 0 }}>
            {block.items.map((text, i) => (
              <li key={String(i)}>{text}</li>
            ))}
          </Box>
        );
      case 'box':
        return <Typography key={key}>{block.text}</Typography>;
      // Nothing to show on screen; an agenda has no tables or charts (only the year report does).
      case 'signatures':
      case 'spacer':
      case 'image':
      case 'pageBreak':
      case 'table':
      case 'bars':
        return null;
      default: {
        const never: never = block;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  });
  return (
    <Box className="zt-print-only" sx={{ display: 'none', '@media print': { display: 'block' } }}>
      {out}
    </Box>
  );
}

/** The preparation sheet of one item, saved from the item's card; its outcome is shown in a small dialog-free status. */
export function usePreparationSheet(
  meeting: Meeting,
  _context: AgendaContext,
): { readonly open: (item: AgendaItem, number: number) => void; readonly element: ReactNode } {
  const { t } = useTranslation();
  const session = useSession();
  const host = useHost();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const open = (item: AgendaItem, number: number): void => {
    setStatus({ kind: 'busy' });
    savePreparationSheet(session, host, meeting, item, number)
      .then((result) => {
        if (!result.ok)
          setStatus({
            kind: 'failed',
            message: t(`meetings.output.sheetProblems.${result.error.code}`),
          });
        else
          setStatus(
            result.value.saved ? { kind: 'saved', name: result.value.name } : { kind: 'idle' },
          );
      })
      .catch(() => setStatus({ kind: 'failed', message: t('meetings.output.failed') }));
  };
  return {
    open,
    element: (
      <Box className={NO_PRINT_CLASS}>
        <StatusLine status={status} />
      </Box>
    ),
  };
}
