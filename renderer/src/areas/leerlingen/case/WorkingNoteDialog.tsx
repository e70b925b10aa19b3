// Runs in: renderer.
//
// Adds or edits a werkaantekening: a date and the note. Stored as its own record type,
// with the vault owner as author, so it can never be read as part of the formal file. What is
// typed is kept as a draft until it is saved or cancelled (DatedTextDialog).
import Alert from '@mui/material/Alert';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';
import { BODY_MAX } from '../../../../../shared/domain/caseDialogChecks';
import { todayIso } from '../../../../../shared/domain/dates';
import { workingNoteSchema, type WorkingNote } from '../../../../../shared/domain/workingNote';
import type { TextDraft } from '../../../../../shared/records/textDraft';
import { newRecordId } from '../../../vault';
import { useSession } from '../../../security/VaultProvider';
import { DatedTextDialog } from './DatedTextDialog';
import { OWNER_ID } from './useCaseData';

export interface WorkingNoteDialogProps {
  readonly caseId: string;
  readonly note?: WorkingNote | undefined;
  /** Unsaved text offered back after a crash (Herstellen): the dialog opens with it. */
  readonly restored?: TextDraft | undefined;
  readonly onClose: () => void;
  readonly onSaved: (noteId: string) => void;
}

export function WorkingNoteDialog({
  caseId,
  note,
  restored,
  onClose,
  onSaved,
}: WorkingNoteDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <DatedTextDialog
      title={note === undefined ? t('cases.noteDialog.addTitle') : t('cases.noteDialog.editTitle')}
      draft={{ kind: 'case.working-note', caseId, targetId: note?.id, restored }}
      initial={
        note === undefined ? { date: todayIso(), body: '' } : { date: note.date, body: note.body }
      }
      labels={{ date: t('cases.noteDialog.date'), body: t('cases.noteDialog.body') }}
      max={BODY_MAX}
      minRows={5}
      intro={
        <Alert severity="info" icon={<LockOutlinedIcon fontSize="inherit" />}>
          {t('cases.workingNotes.private')}
        </Alert>
      }
      build={(values, now) => {
        const parsed = workingNoteSchema.safeParse(
          note === undefined
            ? {
                id: newRecordId(),
                caseId,
                authorId: OWNER_ID,
                body: values.body,
                date: values.date,
                createdAt: now,
                updatedAt: now,
              }
            : { ...note, body: values.body, date: values.date, updatedAt: now },
        );
        if (!parsed.success) return undefined;
        return async () => (await session.records.put('case.working-note', parsed.data)).id;
      }}
      onSaved={onSaved}
      onClose={onClose}
    />
  );
}
