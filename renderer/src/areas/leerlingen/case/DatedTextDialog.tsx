// Runs in: renderer.
//
// The dialog behind every "a date and a text" record of a case (a werkaantekening, what the
// parents or the pupil think): the date (not in the future), the text, checked before saving,
// and the text kept as a draft while it is typed (useTextDraft) until it is saved or cancelled.
// The caller says how valid values become its record.
import { useMemo, useState, type ReactNode } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import {
  hasErrors,
  validateWorkingNoteForm,
  type WorkingNoteFormErrors,
  type WorkingNoteFormValues,
} from '../../../../../shared/domain/caseDialogChecks';
import { todayIso } from '../../../../../shared/domain/dates';
import type { TextDraft, TextDraftKind } from '../../../../../shared/records/textDraft';
import { draftText, useTextDraft } from '../../../app/autosave/useTextDraft';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { useFieldErrorText } from './caseFormat';

export interface DatedTextDialogProps {
  readonly title: string;
  readonly draft: {
    readonly kind: TextDraftKind;
    readonly caseId: string;
    readonly targetId: string | undefined;
    readonly restored: TextDraft | undefined;
    /** Fixed values saved with the draft so a restore reopens the right dialog. */
    readonly extra?: Readonly<Record<string, string>>;
  };
  readonly initial: WorkingNoteFormValues;
  readonly labels: { readonly date: string; readonly body: string };
  readonly bodyHelp?: string;
  readonly max: number;
  readonly minRows: number;
  /** Shown above the fields. */
  readonly intro?: ReactNode;
  /** The write of valid values (resolving to the saved id), or undefined when its schema refuses them. */
  readonly build: (
    values: WorkingNoteFormValues,
    now: string,
  ) => (() => Promise<string>) | undefined;
  readonly onSaved: (id: string) => void;
  readonly onClose: () => void;
}

export function DatedTextDialog({
  title,
  draft: draftOf,
  initial,
  labels,
  bodyHelp,
  max,
  minRows,
  intro,
  build,
  onSaved,
  onClose,
}: DatedTextDialogProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const today = todayIso();
  const { restored, extra } = draftOf;
  const [values, setValues] = useState<WorkingNoteFormValues>(() => ({
    date: draftText(restored, 'date', initial.date),
    body: draftText(restored, 'body', initial.body),
  }));
  const [errors, setErrors] = useState<WorkingNoteFormErrors>({});
  const { busy, failed, attempt, fail } = useSaveAttempt();
  const dirty = values.date !== initial.date || values.body !== initial.body;
  const draft = useTextDraft(
    { kind: draftOf.kind, caseId: draftOf.caseId, targetId: draftOf.targetId, restored },
    useMemo(() => ({ ...extra, ...values }), [extra, values]),
    dirty,
  );
  const close = () => {
    void draft.discard();
    onClose();
  };

  const save = async () => {
    const found = validateWorkingNoteForm(values, today, max);
    setErrors(found);
    if (hasErrors(found)) return;
    const write = build(values, new Date().toISOString());
    if (write === undefined) {
      fail();
      return;
    }
    await attempt(async () => {
      const id = await write();
      await draft.discard();
      onSaved(id);
    });
  };

  return (
    <FormDialog
      open
      title={title}
      dirty={dirty}
      busy={busy}
      error={failed ? t('cases.common.saveFailed') : undefined}
      onClose={close}
      onSubmit={() => void save()}
    >
      {intro}
      <TextField
        type="date"
        label={labels.date}
        value={values.date}
        onChange={(event) => setValues((v) => ({ ...v, date: event.target.value }))}
        required
        error={errors.date !== undefined}
        helperText={errorText(errors.date)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
      />
      <TextField
        autoFocus
        label={labels.body}
        value={values.body}
        onChange={(event) => setValues((v) => ({ ...v, body: event.target.value }))}
        required
        multiline
        minRows={minRows}
        error={errors.body !== undefined}
        helperText={errorText(errors.body) ?? bodyHelp}
        slotProps={{ htmlInput: { maxLength: max } }}
      />
    </FormDialog>
  );
}
