// Runs in: renderer.
//
// Adds or edits a werkaantekening: a date and the note. Stored as its own record type,
// with the vault owner as author, so it can never be read as part of the formal file. What is
// typed is kept as a draft until it is saved or cancelled (useTextDraft).
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/domain/dates';
import { workingNoteSchema, type WorkingNote } from '../../../../../shared/domain/workingNote';
import type { TextDraft } from '../../../../../shared/records/textDraft';
import { draftText, useTextDraft } from '../../../app/autosave/useTextDraft';
import { newRecordId } from '../../../vault';
import { useSession } from '../../../security/VaultProvider';
import { FormDialog } from '../../../components/FormDialog';
import { useFieldErrorText } from './caseFormat';
import {
  BODY_MAX,
  hasErrors,
  validateWorkingNoteForm,
  type WorkingNoteFormErrors,
  type WorkingNoteFormValues,
} from '../../../../../shared/domain/caseDialogChecks';
import { OWNER_ID } from './useCaseData';
import { useSaveAttempt } from '../../../components/useSaveAttempt';

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
  const errorText = useFieldErrorText();
  const today = todayIso();
  const initial: WorkingNoteFormValues =
    note === undefined ? { date: today, body: '' } : { date: note.date, body: note.body };
  const [values, setValues] = useState<WorkingNoteFormValues>(() => ({
    date: draftText(restored, 'date', initial.date),
    body: draftText(restored, 'body', initial.body),
  }));
  const [errors, setErrors] = useState<WorkingNoteFormErrors>({});
  const { busy, failed, attempt, fail } = useSaveAttempt();
  const dirty = values.date !== initial.date || values.body !== initial.body;
  const draft = useTextDraft(
    { kind: 'case.working-note', caseId, targetId: note?.id, restored },
    useMemo(() => ({ ...values }), [values]),
    dirty,
  );
  const close = () => {
    void draft.discard();
    onClose();
  };

  const save = async () => {
    const found = validateWorkingNoteForm(values, today);
    setErrors(found);
    if (hasErrors(found)) return;
    const now = new Date().toISOString();
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
    if (!parsed.success) {
      fail();
      return;
    }
    await attempt(async () => {
      const saved = await session.records.put('case.working-note', parsed.data);
      await draft.discard();
      onSaved(saved.id);
    });
  };

  return (
    <FormDialog
      open
      title={note === undefined ? t('cases.noteDialog.addTitle') : t('cases.noteDialog.editTitle')}
      dirty={dirty}
      busy={busy}
      error={failed ? t('cases.common.saveFailed') : undefined}
      onClose={close}
      onSubmit={() => void save()}
    >
      <Alert severity="info" icon={<LockOutlinedIcon fontSize="inherit" />}>
        {t('cases.workingNotes.private')}
      </Alert>
      <TextField
        type="date"
        label={t('cases.noteDialog.date')}
        value={values.date}
        onChange={(event) => setValues((v) => ({ ...v, date: event.target.value }))}
        required
        error={errors.date !== undefined}
        helperText={errorText(errors.date)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
      />
      <TextField
        autoFocus
        label={t('cases.noteDialog.body')}
        value={values.body}
        onChange={(event) => setValues((v) => ({ ...v, body: event.target.value }))}
        required
        multiline
        minRows={5}
        error={errors.body !== undefined}
        helperText={errorText(errors.body)}
        slotProps={{ htmlInput: { maxLength: BODY_MAX } }}
      />
    </FormDialog>
  );
}
