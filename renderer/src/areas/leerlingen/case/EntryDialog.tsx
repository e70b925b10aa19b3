// Runs in: renderer.
//
// "Gebeurtenis toevoegen" (and editing one): kind, the real date of the event (often days
// before it is written down, never after today), a title and the text. What is written here
// is the formal file: parents may read it. What is typed is kept as a draft until it is saved
// or cancelled (useTextDraft), so a crash does not lose it.
import { useMemo, useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/domain/dates';
import { caseEntrySchema, type CaseEntry } from '../../../../../shared/domain/caseEntry';
import type { TextDraft } from '../../../../../shared/records/textDraft';
import { draftText, useTextDraft } from '../../../app/autosave/useTextDraft';
import { newRecordId } from '../../../vault';
import { useSession } from '../../../security/VaultProvider';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { useFieldErrorText } from './caseFormat';
import {
  BODY_MAX,
  editedEntry,
  ENTRY_KIND_CHOICES,
  hasErrors,
  isEntryKindChoice,
  newEntry,
  TITLE_MAX,
  validateEntryForm,
  type EntryFormErrors,
  type EntryFormValues,
} from '../../../../../shared/domain/caseDialogChecks';

export interface EntryDialogProps {
  readonly caseId: string;
  /** The entry to edit; a new one when absent. */
  readonly entry?: CaseEntry | undefined;
  /** Unsaved text offered back after a crash (Herstellen): the dialog opens with it. */
  readonly restored?: TextDraft | undefined;
  readonly onClose: () => void;
  /** Called with the stored entry's id, so the list can move focus to it. */
  readonly onSaved: (entryId: string) => void;
}

export function EntryDialog({ caseId, entry, restored, onClose, onSaved }: EntryDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const errorText = useFieldErrorText();
  const today = todayIso();
  const initial: EntryFormValues =
    entry !== undefined && isEntryKindChoice(entry.kind)
      ? { kind: entry.kind, date: entry.date, title: entry.title, body: entry.body }
      : { kind: 'notitie', date: today, title: '', body: '' };
  const [values, setValues] = useState<EntryFormValues>(() => {
    const kind = ENTRY_KIND_CHOICES.find((k) => k === draftText(restored, 'kind', initial.kind));
    return {
      kind: kind ?? initial.kind,
      date: draftText(restored, 'date', initial.date),
      title: draftText(restored, 'title', initial.title),
      body: draftText(restored, 'body', initial.body),
    };
  });
  const [errors, setErrors] = useState<EntryFormErrors>({});
  const { busy, failed, attempt, fail } = useSaveAttempt();
  const dirty =
    values.kind !== initial.kind ||
    values.date !== initial.date ||
    values.title !== initial.title ||
    values.body !== initial.body;
  const draft = useTextDraft(
    { kind: 'case.entry', caseId, targetId: entry?.id, restored },
    useMemo(() => ({ ...values }), [values]),
    dirty,
  );
  const close = () => {
    void draft.discard();
    onClose();
  };

  const save = async () => {
    const found = validateEntryForm(values, today);
    setErrors(found);
    if (hasErrors(found)) return;
    const record =
      entry === undefined
        ? newEntry(values, {
            id: newRecordId(),
            caseId,
            author: session.profile.userName,
            now: new Date().toISOString(),
          })
        : editedEntry(entry, values);
    const parsed = caseEntrySchema.safeParse(record);
    if (!parsed.success) {
      fail();
      return;
    }
    await attempt(async () => {
      const saved = await session.records.put('case.entry', parsed.data);
      await draft.discard();
      onSaved(saved.id);
    });
  };

  const chooseKind = (value: string) => {
    const kind = ENTRY_KIND_CHOICES.find((k) => k === value);
    if (kind !== undefined) setValues((v) => ({ ...v, kind }));
  };

  return (
    <FormDialog
      open
      title={
        entry === undefined ? t('cases.entryDialog.addTitle') : t('cases.entryDialog.editTitle')
      }
      dirty={dirty}
      busy={busy}
      error={failed ? t('cases.common.saveFailed') : undefined}
      onClose={close}
      onSubmit={() => void save()}
    >
      <TextField
        select
        autoFocus
        label={t('cases.entryDialog.kind')}
        value={values.kind}
        onChange={(event) => chooseKind(event.target.value)}
        required
      >
        {ENTRY_KIND_CHOICES.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`cases.kinds.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="date"
        label={t('cases.entryDialog.date')}
        value={values.date}
        onChange={(event) => setValues((v) => ({ ...v, date: event.target.value }))}
        required
        error={errors.date !== undefined}
        helperText={errorText(errors.date) ?? t('cases.entryDialog.dateHelp')}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
      />
      <TextField
        label={t('cases.entryDialog.titleField')}
        value={values.title}
        onChange={(event) => setValues((v) => ({ ...v, title: event.target.value }))}
        required
        error={errors.title !== undefined}
        helperText={errorText(errors.title) ?? t('cases.entryDialog.titleHelp')}
        slotProps={{ htmlInput: { maxLength: TITLE_MAX } }}
      />
      <TextField
        label={t('cases.entryDialog.body')}
        value={values.body}
        onChange={(event) => setValues((v) => ({ ...v, body: event.target.value }))}
        multiline
        minRows={4}
        error={errors.body !== undefined}
        helperText={errorText(errors.body) ?? t('cases.entryDialog.bodyHelp')}
        slotProps={{ htmlInput: { maxLength: BODY_MAX } }}
      />
    </FormDialog>
  );
}
