// Runs in: renderer.
//
// Werkaantekeningen: the user's own notes about the case (suspicions, ideas, what to ask
// next), kept apart from the formal file. Only the author's own notes are read
// (ownWorkingNotes); they are not searchable and no export, print or shared file is built
// from them. The screen says so plainly, every time.
import { useCallback, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineOutlinedIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';
import { UndoDeleteSnackbar, useUndoableDelete } from '../../../components/UndoableDelete';
import { usePendingFocus } from '../../../components/usePendingFocus';
import type { TextDraft } from '../../../../../shared/records/textDraft';
import { useRestoreInto } from '../../../app/autosave/draftRestore';
import type { WorkingNote } from '../../../../../shared/domain/workingNote';
import { useSession } from '../../../security/VaultProvider';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useFormatIsoDate } from '../../../i18n/useFormatIsoDate';
import { WorkingNoteDialog } from './WorkingNoteDialog';

export interface WorkingNotesTabProps {
  readonly caseId: string;
  /** The current user's own notes, newest first. */
  readonly notes: readonly WorkingNote[];
}

/** The dialog drafts this tab reopens after a crash (Herstellen). */
const RESTORED_KINDS = ['case.working-note'] as const;

type Editing =
  | { readonly kind: 'add'; readonly restored?: TextDraft }
  | { readonly kind: 'edit'; readonly note: WorkingNote; readonly restored?: TextDraft }
  | { readonly kind: 'delete'; readonly note: WorkingNote }
  | null;

function noteDomId(id: string): string {
  return `working-note-${id}`;
}

export function WorkingNotesTab({ caseId, notes }: WorkingNotesTabProps) {
  const { t } = useTranslation();
  const session = useSession();
  const formatIsoDate = useFormatIsoDate();
  const [editing, setEditing] = useState<Editing>(null);
  useRestoreInto(
    caseId,
    RESTORED_KINDS,
    useCallback(
      (draft: TextDraft) => {
        const note = notes.find((item) => item.id === draft.targetId);
        setEditing(
          note === undefined
            ? { kind: 'add', restored: draft }
            : { kind: 'edit', note, restored: draft },
        );
      },
      [notes],
    ),
  );
  // Focus moves to what was just added, edited or restored.
  const focusLater = usePendingFocus();
  const addButton = useRef<HTMLButtonElement>(null);
  const deletion = useUndoableDelete<WorkingNote>({
    erase: (note) => session.records.delete('case.working-note', note.id),
    restore: (note) => session.records.put('case.working-note', note),
    afterDelete: () => {
      setEditing(null);
      addButton.current?.focus();
    },
    afterRestore: (note) => focusLater(noteDomId(note.id)),
  });

  return (
    <Stack spacing={2.5}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}
      >
        <Typography variant="h2">{t('cases.workingNotes.heading')}</Typography>
        <Button
          ref={addButton}
          variant="contained"
          startIcon={<AddIcon />}
          onClick={() => setEditing({ kind: 'add' })}
          sx={{ flexShrink: 0 }}
        >
          {t('cases.workingNotes.add')}
        </Button>
      </Stack>
      <Alert
        severity="info"
        icon={<LockOutlinedIcon fontSize="inherit" />}
        data-testid="working-notes-private"
      >
        {t('cases.workingNotes.private')}
      </Alert>

      {notes.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="h3" component="p" sx={{ mb: 0.5 }}>
            {t('cases.workingNotes.emptyTitle')}
          </Typography>
          <Typography color="text.secondary">{t('cases.workingNotes.emptyDescription')}</Typography>
        </Paper>
      ) : (
        <Box
          component="ul"
          aria-label={t('cases.workingNotes.heading')}
          sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}
        >
          {notes.map((note) => {
            const date = formatIsoDate(note.date);
            return (
              <Paper
                key={note.id}
                component="li"
                variant="outlined"
                id={noteDomId(note.id)}
                tabIndex={-1}
                data-testid="working-note"
                sx={{ p: 2, display: 'flex', gap: 2 }}
              >
                <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                  <Typography variant="h3" component="h3">
                    <time dateTime={note.date}>{date}</time>
                  </Typography>
                  <Typography sx={{ mt: 0.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {note.body}
                  </Typography>
                </Box>
                <Stack direction="row" spacing={0.5} sx={{ alignSelf: 'flex-start' }}>
                  <Tooltip title={t('cases.common.edit')}>
                    <IconButton
                      aria-label={t('cases.workingNotes.editNote', { date })}
                      onClick={() => setEditing({ kind: 'edit', note })}
                    >
                      <EditOutlinedIcon />
                    </IconButton>
                  </Tooltip>
                  <Tooltip title={t('cases.common.delete')}>
                    <IconButton
                      aria-label={t('cases.workingNotes.deleteNote', { date })}
                      onClick={() => setEditing({ kind: 'delete', note })}
                    >
                      <DeleteOutlineOutlinedIcon />
                    </IconButton>
                  </Tooltip>
                </Stack>
              </Paper>
            );
          })}
        </Box>
      )}

      {editing?.kind === 'add' || editing?.kind === 'edit' ? (
        <WorkingNoteDialog
          caseId={caseId}
          note={editing.kind === 'edit' ? editing.note : undefined}
          restored={editing.restored}
          onClose={() => setEditing(null)}
          onSaved={(id) => {
            setEditing(null);
            focusLater(noteDomId(id));
          }}
        />
      ) : null}
      {editing?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('cases.deleteNoteDialog.title')}
          text={t('cases.deleteNoteDialog.text', { date: formatIsoDate(editing.note.date) })}
          onClose={() => setEditing(null)}
          onConfirm={() => deletion.remove(editing.note)}
        />
      ) : null}
      <UndoDeleteSnackbar undoable={deletion} message={t('cases.workingNotes.deleted')} />
    </Stack>
  );
}
