// Runs in: renderer.
//
// The case's actieplan ("één kind, één plan", brief §4): goals for school and home side by side
// per leefgebied, actions with owner, due date, status and outcome (those agreed in a meeting
// show which meeting), and evaluation moments. The plan record is created on the first write.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import AssignmentOutlinedIcon from '@mui/icons-material/AssignmentOutlined';
import { useTranslation } from 'react-i18next';
import { usePendingFocus } from '../../../../components/usePendingFocus';
import { CARE_SETTINGS_RECORD_ID } from '../../../../../../shared/domain/careSettings';
import { todayIso } from '../../../../../../shared/domain/dates';
import { DEFAULT_LEEFGEBIEDEN } from '../../../../../../shared/domain/leefgebieden';
import { goalsSideBySide } from '../../../../../../shared/meetings/actieplan';
import {
  actionsInPlanOrder,
  evaluationsInOrder,
  isEmptyActieplan,
} from '../../../../../../shared/meetings/actieplanEdit';
import { EmptyState } from '../../../../components/EmptyState';
import { useRecord } from '../../../../records/useRecords';
import { useSession } from '../../../../security/VaultProvider';
import { ActieplanDialogs, useRestoredActieplanDialog, type OpenDialog } from './ActieplanDialogs';
import { ActieplanSection } from './ActieplanSection';
import { EvaluationItem, EvaluationSummary } from './EvaluationItem';
import { GoalsTable } from './GoalsTable';
import { PlanActionItem } from './PlanActionItem';
import { useActieplan } from './useActieplan';

export function ActieplanTab({ caseId }: { readonly caseId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const { plan, write } = useActieplan(session, caseId);
  const careSettings = useRecord(session, 'school.care-settings', CARE_SETTINGS_RECORD_ID);
  const leefgebieden = careSettings?.leefgebieden ?? DEFAULT_LEEFGEBIEDEN;
  const today = todayIso();
  const [open, setOpen] = useState<OpenDialog>(null);
  useRestoredActieplanDialog(caseId, plan, setOpen);
  // Focus moves to what was just added or changed, so keyboard and screen-reader users land on it.
  const focusLater = usePendingFocus();

  const rows = plan === undefined ? [] : goalsSideBySide(plan, leefgebieden);
  const actions = actionsInPlanOrder(plan?.actions ?? []);
  const moments = evaluationsInOrder(plan?.evaluationMoments ?? []);

  const dialogs = (
    <ActieplanDialogs
      caseId={caseId}
      leefgebieden={leefgebieden}
      open={open}
      write={write}
      focusLater={focusLater}
      onClose={() => setOpen(null)}
    />
  );

  if (isEmptyActieplan(plan)) {
    return (
      <>
        <EmptyState
          icon={AssignmentOutlinedIcon}
          title={t('actieplan.empty.title')}
          description={t('actieplan.empty.description')}
          nextStep={t('actieplan.empty.nextStep')}
          action={
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
              <Button
                variant="contained"
                startIcon={<AddIcon />}
                onClick={() => setOpen({ kind: 'goal' })}
              >
                {t('actieplan.empty.addGoal')}
              </Button>
              <Button
                variant="outlined"
                startIcon={<AddIcon />}
                onClick={() => setOpen({ kind: 'action' })}
              >
                {t('actieplan.empty.addAction')}
              </Button>
            </Stack>
          }
        />
        {dialogs}
      </>
    );
  }

  // The dialogs stand at the same place in both returns (second child of a fragment), so an
  // open dialog is not mounted afresh when its save turns the empty plan into a plan: a
  // remount would take the restored draft up again and write it back after it was deleted.
  return (
    <>
      <Stack spacing={4}>
        <Box>
          <Typography variant="h2" sx={{ mb: 0.5 }}>
            {t('actieplan.heading')}
          </Typography>
          <Typography color="text.secondary" sx={{ maxWidth: 720 }}>
            {t('actieplan.intro')}
          </Typography>
        </Box>

        <ActieplanSection
          title={t('actieplan.goals.heading')}
          intro={t('actieplan.goals.intro')}
          action={
            <Button
              id="actieplan-goals-add"
              variant="outlined"
              startIcon={<AddIcon />}
              onClick={() => setOpen({ kind: 'goal' })}
            >
              {t('actieplan.goals.add')}
            </Button>
          }
        >
          {rows.length === 0 ? (
            <Typography color="text.secondary">{t('actieplan.goals.none')}</Typography>
          ) : (
            <GoalsTable
              rows={rows}
              leefgebieden={leefgebieden}
              onEdit={(goal) => setOpen({ kind: 'goal', goal })}
              onDelete={(goal) => setOpen({ kind: 'delete-goal', goal })}
            />
          )}
        </ActieplanSection>

        <ActieplanSection
          title={t('actieplan.actions.heading')}
          intro={t('actieplan.actions.intro')}
          action={
            <Button
              variant="outlined"
              startIcon={<AddIcon />}
              onClick={() => setOpen({ kind: 'action' })}
            >
              {t('actieplan.actions.add')}
            </Button>
          }
        >
          {actions.length === 0 ? (
            <Typography color="text.secondary">{t('actieplan.actions.none')}</Typography>
          ) : (
            <Stack
              component="ul"
              aria-label={t('actieplan.actions.listLabel')}
              spacing={1.5}
              sx={{ listStyle: 'none', p: 0, m: 0 }}
            >
              {actions.map((action) => (
                <PlanActionItem
                  key={action.id}
                  action={action}
                  today={today}
                  onEdit={() => setOpen({ kind: 'action', action })}
                />
              ))}
            </Stack>
          )}
        </ActieplanSection>

        <ActieplanSection
          title={t('actieplan.evaluations.heading')}
          intro={t('actieplan.evaluations.intro')}
          action={
            <Button
              id="actieplan-evaluations-add"
              variant="outlined"
              startIcon={<AddIcon />}
              onClick={() => setOpen({ kind: 'evaluation' })}
            >
              {t('actieplan.evaluations.add')}
            </Button>
          }
        >
          <EvaluationSummary plan={plan} today={today} />
          {moments.length === 0 ? (
            <Typography color="text.secondary">{t('actieplan.evaluations.none')}</Typography>
          ) : (
            <Stack
              component="ul"
              aria-label={t('actieplan.evaluations.listLabel')}
              spacing={1.5}
              sx={{ listStyle: 'none', p: 0, m: 0 }}
            >
              {moments.map((moment) => (
                <EvaluationItem
                  key={moment.id}
                  moment={moment}
                  today={today}
                  onDone={() => setOpen({ kind: 'evaluation', moment })}
                  onDelete={() => setOpen({ kind: 'delete-evaluation', moment })}
                />
              ))}
            </Stack>
          )}
        </ActieplanSection>
      </Stack>
      {dialogs}
    </>
  );
}
