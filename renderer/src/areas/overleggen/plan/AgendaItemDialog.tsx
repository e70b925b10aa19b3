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
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { displayName } from '../../../../../shared/domain/pupil';
import { caseActions } from '../../../../../shared/meetings/actieplan';
import { addAgendaItem, agendaItemMode } from '../../../../../shared/meetings/agenda';
import { applyRouteEvent } from '../../../records/caseRoute';
import { carryOver } from '../../../../../shared/meetings/carryOver';
import {
  BESPREEKDOELEN,
  type AgendaItem,
  type Bespreekdoel,
  type ItemMode,
  type Meeting,
} from '../../../../../shared/meetings/meeting';
import { editMinutes } from '../../../../../shared/meetings/minutes';
import { finalise } from '../../../../../shared/meetings/edit';
import { suggestAttendees } from '../../../../../shared/meetings/planning';
import type { MeetingTemplate } from '../../../../../shared/meetings/templates';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { formatIsoDate } from '../../../i18n/dates';
import { todayIso } from '../../../../../shared/domain/dates';
import { useLanguage } from '../../../i18n/useLanguage';
import { useSession } from '../../../security/VaultProvider';
import { newRecordId } from '../../../vault';
import { ConsentReasons } from './ConsentReasons';
import { caseOptions, type CaseOption } from './planScreenRules';
import { useMeetingLabels } from './useMeetingLabels';
import type { AgendaContext } from './useMeetingData';

/**
 * For a kind where the parents take a seat (driehoeksoverleg), the parents with gezag join
 * the attendees once their child is on the agenda by name. Never for an anonymous item: the
 * parents' names would tell who the child is.
 */
function withParents(
  meeting: Meeting,
  item: AgendaItem,
  picked: CaseOption,
  template: MeetingTemplate,
  now: string,
): Meeting {
  if (item.mode !== 'named') return meeting;
  const parentRoles = template.attendeeRoles.filter((r) => r.parents === true);
  if (parentRoles.length === 0) return meeting;
  const present = new Set(meeting.attendees.map((a) => a.name.trim().toLowerCase()));
  const suggested = suggestAttendees(
    { attendeeRoles: parentRoles },
    {
      contacts: [],
      organisations: [],
      guardians: picked.pupil.guardians,
      onDate: meeting.date,
      newId: newRecordId,
    },
  );
  const parents = suggested.attendees.filter((a) => !present.has(a.name.trim().toLowerCase()));
  if (parents.length === 0) return meeting;
  const result = finalise({ ...meeting, attendees: [...meeting.attendees, ...parents] }, now);
  return result.ok ? result.value : meeting;
}

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

type Field = 'case' | 'question' | 'timebox';

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
  const { language } = useLanguage();
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
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
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

  // Several open cases of one pupil are told apart by the signal date.
  const optionLabel = (option: CaseOption): string => {
    const sameName = options.filter((o) => o.pupilId === option.pupilId).length > 1;
    const group =
      option.pupil.group !== undefined
        ? t('meetings.itemDialog.group', { group: option.pupil.group })
        : '';
    const since = sameName
      ? t('meetings.itemDialog.caseSince', {
          date: formatIsoDate(option.zorgdossier.signal.date, language),
        })
      : '';
    return [displayName(option.pupil), group, since].filter((p) => p !== '').join(', ');
  };

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (item === undefined && picked === null) found.case = t('meetings.itemDialog.errors.case');
    const minutes = Number(timebox);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240)
      found.timebox = t('meetings.itemDialog.errors.timebox');
    if (question.length > 2000) found.question = t('meetings.itemDialog.errors.question');
    return found;
  };

  const submit = async (): Promise<void> => {
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
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
      const snapshot = carryOver(picked.caseId, context.meetings, caseActions(context.plans), {
        onDate: todayIso(),
        forMeeting: meeting,
      });
      const added = addAgendaItem(
        meeting,
        {
          id: newRecordId(),
          caseId: picked.caseId,
          pupilId: picked.pupilId,
          bespreekdoel,
          question: question.trim(),
          timeboxMinutes,
          requestedMode: mode,
          carryOver: snapshot,
        },
        { pupil: picked.pupil, consents: pupilConsents },
        template,
        now,
      );
      if (!added.ok) {
        setRefusal(labels.problem(added.error));
        return;
      }
      next = withParents(added.value.meeting, added.value.item, picked, template, now);
      itemId = added.value.item.id;
    }
    setRefusal(null);
    const added = item === undefined ? picked : null;
    await attempt(async () => {
      await session.records.put('meeting', next);
      // On the agenda the case is "in bespreking" (the care route, records/caseRoute.ts).
      if (added !== null)
        await applyRouteEvent(session, added.caseId, {
          cause: 'agenda',
          refId: meeting.id,
          date: todayIso(),
        });
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
        options.length === 0 ? (
          <Alert severity="info">{t('meetings.itemDialog.noCases')}</Alert>
        ) : (
          <Autocomplete
            options={options}
            value={picked}
            onChange={(_event, value) => {
              setPicked(value);
              setRequested('named');
              if (errors.case !== undefined) setErrors({ ...errors, case: undefined });
            }}
            getOptionLabel={optionLabel}
            isOptionEqualToValue={(a, b) => a.caseId === b.caseId}
            autoHighlight
            noOptionsText={t('meetings.itemDialog.noMatch')}
            openText={t('meetings.itemDialog.open')}
            closeText={t('meetings.itemDialog.close')}
            clearText={t('meetings.itemDialog.clear')}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('meetings.itemDialog.pupil')}
                required
                autoFocus
                error={errors.case !== undefined}
                helperText={errors.case ?? t('meetings.itemDialog.pupilHelp')}
              />
            )}
          />
        )
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
      {item === undefined && picked !== null ? (
        <FormControl component="fieldset">
          <FormLabel component="legend">{t('meetings.itemDialog.mode')}</FormLabel>
          <RadioGroup
            value={mode}
            onChange={(event) => setRequested(event.target.value as ItemMode)}
          >
            <FormControlLabel
              value="named"
              disabled={forced}
              control={<Radio />}
              label={t('meetings.itemDialog.named')}
            />
            <FormControlLabel
              value="anonymous"
              control={<Radio />}
              label={t('meetings.itemDialog.anonymous')}
            />
          </RadioGroup>
          {forced ? (
            <Alert severity="warning" sx={{ mt: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {t('meetings.itemDialog.forcedAnonymous', {
                  kind: t(`meetings.kinds.${meeting.kind}`),
                })}
              </Typography>
              {decision !== undefined && decision.mode === 'anonymous' ? (
                <ConsentReasons
                  reasons={decision.reasons}
                  pupilId={picked.pupilId}
                  caseId={picked.caseId}
                />
              ) : null}
            </Alert>
          ) : (
            <FormHelperText sx={{ mx: 0 }}>{t('meetings.itemDialog.consentOk')}</FormHelperText>
          )}
        </FormControl>
      ) : null}
    </FormDialog>
  );
}
