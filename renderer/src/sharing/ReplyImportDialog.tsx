// Runs in: renderer.
//
// The IB opens a member's reply: per action the IB's current status and outcome next to the
// member's, and a tick box for each difference. Only ticked changes are written to the case's
// actieplan (applyReplyChoices); nothing is overwritten without a choice.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ActionStatus } from '../../../shared/meetings/actions';
import {
  applyReplyChoices,
  replyRows,
  type ReplyChoice,
  type ReplyContent,
  type ReplyField,
} from '../../../shared/sharing/reply';
import { useSession } from '../security/VaultProvider';
import { SenderLine } from './SenderLine';
import type { OpenedFile } from './shareProtocol';

const choiceKey = (c: ReplyChoice): string => `${c.actionId}:${c.field}`;

export function ReplyImportDialog({
  opened,
  reply,
  onClose,
}: {
  readonly opened: OpenedFile;
  readonly reply: ReplyContent;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const plans = useMemo(() => session.records.list('case.actieplan'), [session]);
  const rows = useMemo(() => replyRows(reply, plans), [reply, plans]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [state, setState] = useState<'choosing' | 'busy' | 'done' | 'failed'>('choosing');
  const [taken, setTaken] = useState(0);
  const meeting = session.records.get('meeting', reply.meetingId);
  const noteItems = reply.notes.map((n) => ({
    ...n,
    label: meetingItemLabel(meeting?.agenda.find((i) => i.id === n.itemId)?.order),
  }));

  const status = (s: ActionStatus): string => t(`meetings.actionStatus.${s}`);
  const value = (field: ReplyField, v: { status: ActionStatus; outcome: string }): string =>
    field === 'status'
      ? status(v.status)
      : v.outcome.trim() === ''
        ? t('sharing.reply.empty')
        : v.outcome;
  const toggle = (c: ReplyChoice): void =>
    setChosen((set) => {
      const next = new Set(set);
      if (next.has(choiceKey(c))) next.delete(choiceKey(c));
      else next.add(choiceKey(c));
      return next;
    });

  const apply = (): void => {
    const choices: ReplyChoice[] = rows
      .flatMap((r) => r.changes.map((field) => ({ actionId: r.actionId, field })))
      .filter((c) => chosen.has(choiceKey(c)));
    const result = applyReplyChoices(plans, rows, choices, new Date().toISOString());
    if (!result.ok) {
      setState('failed');
      return;
    }
    setState('busy');
    session.records
      .putMany('case.actieplan', result.value)
      .then(() => session.audit.append('import', { detail: `reply changes=${choices.length}` }))
      .then(
        () => {
          setTaken(choices.length);
          setState('done');
        },
        () => setState('failed'),
      );
  };

  const anyChange = rows.some((r) => r.changes.length > 0);
  return (
    <Dialog open fullWidth maxWidth="md" onClose={state === 'busy' ? undefined : onClose}>
      <DialogTitle>{t('sharing.reply.importTitle', { name: reply.from.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <SenderLine
            deelsleutel={opened.sender.deelsleutel}
            fingerprint={opened.sender.fingerprint}
          />
          <Typography>
            {t('sharing.reply.importIntro', {
              name: reply.from.name,
              organisation: reply.from.organisation,
            })}
          </Typography>
          {state === 'done' ? (
            <Alert severity="success" role="status">
              {t('sharing.reply.imported', { count: taken })}
            </Alert>
          ) : null}
          {state === 'failed' ? (
            <Alert severity="error" role="alert">
              {t('sharing.reply.importFailed')}
            </Alert>
          ) : null}
          {rows.length === 0 ? <Typography>{t('sharing.reply.noActions')}</Typography> : null}
          {rows.length > 0 && !anyChange && state === 'choosing' ? (
            <Alert severity="info" role="status">
              {t('sharing.reply.nothingToApply')}
            </Alert>
          ) : null}
          {rows.map((row) => (
            <Box
              key={row.actionId}
              component="section"
              aria-label={row.current?.action.description ?? t('sharing.reply.unknownAction')}
              sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}
            >
              <Typography sx={{ fontWeight: 600 }}>
                {row.current?.action.description ?? t('sharing.reply.unknownAction')}
              </Typography>
              {row.current === undefined ? (
                <Typography color="text.secondary">{t('sharing.reply.notInPlan')}</Typography>
              ) : row.changes.length === 0 ? (
                <Typography color="text.secondary">{t('sharing.reply.noDifference')}</Typography>
              ) : (
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('sharing.reply.field')}</TableCell>
                      <TableCell>{t('sharing.reply.current')}</TableCell>
                      <TableCell>
                        {t('sharing.reply.proposed', { name: reply.from.name })}
                      </TableCell>
                      <TableCell>{t('sharing.reply.takeOver')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {row.changes.map((field) => {
                      const current = row.current;
                      if (current === undefined) return null;
                      const label = t(`sharing.reply.fields.${field}`);
                      return (
                        <TableRow key={field}>
                          <TableCell>{label}</TableCell>
                          <TableCell>{value(field, current.action)}</TableCell>
                          <TableCell>{value(field, row.proposed)}</TableCell>
                          <TableCell>
                            <Checkbox
                              checked={chosen.has(choiceKey({ actionId: row.actionId, field }))}
                              onChange={() => toggle({ actionId: row.actionId, field })}
                              disabled={state !== 'choosing'}
                              slotProps={{
                                input: {
                                  'aria-label': t('sharing.reply.takeOverLabel', {
                                    field: label,
                                    action: current.action.description,
                                  }),
                                },
                              }}
                            />
                          </TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              )}
            </Box>
          ))}
          {noteItems.length > 0 ? (
            <Box>
              <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
                {t('sharing.reply.notesTitle')}
              </Typography>
              {noteItems.map((n) => (
                <Typography key={n.itemId} sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>
                  {n.label === null ? '' : `${t('sharing.reply.itemLabel', { number: n.label })}: `}
                  {n.text}
                </Typography>
              ))}
            </Box>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={state === 'busy'}>
          {/* Nothing to take over: "Annuleren" would suggest something is left undone. */}
          {state === 'done' || !anyChange ? t('sharing.common.close') : t('sharing.common.cancel')}
        </Button>
        {state !== 'done' && anyChange ? (
          <Button variant="contained" onClick={apply} disabled={state === 'busy'}>
            {t('sharing.reply.apply', { count: chosen.size })}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}

function meetingItemLabel(order: number | undefined): number | null {
  return order === undefined ? null : order + 1;
}
