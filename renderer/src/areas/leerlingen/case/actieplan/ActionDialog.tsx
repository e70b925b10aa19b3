// Runs in: renderer.
//
// Adds an action to the actieplan or edits one (status, outcome, due date, owner). An action
// that came from a meeting keeps its source; its status and outcome are followed up here, in
// the plan, from the moment it landed (docs/meetings.md: landActions). What is typed is kept
// as a draft until it is saved or cancelled (useTextDraft), so a crash does not lose it.
// Who the owner works for is the user's choice; the typed organisation only suggests it.
import { useMemo, useState } from 'react';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { updatePlanAction } from '../../../../../../shared/meetings/actieplan';
import {
  ACTION_STATUSES,
  OWNER_KINDS,
  type ActionStatus,
  type PlanAction,
} from '../../../../../../shared/meetings/actions';
import type { TextDraft } from '../../../../../../shared/records/textDraft';
import { todayIso } from '../../../../../../shared/domain/dates';
import { draftText, useTextDraft } from '../../../../app/autosave/useTextDraft';
import { useSession } from '../../../../security/VaultProvider';
import { newRecordId } from '../../../../vault';
import { FormDialog } from '../../../../components/FormDialog';
import { OwnerKindSuggestion } from '../../../../components/OwnerKindSuggestion';
import {
  actionErrors,
  applyActionInput,
  dueDateInPast,
  savePlanAction,
  type ActionFieldErrors,
  type ActionInput,
} from '../../../../../../shared/meetings/actieplanEdit';
import { writePlan } from './useActieplan';
import { useSaveAttempt } from '../../../../components/useSaveAttempt';

export interface ActionDialogProps {
  readonly caseId: string;
  readonly action?: PlanAction;
  /** Text the user chose to restore after a crash (TextDraftRecovery). */
  readonly restored?: TextDraft | undefined;
  /** The action is an agreement with a day to look again (the meldcode's monitoring). */
  readonly dueDateRequired?: boolean;
  readonly onClose: () => void;
  readonly onSaved: (actionId: string) => void;
}

function isStatus(value: string): value is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(value);
}

function isOwnerKind(value: string): value is ActionInput['ownerKind'] {
  return (OWNER_KINDS as readonly string[]).includes(value);
}

/** The dialog's fields from a restored draft, each falling back to `initial` when absent or no longer valid. */
function restoredInput(initial: ActionInput, restored: TextDraft | undefined): ActionInput {
  if (restored === undefined) return initial;
  const ownerKind = draftText(restored, 'ownerKind', initial.ownerKind);
  const status = draftText(restored, 'status', initial.status);
  return {
    description: draftText(restored, 'description', initial.description),
    ownerName: draftText(restored, 'ownerName', initial.ownerName),
    ownerOrganisation: draftText(restored, 'ownerOrganisation', initial.ownerOrganisation),
    ownerKind: isOwnerKind(ownerKind) ? ownerKind : initial.ownerKind,
    dueDate: draftText(restored, 'dueDate', initial.dueDate),
    status: isStatus(status) ? status : initial.status,
    outcome: draftText(restored, 'outcome', initial.outcome),
  };
}

export function ActionDialog({
  caseId,
  action,
  restored,
  dueDateRequired = false,
  onClose,
  onSaved,
}: ActionDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const initial: ActionInput = {
    description: action?.description ?? '',
    ownerName: action?.ownerName ?? session.profile.userName,
    ownerOrganisation: action?.ownerOrganisation ?? session.profile.schoolName,
    ownerKind: action?.ownerKind ?? 'school',
    dueDate: action?.dueDate ?? '',
    status: action?.status ?? 'open',
    outcome: action?.outcome ?? '',
  };
  const [input, setInput] = useState<ActionInput>(() => restoredInput(initial, restored));
  const [tried, setTried] = useState(false);
  const { busy, failed, attempt } = useSaveAttempt();
  const errors: ActionFieldErrors = tried ? actionErrors(input, { dueDateRequired }) : {};
  const dirty = (Object.keys(initial) as (keyof ActionInput)[]).some(
    (key) => initial[key] !== input[key],
  );
  const draft = useTextDraft(
    { kind: 'actieplan.action', caseId, targetId: action?.id, restored },
    useMemo(() => ({ ...input }), [input]),
    dirty,
  );
  const close = () => {
    void draft.discard();
    onClose();
  };
  const set = <K extends keyof ActionInput>(key: K, value: ActionInput[K]) =>
    setInput((current) => ({ ...current, [key]: value }));

  const errorText = (
    error: ActionFieldErrors[keyof ActionFieldErrors],
    help?: string,
  ): string | undefined => {
    switch (error) {
      case 'required':
        return t('actieplan.common.required');
      case 'tooLong':
        return t('actieplan.common.tooLong');
      case 'invalidDate':
        return t('actieplan.common.invalidDate');
      case undefined:
        return help;
      default: {
        const never: never = error;
        return String(never);
      }
    }
  };

  const save = async () => {
    setTried(true);
    if (Object.keys(actionErrors(input, { dueDateRequired })).length > 0) return;
    const id = action?.id ?? newRecordId();
    const next = applyActionInput(id, input, action);
    await attempt(async () => {
      await writePlan<unknown>(session, caseId, (plan, now) =>
        plan !== undefined && action !== undefined
          ? updatePlanAction(plan, next, now)
          : savePlanAction(plan, caseId, next, now),
      );
      await draft.discard();
      onSaved(id);
    });
  };

  return (
    <FormDialog
      open
      title={
        action === undefined
          ? t('actieplan.actions.dialog.addTitle')
          : t('actieplan.actions.dialog.editTitle')
      }
      dirty={dirty}
      busy={busy}
      error={failed ? t('actieplan.common.saveFailed') : undefined}
      onClose={close}
      onSubmit={() => void save()}
      submitLabel={t('actieplan.common.save')}
    >
      <TextField
        label={t('actieplan.actions.dialog.description')}
        value={input.description}
        onChange={(event) => set('description', event.target.value)}
        required
        autoFocus={action === undefined}
        error={errors.description !== undefined}
        helperText={errorText(errors.description, t('actieplan.actions.dialog.descriptionHelp'))}
        fullWidth
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label={t('actieplan.actions.dialog.ownerName')}
          value={input.ownerName}
          onChange={(event) => set('ownerName', event.target.value)}
          required
          error={errors.ownerName !== undefined}
          helperText={errorText(errors.ownerName)}
          fullWidth
        />
        <TextField
          label={t('actieplan.actions.dialog.ownerOrganisation')}
          value={input.ownerOrganisation}
          onChange={(event) => set('ownerOrganisation', event.target.value)}
          error={errors.ownerOrganisation !== undefined}
          helperText={errorText(
            errors.ownerOrganisation,
            t('actieplan.actions.dialog.ownerOrganisationHelp'),
          )}
          fullWidth
        />
      </Stack>
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('actieplan.actions.dialog.ownerKind')}</FormLabel>
        <RadioGroup
          row
          value={input.ownerKind}
          onChange={(event) =>
            set('ownerKind', event.target.value === 'partner' ? 'partner' : 'school')
          }
        >
          {OWNER_KINDS.map((kind) => (
            <FormControlLabel
              key={kind}
              value={kind}
              control={<Radio />}
              label={t(`actieplan.actions.dialog.ownerKinds.${kind}`)}
            />
          ))}
        </RadioGroup>
        <OwnerKindSuggestion
          organisation={input.ownerOrganisation}
          schoolName={session.profile.schoolName}
          value={input.ownerKind}
          anonymous={false}
          onApply={(kind) => set('ownerKind', kind)}
        />
      </FormControl>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label={t('actieplan.actions.dialog.dueDate')}
          type="date"
          value={input.dueDate}
          onChange={(event) => set('dueDate', event.target.value)}
          required={dueDateRequired}
          error={errors.dueDate !== undefined}
          helperText={errorText(
            errors.dueDate,
            dueDateInPast(input, todayIso())
              ? t('actieplan.actions.dialog.dueDatePast')
              : t('actieplan.actions.dialog.dueDateHelp'),
          )}
          slotProps={{ inputLabel: { shrink: true } }}
          fullWidth
        />
        <TextField
          select
          label={t('actieplan.actions.dialog.status')}
          value={input.status}
          onChange={(event) => {
            if (isStatus(event.target.value)) set('status', event.target.value);
          }}
          autoFocus={action !== undefined}
          fullWidth
        >
          {ACTION_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {t(`meetings.actionStatus.${status}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <TextField
        label={t('actieplan.actions.dialog.outcome')}
        value={input.outcome}
        onChange={(event) => set('outcome', event.target.value)}
        multiline
        minRows={2}
        error={errors.outcome !== undefined}
        helperText={errorText(errors.outcome, t('actieplan.actions.dialog.outcomeHelp'))}
        fullWidth
      />
    </FormDialog>
  );
}
