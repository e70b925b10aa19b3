// Runs in: renderer.
//
// The quick "Gedaan" of the Acties view: asks what came of the action (optional) and marks it
// done in its case's actieplan, where the status lives (docs/meetings.md: updatePlanAction).
import { useState } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { actieplanIdFor, updatePlanAction } from '../../../../../shared/meetings/actieplan';
import type { CaseAction, PlanAction } from '../../../../../shared/meetings/actions';
import { FormDialog } from '../../../components/FormDialog';
import { useSession, type AppSession } from '../../../security/VaultProvider';
import { useSaveAttempt } from '../../../components/useSaveAttempt';

/** Sets the action's status (and outcome) in the stored plan of its case. */
export async function setActionInPlan(
  session: AppSession,
  caseId: string,
  action: PlanAction,
): Promise<void> {
  const plan = session.records.get('case.actieplan', actieplanIdFor(caseId));
  if (plan === undefined) throw new Error('plan not found');
  const result = updatePlanAction(plan, action, new Date().toISOString());
  if (!result.ok) throw new Error(result.error.code);
  await session.records.put('case.actieplan', result.value);
}

/** The plan action without the view's caseId. */
export function withoutCase(action: CaseAction): PlanAction {
  const { caseId: _caseId, ...rest } = action;
  void _caseId;
  return rest;
}

export interface MarkActionDoneDialogProps {
  readonly action: CaseAction;
  readonly onClose: () => void;
  /** Called with the action as it was, for undo. */
  readonly onDone: (previous: CaseAction) => void;
}

export function MarkActionDoneDialog({ action, onClose, onDone }: MarkActionDoneDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [outcome, setOutcome] = useState(action.outcome);
  const { busy, failed, attempt } = useSaveAttempt();
  const tooLong = outcome.trim().length > 4000;

  const submit = () => {
    if (tooLong) return;
    void attempt(async () => {
      await setActionInPlan(session, action.caseId, {
        ...withoutCase(action),
        status: 'gedaan',
        outcome: outcome.trim(),
      });
      onDone(action);
    });
  };

  return (
    <FormDialog
      open
      title={t('actieplan.overview.doneDialog.title')}
      submitLabel={t('actieplan.overview.doneDialog.submit')}
      dirty={outcome !== action.outcome}
      busy={busy}
      error={failed ? t('actieplan.common.saveFailed') : null}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        {t('actieplan.overview.doneDialog.text', { description: action.description })}
      </Typography>
      <TextField
        label={t('actieplan.overview.doneDialog.outcome')}
        value={outcome}
        onChange={(event) => setOutcome(event.target.value)}
        multiline
        minRows={2}
        autoFocus
        error={tooLong}
        helperText={
          tooLong ? t('actieplan.common.tooLong') : t('actieplan.overview.doneDialog.outcomeHelp')
        }
        fullWidth
      />
    </FormDialog>
  );
}
