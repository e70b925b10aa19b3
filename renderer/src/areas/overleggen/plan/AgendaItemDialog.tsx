// Runs in: renderer.
//
// "Casus toevoegen" (and "Agendapunt bewerken"): which pupil's case, the bespreekdoel, the
// question for the team, the timebox and whether the case is discussed by name. Named is
// only possible with a valid consent "bespreken op naam" for this meeting's kind on the
// meeting's date; otherwise the item is forced anonymous and the dialog says why, with the
// way to the case's consent register. What came back from earlier meetings (carry-over) is
// taken along automatically when the case is added.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { agendaItemMode } from '../../../../../shared/meetings/agenda';
import { caseWentOnAgenda, meetingWithCase } from './addCaseToAgenda';
import {
  BESPREEKDOELEN,
  type AgendaItem,
  type Bespreekdoel,
  type ItemMode,
  type Meeting,
} from '../../../../../shared/meetings/meeting';
import { editMinutes } from '../../../../../shared/meetings/minutes';
import {
  agendaItemFormErrors,
  type AgendaItemField,
} from '../../../../../shared/meetings/agendaItemForm';
import type { MeetingTemplate } from '../../../../../shared/meetings/templates';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { useSession } from '../../../security/VaultProvider';
import { AgendaCasePicker } from './AgendaCasePicker';
import { ItemModeFieldset } from './ItemModeFieldset';
import { caseOptions, type CaseOption } from './planScreenRules';
import { useMeetingLabels } from './useMeetingLabels';
import type { AgendaContext } from './useMeetingData';

export interface AgendaItemDialogProps {
  readonly meeting: Meeting;
  readonly template: MeetingTemplate;
  readonly context: AgendaContext;
  /** Absent: add a case. Present: edit this item's bespreekdoel, question and timebox. */
  readonly item?: AgendaItem;
  /** The item's label on the agenda (name or pseudonym), for the edit title. */
  readonly itemLabel?: string;
  readonly onClose: () => void;
  readonly onSaved: (itemId: string) => void;
}

export function AgendaItemDialog({
  meeting,
  template,
  context,
  item,
  itemLabel,
  onClose,
  onSaved,
}: AgendaItemDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const labels = useMeetingLabels();
  const options = useMemo(
    () => caseOptions(context.pupils, context.cases, meeting),
    [context.pupils, context.cases, meeting],
  );
  const [picked, setPicked] = useState<CaseOption | null>(null);
  const [bespreekdoel, setBespreekdoel] = useState<Bespreekdoel>(
    item?.bespreekdoel ?? 'informatie-advies',
  );
  const [question, setQuestion] = useState(item?.question ?? '');
  const [timebox, setTimebox] = useState(
    String(item?.timeboxMinutes ?? template.defaultTimeboxMinutes),
  );
  const [requested, setRequested] = useState<ItemMode>('named');
  const [errors, setErrors] = useState<Partial<Record<AgendaItemField, string>>>({});
  // Why the meeting rules refused the item (before anything was written).
  const [refusal, setRefusal] = useState<string | null>(null);
  const { busy, failed, attempt } = useSaveAttempt();
  const dirty =
    picked !== null ||
    question !== (item?.question ?? '') ||
    timebox !== String(item?.timeboxMinutes ?? template.defaultTimeboxMinutes) ||
    bespreekdoel !== (item?.bespreekdoel ?? 'informatie-advies');

  const pupilConsents = useMemo(
    () => (picked === null ? [] : context.consents.filter((c) => c.pupilId === picked.pupilId)),
    [picked, context.consents],
  );
  const decision = useMemo(
    () =>
      picked === null
        ? undefined
        : agendaItemMode(picked.pupil, pupilConsents, meeting, meeting.date),
    [picked, pupilConsents, meeting],
  );
  const forced = decision?.mode === 'anonymous';
  const mode: ItemMode = forced ? 'anonymous' : requested;

  const submit = async (): Promise<void> => {
    const found = agendaItemFormErrors({
      adding: item === undefined,
      casePicked: picked !== null,
      timebox,
      question,
    });
    setErrors(Object.fromEntries(found.map((f) => [f, t(`meetings.itemDialog.errors.${f}`)])));
    if (found.length > 0) return;
    const now = new Date().toISOString();
    const timeboxMinutes = Number(timebox);
    let next: Meeting;
    let itemId: string;
    if (item !== undefined) {
      const edited = editMinutes(
        meeting,
        {
          kind: 'item-fields',
          itemId: item.id,
          patch: { bespreekdoel, question: question.trim(), timeboxMinutes },
        },
        now,
      );
      if (!edited.ok) {
        setRefusal(labels.problem(edited.error));
        return;
      }
      next = edited.value;
      itemId = item.id;
    } else {
      if (picked === null) return;
      const added = meetingWithCase(
        meeting,
        template,
        context,
        picked,
        { bespreekdoel, question: question.trim(), timeboxMinutes, requestedMode: mode },
        now,
      );
      if (!added.ok) {
        setRefusal(labels.problem(added.error));
        return;
      }
      next = added.value.meeting;
      itemId = added.value.itemId;
    }
    setRefusal(null);
    const added = item === undefined ? picked : null;
    await attempt(async () => {
      await session.records.put('meeting', next);
      // On the agenda the case is "in bespreking" (the care route, records/caseRoute.ts).
      if (added !== null) await caseWentOnAgenda(session, meeting, added.caseId);
      onSaved(itemId);
    });
  };

  return (
    <FormDialog
      title={
        item === undefined
          ? t('meetings.itemDialog.addTitle')
          : t('meetings.itemDialog.editTitle', { item: itemLabel ?? '' })
      }
      submitLabel={
        item === undefined ? t('meetings.itemDialog.add') : t('meetings.itemDialog.save')
      }
      cancelLabel={t('meetings.cancel')}
      dirty={dirty}
      busy={busy}
      error={refusal ?? (failed ? t('meetings.saveFailed') : null)}
      maxWidth="md"
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      {item === undefined ? (
        <AgendaCasePicker
          options={options}
          picked={picked}
          error={errors.case}
          onPick={(value) => {
            setPicked(value);
            setRequested('named');
            if (errors.case !== undefined) setErrors({ ...errors, case: undefined });
          }}
        />
      ) : null}
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('meetings.itemDialog.bespreekdoel')}</FormLabel>
        <RadioGroup
          value={bespreekdoel}
          onChange={(event) => setBespreekdoel(event.target.value as Bespreekdoel)}
        >
          {BESPREEKDOELEN.map((doel) => (
            <FormControlLabel
              key={doel}
              value={doel}
              control={<Radio />}
              label={t(`meetings.bespreekdoel.${doel}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        label={t('meetings.itemDialog.question')}
        multiline
        minRows={2}
        autoFocus={item !== undefined}
        value={question}
        onChange={(event) => setQuestion(event.target.value)}
        error={errors.question !== undefined}
        helperText={errors.question ?? t('meetings.itemDialog.questionHelp')}
        fullWidth
      />
      <TextField
        label={t('meetings.itemDialog.timebox')}
        type="number"
        value={timebox}
        onChange={(event) => setTimebox(event.target.value)}
        error={errors.timebox !== undefined}
        helperText={
          errors.timebox ??
          t('meetings.itemDialog.timeboxHelp', { minutes: template.defaultTimeboxMinutes })
        }
        slotProps={{ htmlInput: { min: 1, max: 240, step: 1 } }}
        sx={{ maxWidth: 260 }}
      />
      {item === undefined && picked !== null && decision !== undefined ? (
        <ItemModeFieldset
          mode={mode}
          decision={decision}
          picked={picked}
          meetingKind={meeting.kind}
          onRequest={setRequested}
        />
      ) : null}
    </FormDialog>
  );
}
