// Runs in: renderer.
//
// Adds or edits what the parents or the pupil think ("Wat vinden ouders", "Wat vindt de
// leerling"): a date and their words. Part of the formal file (unlike a werkaantekening): it
// is printed on the preparation sheet and in the referral letter. What is typed is kept as a
// draft until it is saved or cancelled (useTextDraft).
import { useMemo, useState } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/domain/dates';
import {
  hasErrors,
  validateWorkingNoteForm,
  type WorkingNoteFormErrors,
} from '../../../../../shared/domain/caseDialogChecks';
import {
  VOICE_TEXT_MAX,
  voiceSchema,
  type Voice,
  type VoiceKind,
} from '../../../../../shared/domain/voice';
import type { TextDraft } from '../../../../../shared/records/textDraft';
import { draftText, useTextDraft } from '../../../app/autosave/useTextDraft';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { useSession } from '../../../security/VaultProvider';
import { newRecordId } from '../../../vault';
import { useFieldErrorText } from './caseFormat';

export interface VoiceDialogProps {
  readonly caseId: string;
  readonly kind: VoiceKind;
  readonly voice?: Voice | undefined;
  /** Unsaved text offered back after a crash (Herstellen): the dialog opens with it. */
  readonly restored?: TextDraft | undefined;
  readonly onClose: () => void;
}

export function VoiceDialog({ caseId, kind, voice, restored, onClose }: VoiceDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const errorText = useFieldErrorText();
  const today = todayIso();
  const initial =
    voice === undefined ? { date: today, body: '' } : { date: voice.date, body: voice.text };
  const [values, setValues] = useState(() => ({
    date: draftText(restored, 'date', initial.date),
    body: draftText(restored, 'body', initial.body),
  }));
  const [errors, setErrors] = useState<WorkingNoteFormErrors>({});
  const { busy, failed, attempt, fail } = useSaveAttempt();
  const dirty = values.date !== initial.date || values.body !== initial.body;
  const draft = useTextDraft(
    { kind: 'case.voice', caseId, targetId: voice?.id, restored },
    // The kind travels with the draft, so a restored draft reopens the right dialog.
    useMemo(() => ({ ...values, kind }), [values, kind]),
    dirty,
  );
  const close = () => {
    void draft.discard();
    onClose();
  };

  const save = async () => {
    const found = validateWorkingNoteForm(values, today, VOICE_TEXT_MAX);
    setErrors(found);
    if (hasErrors(found)) return;
    const now = new Date().toISOString();
    const parsed = voiceSchema.safeParse(
      voice === undefined
        ? {
            id: newRecordId(),
            caseId,
            kind,
            date: values.date,
            text: values.body,
            createdAt: now,
            updatedAt: now,
          }
        : { ...voice, date: values.date, text: values.body, updatedAt: now },
    );
    if (!parsed.success) {
      fail();
      return;
    }
    await attempt(async () => {
      await session.records.put('case.voice', parsed.data);
      await draft.discard();
      onClose();
    });
  };

  return (
    <FormDialog
      open
      title={t(`cases.voices.${kind}.${voice === undefined ? 'addTitle' : 'editTitle'}`)}
      dirty={dirty}
      busy={busy}
      error={failed ? t('cases.common.saveFailed') : undefined}
      onClose={close}
      onSubmit={() => void save()}
    >
      <TextField
        type="date"
        label={t('cases.voices.date')}
        value={values.date}
        onChange={(event) => setValues((v) => ({ ...v, date: event.target.value }))}
        required
        error={errors.date !== undefined}
        helperText={errorText(errors.date)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
      />
      <TextField
        autoFocus
        label={t(`cases.voices.${kind}.text`)}
        value={values.body}
        onChange={(event) => setValues((v) => ({ ...v, body: event.target.value }))}
        required
        multiline
        minRows={4}
        error={errors.body !== undefined}
        helperText={errorText(errors.body) ?? t('cases.voices.help')}
        slotProps={{ htmlInput: { maxLength: VOICE_TEXT_MAX } }}
      />
    </FormDialog>
  );
}
