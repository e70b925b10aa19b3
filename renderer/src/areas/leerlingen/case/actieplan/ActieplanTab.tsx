// Runs in: renderer.
//
// The case's actieplan ("één kind, één plan", brief §4): goals for school and home side by side
// per leefgebied, actions with owner, due date, status and outcome (those agreed in a meeting
// show which meeting), and evaluation moments. The plan record is created on the first write.
import { useCallback, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import AssignmentOutlinedIcon from '@mui/icons-material/AssignmentOutlined';
import DeleteOutlineOutlinedIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { useTranslation } from 'react-i18next';
import { usePendingFocus } from '../../../../components/usePendingFocus';
import { CARE_SETTINGS_RECORD_ID } from '../../../../../../shared/domain/careSettings';
import { compareIsoDates, todayIso } from '../../../../../../shared/domain/dates';
import {
  DEFAULT_LEEFGEBIEDEN,
  leefgebiedLabel,
  type Leefgebied,
} from '../../../../../../shared/domain/leefgebieden';
import {
  emptyActieplan,
  GOAL_SIDES,
  goalsSideBySide,
  pendingEvaluations,
  type Actieplan,
  type EvaluationMoment,
  type Goal,
} from '../../../../../../shared/meetings/actieplan';
import {
  PARENTS_FEEDBACK_ACTION_KIND,
  type PlanAction,
} from '../../../../../../shared/meetings/actions';
import type { TextDraft } from '../../../../../../shared/records/textDraft';
import { useRestoreInto } from '../../../../app/autosave/draftRestore';
import { EmptyState } from '../../../../components/EmptyState';
import { formatIsoDate } from '../../../../i18n/dates';
import { useLanguage } from '../../../../i18n/useLanguage';
import { useRecord } from '../../../../records/useRecords';
import { useSession } from '../../../../security/VaultProvider';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { ActionDialog } from './ActionDialog';
import { ActionSource } from '../../../../meetings/ActionSource';
import {
  actionsInPlanOrder,
  evaluationsInOrder,
  isOverdue,
  removeEvaluation,
  removeGoal,
} from '../../../../../../shared/meetings/actieplanEdit';
import { EvaluationDialog } from './EvaluationDialog';
import { GoalDialog } from './GoalDialog';
import { useActieplan } from './useActieplan';

type OpenDialog =
  | { readonly kind: 'goal'; readonly goal?: Goal | undefined; readonly restored?: TextDraft }
  | { readonly kind: 'delete-goal'; readonly goal: Goal }
  | {
      readonly kind: 'action';
      readonly action?: PlanAction | undefined;
      readonly restored?: TextDraft;
    }
  | {
      readonly kind: 'evaluation';
      readonly moment?: EvaluationMoment | undefined;
      readonly restored?: TextDraft;
    }
  | { readonly kind: 'delete-evaluation'; readonly moment: EvaluationMoment }
  | null;

/** The dialog drafts this tab reopens after a crash (Herstellen). */
const RESTORED_KINDS = ['actieplan.goal', 'actieplan.action', 'actieplan.evaluation'] as const;

function domId(kind: 'goal' | 'action' | 'evaluation', id: string): string {
  return `actieplan-${kind}-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function Section({
  title,
  intro,
  action,
  children,
}: {
  readonly title: string;
  readonly intro: string;
  readonly action: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <Box component="section">
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1.5}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'flex-end' }, mb: 1.5 }}
      >
        <Box>
          <Typography variant="h3">{title}</Typography>
          <Typography variant="body2" color="text.secondary">
            {intro}
          </Typography>
        </Box>
        <Box sx={{ flexShrink: 0 }}>{action}</Box>
      </Stack>
      {children}
    </Box>
  );
}

function GoalCell({
  goals,
  leefgebieden,
  onEdit,
  onDelete,
}: {
  readonly goals: readonly Goal[];
  readonly leefgebieden: readonly Leefgebied[];
  readonly onEdit: (goal: Goal) => void;
  readonly onDelete: (goal: Goal) => void;
}) {
  const { t } = useTranslation();
  if (goals.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('actieplan.goals.noGoalForSide')}
      </Typography>
    );
  }
  return (
    <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {goals.map((goal) => {
        const others = goal.leefgebieden
          .slice(1)
          .map((id) => leefgebiedLabel(leefgebieden, id) ?? id);
        return (
          <Box
            component="li"
            key={goal.id}
            id={domId('goal', goal.id)}
            tabIndex={-1}
            sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
            data-testid="actieplan-goal"
          >
            <Box sx={{ flexGrow: 1, minWidth: 0 }}>
              <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {goal.text}
              </Typography>
              {others.length > 0 ? (
                <Typography variant="body2" color="text.secondary">
                  {t('actieplan.goals.alsoFor', { labels: others.join(', ') })}
                </Typography>
              ) : null}
            </Box>
            <Tooltip title={t('actieplan.common.edit')}>
              <IconButton
                size="small"
                aria-label={t('actieplan.goals.editGoal', { text: goal.text })}
                onClick={() => onEdit(goal)}
              >
                <EditOutlinedIcon fontSize="small" />
              </IconButton>
            </Tooltip>
            <Tooltip title={t('actieplan.common.delete')}>
              <IconButton
                size="small"
                aria-label={t('actieplan.goals.deleteGoal', { text: goal.text })}
                onClick={() => onDelete(goal)}
              >
                <DeleteOutlineOutlinedIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Box>
        );
      })}
    </Stack>
  );
}

function ActionItem({
  action,
  today,
  onEdit,
}: {
  readonly action: PlanAction;
  readonly today: string;
  readonly onEdit: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const overdue = isOverdue(action, today);
  const owner =
    action.ownerOrganisation === ''
      ? action.ownerName
      : t('actieplan.actions.ownerLine', {
          name: action.ownerName,
          organisation: action.ownerOrganisation,
        });
  return (
    <Paper
      component="li"
      variant="outlined"
      id={domId('action', action.id)}
      tabIndex={-1}
      data-testid="actieplan-action"
      data-overdue={overdue ? 'true' : undefined}
      sx={{
        p: 2,
        display: 'flex',
        gap: 2,
        alignItems: 'flex-start',
        borderLeftWidth: overdue ? 4 : 1,
        borderLeftColor: overdue ? 'error.main' : 'divider',
      }}
    >
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        >
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {action.description}
          </Typography>
          <Chip
            size="small"
            variant="outlined"
            label={t('actieplan.actions.status', {
              status: t(`meetings.actionStatus.${action.status}`),
            })}
          />
          {overdue ? (
            <Chip size="small" color="error" label={t('actieplan.actions.overdue')} />
          ) : null}
          {action.kind === PARENTS_FEEDBACK_ACTION_KIND ? (
            <Chip
              size="small"
              variant="outlined"
              color="primary"
              label={t('actieplan.actions.feedbackTask')}
            />
          ) : null}
        </Stack>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t('actieplan.actions.owner')}: {owner}
          {' · '}
          {action.dueDate === undefined
            ? t('actieplan.actions.noDue')
            : t('actieplan.actions.due', { date: formatIsoDate(action.dueDate, language) })}
        </Typography>
        {action.outcome.trim() !== '' ? (
          <Typography
            variant="body2"
            sx={{ mt: 0.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          >
            {t('actieplan.actions.outcome', { outcome: action.outcome })}
          </Typography>
        ) : null}
        <Box sx={{ mt: 0.5 }}>
          <ActionSource action={action} />
        </Box>
      </Box>
      <Button
        size="small"
        startIcon={<EditOutlinedIcon />}
        aria-label={t('actieplan.actions.editAction', { description: action.description })}
        onClick={onEdit}
        sx={{ flexShrink: 0 }}
      >
        {t('actieplan.common.edit')}
      </Button>
    </Paper>
  );
}

function EvaluationItem({
  moment,
  today,
  onDone,
  onDelete,
}: {
  readonly moment: EvaluationMoment;
  readonly today: string;
  readonly onDone: () => void;
  readonly onDelete: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const date = formatIsoDate(moment.date, language);
  const late = !moment.done && compareIsoDates(moment.date, today) < 0;
  return (
    <Paper
      component="li"
      variant="outlined"
      id={domId('evaluation', moment.id)}
      tabIndex={-1}
      data-testid="actieplan-evaluation"
      sx={{ p: 2, display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}
    >
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography sx={{ fontWeight: 600 }}>
            <time dateTime={moment.date}>{date}</time>
          </Typography>
          <Chip
            size="small"
            variant={late ? 'filled' : 'outlined'}
            color={late ? 'error' : moment.done ? 'success' : 'default'}
            label={
              moment.done
                ? t('actieplan.evaluations.done')
                : late
                  ? t('actieplan.evaluations.overdue')
                  : t('actieplan.evaluations.planned')
            }
          />
        </Stack>
        {moment.note.trim() !== '' ? (
          <Typography sx={{ mt: 0.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {moment.note}
          </Typography>
        ) : null}
      </Box>
      <Stack direction="row" spacing={0.5}>
        {!moment.done ? (
          <Button
            size="small"
            variant="outlined"
            aria-label={t('actieplan.evaluations.markDoneLabel', { date })}
            onClick={onDone}
          >
            {t('actieplan.evaluations.markDone')}
          </Button>
        ) : null}
        <Tooltip title={t('actieplan.common.delete')}>
          <IconButton
            size="small"
            aria-label={t('actieplan.evaluations.deleteLabel', { date })}
            onClick={onDelete}
          >
            <DeleteOutlineOutlinedIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Stack>
    </Paper>
  );
}

/** Above the evaluation moments: a warning for the overdue ones and the date of the next. */
function EvaluationSummary({
  plan,
  today,
}: {
  readonly plan: Actieplan | undefined;
  readonly today: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const pending = pendingEvaluations(plan ?? { evaluationMoments: [] }, today);
  const nextEvaluation = pending.upcoming[0];
  return (
    <>
      {pending.overdue.length > 0 ? (
        <Alert severity="warning" sx={{ mb: 1.5 }}>
          {t('actieplan.evaluations.overdueAlert', { count: pending.overdue.length })}
        </Alert>
      ) : null}
      {nextEvaluation !== undefined ? (
        <Typography sx={{ mb: 1.5 }}>
          {t('actieplan.evaluations.next', { date: formatIsoDate(nextEvaluation.date, language) })}
        </Typography>
      ) : null}
    </>
  );
}

function isEmpty(plan: Actieplan | undefined): boolean {
  return (
    plan === undefined ||
    (plan.goals.length === 0 && plan.actions.length === 0 && plan.evaluationMoments.length === 0)
  );
}

export function ActieplanTab({ caseId }: { readonly caseId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const { plan, write } = useActieplan(session, caseId);
  const careSettings = useRecord(session, 'school.care-settings', CARE_SETTINGS_RECORD_ID);
  const leefgebieden = careSettings?.leefgebieden ?? DEFAULT_LEEFGEBIEDEN;
  const today = todayIso();
  const [open, setOpen] = useState<OpenDialog>(null);
  useRestoreInto(
    caseId,
    RESTORED_KINDS,
    useCallback(
      (draft: TextDraft) => {
        switch (draft.kind) {
          case 'actieplan.goal':
            setOpen({
              kind: 'goal',
              goal: plan?.goals.find((g) => g.id === draft.targetId),
              restored: draft,
            });
            return;
          case 'actieplan.action':
            setOpen({
              kind: 'action',
              action: plan?.actions.find((a) => a.id === draft.targetId),
              restored: draft,
            });
            return;
          case 'actieplan.evaluation':
            setOpen({
              kind: 'evaluation',
              moment: plan?.evaluationMoments.find((m) => m.id === draft.targetId),
              restored: draft,
            });
            return;
          case 'case.entry':
          case 'case.working-note':
          case 'case.voice':
          case 'meldcode.step':
            return;
          default: {
            const never: never = draft.kind;
            return never;
          }
        }
      },
      [plan],
    ),
  );
  // Focus moves to what was just added or changed, so keyboard and screen-reader users land on it.
  const focusLater = usePendingFocus();

  const rows = plan === undefined ? [] : goalsSideBySide(plan, leefgebieden);
  const actions = actionsInPlanOrder(plan?.actions ?? []);
  const moments = evaluationsInOrder(plan?.evaluationMoments ?? []);

  const dialogs = (
    <>
      {open?.kind === 'goal' ? (
        <GoalDialog
          caseId={caseId}
          leefgebieden={leefgebieden}
          {...(open.goal === undefined ? {} : { goal: open.goal })}
          restored={open.restored}
          onClose={() => setOpen(null)}
          onSaved={(id) => {
            setOpen(null);
            focusLater(domId('goal', id));
          }}
        />
      ) : null}
      {open?.kind === 'delete-goal' ? (
        <ConfirmDialog
          title={t('actieplan.goals.deleteDialog.title')}
          text={t('actieplan.goals.deleteDialog.text', { text: open.goal.text })}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await write((current, now) =>
              removeGoal(current ?? emptyActieplan(caseId, now), open.goal.id, now),
            );
            setOpen(null);
            focusLater('actieplan-goals-add');
          }}
        />
      ) : null}
      {open?.kind === 'action' ? (
        <ActionDialog
          caseId={caseId}
          {...(open.action === undefined ? {} : { action: open.action })}
          restored={open.restored}
          onClose={() => setOpen(null)}
          onSaved={(id) => {
            setOpen(null);
            focusLater(domId('action', id));
          }}
        />
      ) : null}
      {open?.kind === 'evaluation' ? (
        <EvaluationDialog
          caseId={caseId}
          {...(open.moment === undefined ? {} : { moment: open.moment })}
          restored={open.restored}
          onClose={() => setOpen(null)}
          onSaved={(id) => {
            setOpen(null);
            focusLater(domId('evaluation', id));
          }}
        />
      ) : null}
      {open?.kind === 'delete-evaluation' ? (
        <ConfirmDialog
          title={t('actieplan.evaluations.deleteDialog.title')}
          text={t('actieplan.evaluations.deleteDialog.text', {
            date: formatIsoDate(open.moment.date, language),
          })}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await write((current, now) =>
              removeEvaluation(current ?? emptyActieplan(caseId, now), open.moment.id, now),
            );
            setOpen(null);
            focusLater('actieplan-evaluations-add');
          }}
        />
      ) : null}
    </>
  );

  if (isEmpty(plan)) {
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

        <Section
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
            <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
              <Table
                aria-label={t('actieplan.goals.tableLabel')}
                sx={{ tableLayout: 'fixed', minWidth: 560 }}
              >
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: '22%' }}>{t('actieplan.goals.leefgebied')}</TableCell>
                    {GOAL_SIDES.map((side) => (
                      <TableCell key={side}>{t(`meetings.goalSide.${side}`)}</TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((row) => (
                    <TableRow key={row.leefgebied} sx={{ verticalAlign: 'top' }}>
                      <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                        {row.label}
                      </TableCell>
                      {GOAL_SIDES.map((side) => (
                        <TableCell key={side}>
                          <GoalCell
                            goals={row[side]}
                            leefgebieden={leefgebieden}
                            onEdit={(goal) => setOpen({ kind: 'goal', goal })}
                            onDelete={(goal) => setOpen({ kind: 'delete-goal', goal })}
                          />
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Paper>
          )}
        </Section>

        <Section
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
                <ActionItem
                  key={action.id}
                  action={action}
                  today={today}
                  onEdit={() => setOpen({ kind: 'action', action })}
                />
              ))}
            </Stack>
          )}
        </Section>

        <Section
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
        </Section>
      </Stack>
      {dialogs}
    </>
  );
}
