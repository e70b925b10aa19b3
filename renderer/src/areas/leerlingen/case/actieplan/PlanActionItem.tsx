// Runs in: renderer.
//
// One action of the actieplan: what, its status (overdue ones marked), the parents' feedback
// task marked as such, who does it by when, what came of it, and the meeting it was agreed in.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { useTranslation } from 'react-i18next';
import { isOverdue } from '../../../../../../shared/meetings/actieplanEdit';
import {
  PARENTS_FEEDBACK_ACTION_KIND,
  type PlanAction,
} from '../../../../../../shared/meetings/actions';
import { formatIsoDate } from '../../../../i18n/dates';
import { useLanguage } from '../../../../i18n/useLanguage';
import { ActionSource } from '../../../../meetings/ActionSource';
import { actieplanDomId } from './actieplanDomId';

export function PlanActionItem({
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
      id={actieplanDomId('action', action.id)}
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
