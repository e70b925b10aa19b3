// Runs in: renderer.
//
// The goals of a plan van aanpak, one per row: the leefgebied (from the configured list) and
// the goal agreed with the family. At least one goal, none empty (the dialog checks).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CARE_SETTINGS_RECORD_ID } from '../../../../shared/domain/careSettings';
import { activeLeefgebieden, DEFAULT_LEEFGEBIEDEN } from '../../../../shared/domain/leefgebieden';
import type { PlanGoal } from '../../../../shared/referrals/received';
import { useSession } from '../../security/VaultProvider';

export function PlanGoalsField({
  goals,
  onChange,
  showErrors,
}: {
  readonly goals: readonly PlanGoal[];
  readonly onChange: (goals: readonly PlanGoal[]) => void;
  readonly showErrors: boolean;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const leefgebieden = useMemo(() => {
    const settings = session.records.get('school.care-settings', CARE_SETTINGS_RECORD_ID);
    return activeLeefgebieden(settings?.leefgebieden ?? DEFAULT_LEEFGEBIEDEN);
  }, [session]);
  const first = leefgebieden[0]?.id ?? 'opvoeding-en-gezin';
  const change = (index: number, goal: PlanGoal): void =>
    onChange(goals.map((g, i) => (i === index ? goal : g)));
  return (
    <Stack spacing={2} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" sx={{ fontWeight: 600 }}>
        {t('received.step.goals')}
      </Typography>
      {showErrors && goals.length === 0 ? (
        <Typography color="error" role="alert">
          {t('received.step.goalsRequired')}
        </Typography>
      ) : null}
      {goals.map((goal, index) => (
        <Box
          key={index}
          sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '240px 1fr' } }}
        >
          <TextField
            select
            label={t('received.step.leefgebied', { n: index + 1 })}
            value={goal.leefgebiedId}
            onChange={(e) => change(index, { ...goal, leefgebiedId: e.target.value })}
          >
            {leefgebieden.map((l) => (
              <MenuItem key={l.id} value={l.id}>
                {l.label}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('received.step.goal', { n: index + 1 })}
            value={goal.goal}
            onChange={(e) => change(index, { ...goal, goal: e.target.value })}
            error={showErrors && goal.goal.trim() === ''}
            helperText={showErrors && goal.goal.trim() === '' ? t('received.step.goalEmpty') : ' '}
            multiline
            required
          />
        </Box>
      ))}
      <Box>
        <Button
          startIcon={<AddIcon aria-hidden />}
          onClick={() => onChange([...goals, { leefgebiedId: first, goal: '' }])}
        >
          {t('received.step.addGoal')}
        </Button>
      </Box>
    </Stack>
  );
}
