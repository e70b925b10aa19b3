// Runs in: renderer.
//
// The chronology: every event of the formal file on the date it happened (signal, entries,
// status changes, consents, betrokkenen), newest or oldest first. Events can be added after
// the fact with their real date; the user's own hand-made entries can be edited or deleted
// (with confirmation and undo). Working notes never appear here: they are not an input of
// buildChronology. Held meetings that discussed the case add their events (the discussion and
// every action agreed there), each with a link to the meeting; referrals add their status
// changes and feedback.
import { useCallback, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineOutlinedIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import { useTranslation } from 'react-i18next';
import { UndoDeleteSnackbar, useUndoableDelete } from '../../../components/UndoableDelete';
import { usePendingFocus } from '../../../components/usePendingFocus';
import type { TextDraft } from '../../../../../shared/records/textDraft';
import { useRestoreInto } from '../../../app/autosave/draftRestore';
import type { Zorgdossier } from '../../../../../shared/domain/case';
import type { CaseEntry } from '../../../../../shared/domain/caseEntry';
import { buildChronology } from '../../../../../shared/domain/chronology';
import type { Consent } from '../../../../../shared/domain/consent';
import type { Involvement } from '../../../../../shared/domain/involvement';
import { hrefFor } from '../../../app/router';
import { useSession } from '../../../security/VaultProvider';
import { meetingRoute } from '../../../app/routes';
import { ChronologyKindIcon } from './ChronologyKindIcon';
import { chronologyItemText } from './chronologyText';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EntryDialog } from './EntryDialog';
import { useFormatIsoDate } from '../../../i18n/useFormatIsoDate';
import { canEditEntry } from '../../../../../shared/domain/caseDialogChecks';
import { useReferralChronology } from './referrals/useReferralChronology';
import { useMeetingChronology } from './useCaseData';

export interface ChronologyTabProps {
  readonly zorgdossier: Zorgdossier;
  readonly entries: readonly CaseEntry[];
  readonly consents: readonly Consent[];
  readonly involvements: readonly Involvement[];
  /** Starts a meldcode track from a stored entry (issue 16); absent: no such button. */
  readonly onStartMeldcode?: ((entryId: string) => void) | undefined;
}

type Order = 'newest' | 'oldest';
/** The dialog drafts this tab reopens after a crash (Herstellen). */
const RESTORED_KINDS = ['case.entry'] as const;

type Editing =
  | { readonly kind: 'add'; readonly restored?: TextDraft }
  | { readonly kind: 'edit'; readonly entry: CaseEntry; readonly restored?: TextDraft }
  | { readonly kind: 'delete'; readonly entry: CaseEntry }
  | null;

function itemDomId(key: string): string {
  return `chronology-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function ChronologyTab({
  zorgdossier,
  entries,
  consents,
  involvements,
  onStartMeldcode,
}: ChronologyTabProps) {
  const { t } = useTranslation();
  const session = useSession();
  const formatIsoDate = useFormatIsoDate();
  const [order, setOrder] = useState<Order>('newest');
  const [editing, setEditing] = useState<Editing>(null);
  useRestoreInto(
    zorgdossier.id,
    RESTORED_KINDS,
    useCallback(
      (draft: TextDraft) => {
        const entry = entries.find((item) => item.id === draft.targetId);
        setEditing(
          entry === undefined
            ? { kind: 'add', restored: draft }
            : { kind: 'edit', entry, restored: draft },
        );
      },
      [entries],
    ),
  );
  // Focus moves to what was just added, edited or restored, so keyboard and screen-reader users land on it.
  const focusLater = usePendingFocus();
  const addButton = useRef<HTMLButtonElement>(null);
  const deletion = useUndoableDelete<CaseEntry>({
    erase: (entry) => session.records.delete('case.entry', entry.id),
    restore: (entry) => session.records.put('case.entry', entry),
    afterDelete: () => {
      setEditing(null);
      // The deleted item's buttons are gone: continue from the list's main action.
      addButton.current?.focus();
    },
    afterRestore: (entry) => focusLater(itemDomId(`entry:${entry.id}`)),
  });
  const userName = session.profile.userName;
  const meetingEvents = useMeetingChronology(session, zorgdossier.id);
  const referralEvents = useReferralChronology(session, zorgdossier.id);

  const items = useMemo(() => {
    const oldestFirst = buildChronology(zorgdossier, entries, consents, involvements, [
      ...meetingEvents,
      ...referralEvents,
    ]);
    return order === 'oldest' ? oldestFirst : oldestFirst.reverse();
  }, [zorgdossier, entries, consents, involvements, meetingEvents, referralEvents, order]);

  return (
    <Stack spacing={2.5}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}
      >
        <Box>
          <Typography variant="h2" sx={{ mb: 0.5 }}>
            {t('cases.chronology.heading')}
          </Typography>
          <Typography color="text.secondary" sx={{ maxWidth: 640 }}>
            {t('cases.chronology.intro')}
          </Typography>
        </Box>
        <Button
          ref={addButton}
          variant="contained"
          startIcon={<AddIcon />}
          onClick={() => setEditing({ kind: 'add' })}
          sx={{ flexShrink: 0 }}
        >
          {t('cases.chronology.add')}
        </Button>
      </Stack>

      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={order}
          aria-label={t('cases.chronology.order')}
          // MUI's grey for unselected buttons is just under 4.5:1 on the page background.
          sx={{ '& .MuiToggleButton-root:not(.Mui-selected)': { color: 'text.secondary' } }}
          onChange={(_event, value: Order | null) => {
            if (value !== null) setOrder(value);
          }}
        >
          <ToggleButton value="newest">{t('cases.chronology.newestFirst')}</ToggleButton>
          <ToggleButton value="oldest">{t('cases.chronology.oldestFirst')}</ToggleButton>
        </ToggleButtonGroup>
        <Typography variant="body2" color="text.secondary" role="status">
          {t('cases.chronology.count', { count: items.length })}
        </Typography>
      </Stack>

      <Box
        component="ol"
        aria-label={t('cases.chronology.heading')}
        sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}
      >
        {items.map((item) => {
          const text = chronologyItemText(item, t, formatIsoDate);
          const entry = item.source === 'entry' ? item.entry : undefined;
          const editable = entry !== undefined && canEditEntry(entry, userName);
          const title = text.title.trim() === '' ? t(`cases.kinds.${item.kind}`) : text.title;
          // Meeting events (keys "meeting:…" and "meeting-action:…") link to the meeting they came from.
          const meetingId =
            item.source === 'external' && item.event.key.startsWith('meeting')
              ? item.event.refId
              : undefined;
          return (
            <Paper
              key={item.key}
              component="li"
              variant="outlined"
              id={itemDomId(item.key)}
              tabIndex={-1}
              data-testid="chronology-item"
              sx={{ p: 2, display: 'flex', gap: 2 }}
            >
              <Box
                sx={{
                  width: 40,
                  height: 40,
                  flexShrink: 0,
                  borderRadius: '50%',
                  display: 'grid',
                  placeItems: 'center',
                  bgcolor: 'background.default',
                  color: 'primary.main',
                }}
              >
                <ChronologyKindIcon kind={item.kind} />
              </Box>
              <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                <Typography variant="body2" color="text.secondary">
                  <time dateTime={item.date}>{formatIsoDate(item.date)}</time>
                  {' · '}
                  {t(`cases.kinds.${item.kind}`)}
                </Typography>
                <Typography variant="h3" component="h3" sx={{ mt: 0.25, overflowWrap: 'anywhere' }}>
                  {title}
                </Typography>
                {text.body.trim() !== '' ? (
                  <Typography sx={{ mt: 0.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {text.body}
                  </Typography>
                ) : null}
                {entry !== undefined ? (
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                    {t('cases.chronology.recordedBy', { author: entry.author })}
                  </Typography>
                ) : null}
                {meetingId !== undefined ? (
                  <Typography variant="body2" sx={{ mt: 0.5 }}>
                    <Link
                      href={hrefFor(meetingRoute(meetingId))}
                      aria-label={t('actieplan.chronology.openMeetingLabel', { title })}
                    >
                      {t('actieplan.chronology.openMeeting')}
                    </Link>
                  </Typography>
                ) : null}
              </Box>
              {entry !== undefined && onStartMeldcode !== undefined ? (
                <Tooltip title={t('meldcode.start.button')}>
                  <IconButton
                    aria-label={t('meldcode.start.fromEntry', { title })}
                    onClick={() => onStartMeldcode(entry.id)}
                    sx={{ alignSelf: 'flex-start' }}
                  >
                    <ReportProblemOutlinedIcon />
                  </IconButton>
                </Tooltip>
              ) : null}
              {editable ? (
                <Stack direction="row" spacing={0.5} sx={{ alignSelf: 'flex-start' }}>
                  <Tooltip title={t('cases.common.edit')}>
                    <IconButton
                      aria-label={t('cases.chronology.editEntry', { title })}
                      onClick={() => setEditing({ kind: 'edit', entry })}
                    >
                      <EditOutlinedIcon />
                    </IconButton>
                  </Tooltip>
                  <Tooltip title={t('cases.common.delete')}>
                    <IconButton
                      aria-label={t('cases.chronology.deleteEntry', { title })}
                      onClick={() => setEditing({ kind: 'delete', entry })}
                    >
                      <DeleteOutlineOutlinedIcon />
                    </IconButton>
                  </Tooltip>
                </Stack>
              ) : null}
            </Paper>
          );
        })}
      </Box>

      {editing?.kind === 'add' || editing?.kind === 'edit' ? (
        <EntryDialog
          caseId={zorgdossier.id}
          entry={editing.kind === 'edit' ? editing.entry : undefined}
          restored={editing.restored}
          onClose={() => setEditing(null)}
          onSaved={(id) => {
            setEditing(null);
            focusLater(itemDomId(`entry:${id}`));
          }}
        />
      ) : null}
      {editing?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('cases.deleteEntryDialog.title')}
          text={t('cases.deleteEntryDialog.text', { title: editing.entry.title })}
          onClose={() => setEditing(null)}
          onConfirm={() => deletion.remove(editing.entry)}
        />
      ) : null}
      <UndoDeleteSnackbar undoable={deletion} message={t('cases.chronology.deleted')} />
    </Stack>
  );
}
