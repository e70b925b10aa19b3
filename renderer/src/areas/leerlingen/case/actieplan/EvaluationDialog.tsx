// Runs in: renderer.
//
// Plans an evaluation moment of the actieplan (date and what to look at), or records that it
// took place and what it found ("afronden"), which takes it off the list of what is due.
// What is typed is kept as a draft until it is saved or cancelled (useTextDraft).
import { useMemo, useState } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { EvaluationMoment } from '../../../../../../shared/meetings/actieplan';
import type { TextDraft } from '../../../../../../shared/records/textDraft';
import { draftText, useTextDraft } from '../../../../app/autosave/useTextDraft';
import { useSession } from '../../../../security/VaultProvider';
import { newRecordId } from '../../../../vault';
import { FormDialog } from '../../../../components/FormDialog';
import { evaluationErrors, saveEvaluation } from '../../../../../../shared/meetings/actieplanEdit';
import { writePlan } from './useActieplan';
import { useSaveAttempt } from '../../../../components/useSaveAttempt';

export interface EvaluationDialogProps {
  readonly caseId: string;
  /** Absent: plan a new moment. Present: record that this moment took place. */
  readonly moment?: EvaluationMoment;
  /** Text the user chose to restore after a crash (TextDraftRecovery). */
  readonly restored?: TextDraft | undefined;
  readonly onClose: () => void;
  readonly onSaved: (momentId: string) => void;
}

export function EvaluationDialog({
  caseId,
  moment,
  restored,
  onClose,
  onSaved,
}: EvaluationDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [date, setDate] = useState(() => draftText(restored, 'date', moment?.date ?? ''));
  const [note, setNote] = useState(() => draftText(restored, 'note', moment?.note ?? ''));
  const [tried, setTried] = useState(false);
  const { busy, failed, attempt } = useSaveAttempt();
  const errors = tried ? evaluationErrors({ date, note }) : {};
  const dirty = date !== (moment?.date ?? '') || note !== (moment?.note ?? '');
  const completing = moment !== undefined;
  const draft = useTextDraft(
    { kind: 'actieplan.evaluation', caseId, targetId: moment?.id, restored },
    useMemo(() => ({ date, note }), [date, note]),
    dirty,
  );
  const close = () => {
    void draft.discard();
    onClose();
  };

  const save = async () => {
    setTried(true);
    if (Object.keys(evaluationErrors({ date, note })).length > 0) return;
    const id = moment?.id ?? newRecordId();
    await attempt(async () => {
      await writePlan(session, caseId, (plan, now) =>
        saveEvaluation(
          plan,
          caseId,
          { id, date: date.trim(), note: note.trim(), done: completing },
          now,
        ),
      );
      await draft.discard();
      onSaved(id);
    });
  };

  const dateError =
    errors.date === 'required'
      ? t('actieplan.common.required')
      : errors.date === 'invalidDate'
        ? t('actieplan.common.invalidDate')
        : undefined;
  return (
    <FormDialog
      open
      title={
        completing
          ? t('actieplan.evaluations.dialog.doneTitle')
          : t('actieplan.evaluations.dialog.addTitle')
      }
      dirty={dirty}
      busy={busy}
      error={failed ? t('actieplan.common.saveFailed') : undefined}
      onClose={close}
      onSubmit={() => void save()}
      submitLabel={
        completing ? t('actieplan.evaluations.dialog.submitDone') : t('actieplan.common.save')
      }
    >
      <TextField
        label={t('actieplan.evaluations.dialog.date')}
        type="date"
        value={date}
        onChange={(event) => setDate(event.target.value)}
        required
        autoFocus={!completing}
        error={dateError !== undefined}
        helperText={dateError}
        slotProps={{ inputLabel: { shrink: true } }}
        fullWidth
      />
      <TextField
        label={
          completing
            ? t('actieplan.evaluations.dialog.findings')
            : t('actieplan.evaluations.dialog.note')
        }
        value={note}
        onChange={(event) => setNote(event.target.value)}
        multiline
        minRows={completing ? 3 : 2}
        autoFocus={completing}
        error={errors.note !== undefined}
        helperText={
          errors.note !== undefined
            ? t('actieplan.common.tooLong')
            : completing
              ? t('actieplan.evaluations.dialog.findingsHelp')
              : t('actieplan.evaluations.dialog.noteHelp')
        }
        fullWidth
      />
    </FormDialog>
  );
}
