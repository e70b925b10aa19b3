// Runs in: renderer.
//
// The actieplan's evaluation moments: one moment with its date, whether it is held, overdue
// or planned, its note, and the buttons to mark it held or delete it; and above the list a
// warning for the overdue ones and the date of the next.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DeleteOutlineOutlinedIcon from '@mui/icons-material/DeleteOutlineOutlined';
import { useTranslation } from 'react-i18next';
import {
  pendingEvaluations,
  type Actieplan,
  type EvaluationMoment,
} from '../../../../../../shared/meetings/actieplan';
import { evaluationState } from '../../../../../../shared/meetings/actieplanEdit';
import { formatIsoDate } from '../../../../i18n/dates';
import { useLanguage } from '../../../../i18n/useLanguage';
import { actieplanDomId } from './actieplanDomId';

const STATE_COLOURS = { overdue: 'error', done: 'success', planned: 'default' } as const;

export function EvaluationItem({
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
  const state = evaluationState(moment, today);
  return (
    <Paper
      component="li"
      variant="outlined"
      id={actieplanDomId('evaluation', moment.id)}
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
            variant={state === 'overdue' ? 'filled' : 'outlined'}
            color={STATE_COLOURS[state]}
            label={t(`actieplan.evaluations.${state}`)}
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
export function EvaluationSummary({
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
