// Runs in: renderer.
//
// The actieplan's goals as a table: one row per leefgebied, the school's and the home's goals
// side by side ("één kind, één plan"), each goal with its edit and delete buttons. A goal
// that covers more leefgebieden says which others.
import Box from '@mui/material/Box';
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
import DeleteOutlineOutlinedIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { useTranslation } from 'react-i18next';
import { leefgebiedLabel, type Leefgebied } from '../../../../../../shared/domain/leefgebieden';
import {
  GOAL_SIDES,
  type Goal,
  type goalsSideBySide,
} from '../../../../../../shared/meetings/actieplan';
import { actieplanDomId } from './actieplanDomId';

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
            id={actieplanDomId('goal', goal.id)}
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

export function GoalsTable({
  rows,
  leefgebieden,
  onEdit,
  onDelete,
}: {
  readonly rows: ReturnType<typeof goalsSideBySide>;
  readonly leefgebieden: readonly Leefgebied[];
  readonly onEdit: (goal: Goal) => void;
  readonly onDelete: (goal: Goal) => void;
}) {
  const { t } = useTranslation();
  return (
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
                    onEdit={onEdit}
                    onDelete={onDelete}
                  />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
