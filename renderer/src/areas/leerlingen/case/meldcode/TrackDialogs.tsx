// Runs in: renderer.
//
// The dialogs around the five steps: starting a track (from the case or from a chronology
// entry), and after the decision recording the report to Veilig Thuis, its answer, and
// closing the track. Same frame and save path as the step dialog; the answer and the
// closing reason are kept as a draft while typed.
import { useMemo, useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { CaseEntry } from '../../../../../../shared/domain/caseEntry';
import {
  closeTrack,
  recordAnswer,
  recordReport,
  startTrack,
  type MeldcodeProblem,
  type MeldcodeTrack,
} from '../../../../../../shared/meldcode/meldcode';
import type { TextDraft } from '../../../../../../shared/records/textDraft';
import { draftText, useTextDraft } from '../../../../app/autosave/useTextDraft';
import { useSaveAttempt } from '../../../../components/useSaveAttempt';
import { useSession } from '../../../../security/VaultProvider';
import { newRecordId } from '../../../../vault';
import { FormDialog } from '../../../../components/FormDialog';
import { useFormatIsoDate } from '../../../../i18n/useFormatIsoDate';
import { todayIso } from '../../../../../../shared/domain/dates';
import {
  checkFields,
  type FormErrors,
  type FormValues,
} from '../../../../../../shared/meldcode/meldcodeForms';
import { useMeldcodeText } from '../../../../meldcode/meldcodeText';
import { MeldcodeRefused, writeTrack, type TrackEdit } from './useMeldcode';

/** Saves through writeTrack, keeping a domain refusal apart from a failed write. */
function useTrackSave(): {
  readonly busy: boolean;
  readonly failed: boolean;
  readonly refusal: MeldcodeProblem | undefined;
  readonly save: (id: string, edit: TrackEdit, after: () => Promise<void>) => Promise<void>;
} {
  const session = useSession();
  const { busy, failed, attempt } = useSaveAttempt();
  const [refusal, setRefusal] = useState<MeldcodeProblem | undefined>(undefined);
  const save = async (id: string, edit: TrackEdit, after: () => Promise<void>) => {
    setRefusal(undefined);
    await attempt(async () => {
      try {
        await writeTrack(session, id, edit);
      } catch (error) {
        if (error instanceof MeldcodeRefused) setRefusal(error.problem);
        throw error;
      }
      await after();
    });
  };
  return { busy, failed, refusal, save };
}

export interface StartDialogProps {
  readonly caseId: string;
  /** The case's signal date: the default signal date of the track. */
  readonly caseSignalDate: string;
  readonly entries: readonly CaseEntry[];
  readonly entryId?: string | undefined;
  readonly onClose: () => void;
  readonly onSaved: (trackId: string) => void;
}

export function StartDialog({
  caseId,
  caseSignalDate,
  entries,
  entryId,
  onClose,
  onSaved,
}: StartDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const formatIsoDate = useFormatIsoDate();
  const today = todayIso();
  const fromEntry = entries.find((e) => e.id === entryId);
  const [values, setValues] = useState<FormValues>({
    signalDate: fromEntry?.date ?? caseSignalDate,
    entry: fromEntry?.id ?? '',
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const text = useMeldcodeText('1900-01-01');
  const { busy, failed, refusal, save } = useTrackSave();
  const submit = async () => {
    const found = checkFields(values, { dates: ['signalDate'], texts: [] }, today, '1900-01-01');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const id = newRecordId();
    const entry = values['entry'] ?? '';
    await save(
      id,
      (_current, now) =>
        startTrack({
          id,
          caseId,
          signalDate: values['signalDate'] ?? '',
          sourceEntryId: entry === '' ? undefined : entry,
          startedBy: session.profile.userName,
          now,
        }),
      () => {
        onSaved(id);
        return Promise.resolve();
      },
    );
  };
  return (
    <FormDialog
      open
      title={t('meldcode.start.title')}
      dirty={false}
      busy={busy}
      error={text.saveError(refusal, failed)}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel={t('meldcode.start.submit')}
    >
      <TextField
        type="date"
        label={t('meldcode.start.signalDate')}
        value={values['signalDate']}
        onChange={(event) => setValues((v) => ({ ...v, signalDate: event.target.value }))}
        required
        autoFocus
        error={errors['signalDate'] !== undefined}
        helperText={text.fieldError(errors['signalDate']) ?? t('meldcode.start.signalDateHelp')}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
      />
      <TextField
        select
        label={t('meldcode.start.entry')}
        value={values['entry']}
        onChange={(event) => setValues((v) => ({ ...v, entry: event.target.value }))}
        helperText={t('meldcode.start.entryHelp')}
      >
        <MenuItem value="">{t('meldcode.start.entryNone')}</MenuItem>
        {entries.map((entry) => (
          <MenuItem key={entry.id} value={entry.id}>
            {`${formatIsoDate(entry.date)}: ${entry.title === '' ? t(`cases.kinds.${entry.kind}`) : entry.title}`}
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}

export type FollowUpKind = 'report' | 'answer' | 'close';

interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly date?: boolean;
  readonly rows?: number;
}

interface FollowUpSpec {
  readonly title: string;
  readonly fields: readonly FieldSpec[];
  readonly initial: FormValues;
}

export interface FollowUpDialogProps {
  readonly track: MeldcodeTrack;
  readonly kind: FollowUpKind;
  readonly restored?: TextDraft | undefined;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

export function FollowUpDialog({ track, kind, restored, onClose, onSaved }: FollowUpDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const today = todayIso();
  const text = useMeldcodeText(track.signalDate);
  const by = session.profile.userName;
  const spec = ((): FollowUpSpec => {
    switch (kind) {
      case 'report':
        return {
          title: t('meldcode.report.dialogTitle'),
          fields: [
            { name: 'date', label: t('meldcode.report.date'), date: true },
            { name: 'contact', label: t('meldcode.report.contact') },
            { name: 'by', label: t('meldcode.fields.by') },
          ],
          initial: {
            date: track.report?.date ?? today,
            contact: track.report?.contact ?? '',
            by: track.report?.by ?? by,
          },
        };
      case 'answer':
        return {
          title: t('meldcode.report.answerTitle'),
          fields: [
            { name: 'date', label: t('meldcode.report.answerDate'), date: true },
            { name: 'summary', label: t('meldcode.report.answerSummary'), rows: 3 },
          ],
          initial: { date: today, summary: '' },
        };
      case 'close':
        return {
          title: t('meldcode.close.title'),
          fields: [
            { name: 'date', label: t('meldcode.close.date'), date: true },
            { name: 'by', label: t('meldcode.fields.by') },
            { name: 'why', label: t('meldcode.close.reason'), rows: 3 },
          ],
          initial: { date: today, by, why: '' },
        };
    }
  })();
  const [values, setValues] = useState<FormValues>(() =>
    Object.fromEntries(
      Object.entries(spec.initial).map(([k, v]) => [k, draftText(restored, k, v)]),
    ),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const { busy, failed, refusal, save } = useTrackSave();
  const dirty = Object.keys(spec.initial).some((k) => spec.initial[k] !== values[k]);
  const draft = useTextDraft(
    { kind: 'meldcode.step', caseId: track.caseId, targetId: track.id, restored },
    useMemo(() => ({ ...values, step: kind }), [values, kind]),
    dirty,
  );
  const close = () => {
    void draft.discard();
    onClose();
  };
  const v = (name: string) => (values[name] ?? '').trim();

  const submit = async () => {
    const found = checkFields(
      values,
      {
        dates: spec.fields.filter((f) => f.date === true).map((f) => f.name),
        texts: spec.fields.filter((f) => f.date !== true).map((f) => f.name),
      },
      today,
      track.signalDate,
    );
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const edit: TrackEdit = (current, now) => {
      const base = current ?? track;
      switch (kind) {
        case 'report':
          return recordReport(
            base,
            { date: v('date'), contact: v('contact'), by: v('by') },
            today,
            now,
          );
        case 'answer':
          return recordAnswer(base, { date: v('date'), summary: v('summary') }, today, now);
        case 'close':
          return closeTrack(base, { date: v('date'), by: v('by'), reason: v('why') }, today, now);
      }
    };
    await save(track.id, edit, async () => {
      await draft.discard();
      onSaved();
    });
  };

  return (
    <FormDialog
      open
      title={spec.title}
      dirty={dirty}
      busy={busy}
      error={text.saveError(refusal, failed)}
      onClose={close}
      onSubmit={() => void submit()}
    >
      {spec.fields.map((f, index) => (
        <TextField
          key={f.name}
          label={f.label}
          value={values[f.name] ?? ''}
          onChange={(event) =>
            setValues((current) => ({ ...current, [f.name]: event.target.value }))
          }
          required
          autoFocus={index === 0}
          type={f.date === true ? 'date' : undefined}
          multiline={f.rows !== undefined}
          minRows={f.rows}
          error={errors[f.name] !== undefined}
          helperText={
            text.fieldError(errors[f.name], f.name) ??
            (f.date === true ? t('meldcode.fields.dateHelp') : undefined)
          }
          slotProps={
            f.date === true
              ? { inputLabel: { shrink: true }, htmlInput: { max: today, min: track.signalDate } }
              : undefined
          }
          fullWidth
        />
      ))}
    </FormDialog>
  );
}
