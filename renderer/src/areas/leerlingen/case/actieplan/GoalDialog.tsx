// Runs in: renderer.
//
// Adds or edits one goal of the actieplan: for school or for home, its main leefgebied and
// any others it touches (brief §4: tagged with one or more, the first is the main one), and
// the goal itself. Errors appear at the fields only after the first attempt to save. What is
// typed is kept as a draft until it is saved or cancelled (useTextDraft), so a crash does not lose it.
import { useMemo, useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import {
  activeLeefgebieden,
  leefgebiedLabel,
  type Leefgebied,
} from '../../../../../../shared/domain/leefgebieden';
import { GOAL_SIDES, type Goal, type GoalSide } from '../../../../../../shared/meetings/actieplan';
import type { TextDraft } from '../../../../../../shared/records/textDraft';
import { draftText, useTextDraft } from '../../../../app/autosave/useTextDraft';
import { useSession } from '../../../../security/VaultProvider';
import { newRecordId } from '../../../../vault';
import { FormDialog } from '../../../../components/FormDialog';
import { goalErrors, saveGoal } from '../../../../../../shared/meetings/actieplanEdit';
import { writePlan } from './useActieplan';
import { useSaveAttempt } from '../../../../components/useSaveAttempt';

export interface GoalDialogProps {
  readonly caseId: string;
  readonly goal?: Goal;
  /** Text the user chose to restore after a crash (TextDraftRecovery). */
  readonly restored?: TextDraft | undefined;
  readonly leefgebieden: readonly Leefgebied[];
  readonly onClose: () => void;
  readonly onSaved: (goalId: string) => void;
}

export function GoalDialog({
  caseId,
  goal,
  restored,
  leefgebieden,
  onClose,
  onSaved,
}: GoalDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [side, setSide] = useState<GoalSide>(() =>
    draftText(restored, 'side', goal?.side ?? 'school') === 'thuis' ? 'thuis' : 'school',
  );
  const [text, setText] = useState(() => draftText(restored, 'text', goal?.text ?? ''));
  const [main, setMain] = useState<string>(() =>
    draftText(restored, 'main', goal?.leefgebieden[0] ?? ''),
  );
  const [others, setOthers] = useState<readonly string[]>(() => {
    const kept = draftText(restored, 'others', '');
    return restored === undefined
      ? (goal?.leefgebieden.slice(1) ?? [])
      : kept.split(',').filter((id) => id !== '');
  });
  const [tried, setTried] = useState(false);
  const { busy, failed, attempt } = useSaveAttempt();

  // The school's active list, plus any id this goal still carries that the list no longer offers.
  const offered = activeLeefgebieden(leefgebieden);
  const offeredIds = new Set(offered.map((l) => l.id));
  const kept = (goal?.leefgebieden ?? [])
    .filter((id) => !offeredIds.has(id))
    .map((id) => ({ id, label: leefgebiedLabel(leefgebieden, id) ?? id }));
  const options = [...offered.map((l) => ({ id: l.id, label: l.label })), ...kept];

  const chosen =
    main === ''
      ? []
      : [main, ...options.map((o) => o.id).filter((id) => id !== main && others.includes(id))];
  const input = { side, text, leefgebieden: chosen };
  const errors = tried ? goalErrors(input) : {};
  const dirty =
    goal === undefined
      ? text !== '' || main !== ''
      : text !== goal.text ||
        side !== goal.side ||
        chosen.join('|') !== goal.leefgebieden.join('|');
  const othersText = others.join(',');
  const draft = useTextDraft(
    { kind: 'actieplan.goal', caseId, targetId: goal?.id, restored },
    useMemo(() => ({ side, text, main, others: othersText }), [side, text, main, othersText]),
    dirty,
  );
  const close = () => {
    void draft.discard();
    onClose();
  };

  const save = async () => {
    setTried(true);
    if (Object.keys(goalErrors(input)).length > 0) return;
    const id = goal?.id ?? newRecordId();
    await attempt(async () => {
      await writePlan(session, caseId, (plan, now) => saveGoal(plan, caseId, id, input, now));
      await draft.discard();
      onSaved(id);
    });
  };

  return (
    <FormDialog
      open
      title={
        goal === undefined
          ? t('actieplan.goals.dialog.addTitle')
          : t('actieplan.goals.dialog.editTitle')
      }
      dirty={dirty}
      busy={busy}
      error={failed ? t('actieplan.common.saveFailed') : undefined}
      onClose={close}
      onSubmit={() => void save()}
      submitLabel={t('actieplan.common.save')}
    >
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('actieplan.goals.dialog.side')}</FormLabel>
        <RadioGroup
          row
          value={side}
          onChange={(event) => setSide(event.target.value === 'thuis' ? 'thuis' : 'school')}
        >
          {GOAL_SIDES.map((s) => (
            <FormControlLabel
              key={s}
              value={s}
              control={<Radio />}
              label={t(`meetings.goalSide.${s}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        label={t('actieplan.goals.dialog.text')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={2}
        required
        autoFocus
        error={errors.text !== undefined}
        helperText={
          errors.text === 'required'
            ? t('actieplan.common.required')
            : errors.text === 'tooLong'
              ? t('actieplan.common.tooLong')
              : t('actieplan.goals.dialog.textHelp')
        }
        fullWidth
      />
      <TextField
        select
        label={t('actieplan.goals.dialog.main')}
        value={main}
        onChange={(event) => {
          const next = event.target.value;
          setMain(next);
          setOthers((current) => current.filter((id) => id !== next));
        }}
        required
        error={errors.leefgebieden !== undefined}
        helperText={
          errors.leefgebieden !== undefined
            ? t('actieplan.goals.dialog.mainRequired')
            : t('actieplan.goals.dialog.mainHelp')
        }
        fullWidth
      >
        {options.map((o) => (
          <MenuItem key={o.id} value={o.id}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
      <FormControl component="fieldset" variant="standard">
        <FormLabel component="legend">{t('actieplan.goals.dialog.others')}</FormLabel>
        <FormGroup sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          {options
            .filter((o) => o.id !== main)
            .map((o) => (
              <FormControlLabel
                key={o.id}
                control={
                  <Checkbox
                    checked={others.includes(o.id)}
                    onChange={(event) =>
                      setOthers((current) =>
                        event.target.checked
                          ? [...current, o.id]
                          : current.filter((id) => id !== o.id),
                      )
                    }
                  />
                }
                label={o.label}
              />
            ))}
        </FormGroup>
      </FormControl>
    </FormDialog>
  );
}
