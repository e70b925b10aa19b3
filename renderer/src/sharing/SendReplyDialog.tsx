// Runs in: renderer.
//
// The member's reply to the IB: the status and outcome of the actions they imported from this
// meeting, and their notes per item, sealed to the deelsleutel of whoever sent the file (the
// signed sender key, so the reply can only go back to the IB who wrote the file).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { parseDeelsleutel } from '../../../shared/sharing/identity';
import { sharedFileName } from '../../../shared/sharing/passphrase';
import type { ImportedAction, ReceivedFile } from '../../../shared/sharing/received';
import { REPLY_CONTENT_FORMAT, replyContentSchema } from '../../../shared/sharing/reply';
import { FormDialog } from '../components/FormDialog';
import { useHost } from '../host/HostContext';
import { useSession } from '../security/VaultProvider';
import { MessageDialog } from '../components/MessageDialog';
import { ZORGTAFEL_FILTERS } from './files';
import { sharingIdentity } from './sharingIdentity';
import { sealInWorker } from './shareWorkerClient';

export function SendReplyDialog({
  received,
  actions,
  onClose,
}: {
  readonly received: ReceivedFile;
  readonly actions: readonly ImportedAction[];
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const host = useHost();
  const [organisation, setOrganisation] = useState(session.profile.schoolName);
  const [state, setState] = useState<
    { s: 'editing' } | { s: 'busy' } | { s: 'saved'; name: string } | { s: 'failed' }
  >({ s: 'editing' });
  const notes = received.notes.filter((n) => n.text.trim() !== '');

  const send = (): void => {
    const recipient = parseDeelsleutel(received.sender.deelsleutel);
    const content = replyContentSchema.safeParse({
      format: REPLY_CONTENT_FORMAT,
      meetingId: received.content.meeting.id,
      from: { name: session.profile.userName, organisation: organisation.trim().slice(0, 200) },
      actions: actions.map((a) => ({
        id: a.action.id,
        status: a.action.status,
        outcome: a.action.outcome,
      })),
      notes: notes.map((n) => ({ itemId: n.itemId, text: n.text.trim() })),
    });
    if (!recipient.ok || !content.success) {
      setState({ s: 'failed' });
      return;
    }
    setState({ s: 'busy' });
    void (async () => {
      try {
        const sender = await sharingIdentity(session);
        const bytes = await sealInWorker({
          kind: 'reply',
          content: content.data,
          sender,
          to: { recipients: [recipient.value] },
          createdAt: new Date().toISOString(),
        });
        const outcome = await host.saveFile({
          suggestedName: sharedFileName('reply', received.content.meeting.date),
          bytes,
          filters: ZORGTAFEL_FILTERS,
        });
        if (!outcome.saved) {
          setState({ s: 'editing' });
          return;
        }
        await session.audit.append('export', {
          recordType: 'sharing.received',
          recordId: received.id,
          detail: `share=reply;actions=${actions.length};notes=${notes.length}`,
        });
        setState({ s: 'saved', name: outcome.name });
      } catch {
        setState({ s: 'failed' });
      }
    })();
  };

  if (state.s === 'saved') {
    return (
      <MessageDialog
        title={t('sharing.replySend.title')}
        closeLabel={t('sharing.common.close')}
        onClose={onClose}
      >
        <Alert severity="success" role="status">
          {t('sharing.replySend.saved', { name: state.name })}
        </Alert>
      </MessageDialog>
    );
  }
  return (
    <FormDialog
      open
      title={t('sharing.replySend.title')}
      submitLabel={t('sharing.replySend.submit')}
      dirty={false}
      busy={state.s === 'busy'}
      error={state.s === 'failed' ? t('sharing.replySend.failed') : null}
      onClose={onClose}
      onSubmit={send}
    >
      <Typography>{t('sharing.replySend.intro')}</Typography>
      <TextField
        label={t('sharing.replySend.organisation')}
        value={organisation}
        onChange={(e) => setOrganisation(e.target.value)}
        fullWidth
        helperText={t('sharing.replySend.organisationHelp')}
      />
      <Box>
        <Typography sx={{ fontWeight: 600 }}>
          {t('sharing.replySend.actions', { count: actions.length })}
        </Typography>
        <List dense>
          {actions.map((a) => (
            <ListItem key={a.id} disableGutters>
              <ListItemText
                primary={a.action.description}
                secondary={`${t(`meetings.actionStatus.${a.action.status}`)}${a.action.outcome.trim() === '' ? '' : ` · ${a.action.outcome}`}`}
              />
            </ListItem>
          ))}
        </List>
        <Typography color="text.secondary">
          {t('sharing.replySend.notes', { count: notes.length })}
        </Typography>
      </Box>
      {state.s === 'busy' ? (
        <Box role="status">
          <Typography>{t('sharing.replySend.busy')}</Typography>
          <LinearProgress aria-label={t('sharing.replySend.busy')} />
        </Box>
      ) : null}
    </FormDialog>
  );
}
