// Runs in: renderer.
//
// One lifecycle step of a received referral (issue 15): its date (never before receipt or the
// previous step, never in the future; the field says so), and what that step needs: a note,
// the reason for returning it, the other route, or the plan van aanpak's goals per
// leefgebied. The shared rules decide again when saving (recordReceivedStep).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { compareIsoDates, isValidIsoDate, type IsoDate } from '../../../../shared/domain/dates';
import {
  OTHER_ROUTES,
  type OtherRoute,
  type PlanGoal,
  type ReceivedStep,
  type ReceivedStepKind,
} from '../../../../shared/referrals/received';
import { FormDialog } from '../../components/FormDialog';
import { useReferralSave, type ReferralSave } from '../../referrals/useReferralSave';
import { PlanGoalsField } from './PlanGoalsField';

export function ReceivedStepDialog({
  step,
  earliest,
  today,
  onClose,
  onSave,
}: {
  readonly step: ReceivedStepKind;
  readonly earliest: IsoDate;
  readonly today: IsoDate;
  readonly onClose: () => void;
  readonly onSave: ReferralSave<ReceivedStep>;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [route, setRoute] = useState<OtherRoute>('huisarts');
  const [goals, setGoals] = useState<readonly PlanGoal[]>([]);
  const [shown, setShown] = useState(false);
  const { busy, failure, submit } = useReferralSave(onSave, t('received.step.saveFailed'));
  const badDate =
    !isValidIsoDate(date) ||
    compareIsoDates(date, earliest) < 0 ||
    compareIsoDates(date, today) > 0;
  const badReason = step === 'teruggestuurd' && text.trim() === '';
  const badGoals =
    step === 'plan' && (goals.length === 0 || goals.some((g) => g.goal.trim() === ''));
  const note = text.trim() === '' ? {} : { note: text.trim() };

  const value = (): ReceivedStep => {
    switch (step) {
      case 'teruggestuurd':
        return { step, date, reason: text.trim() };
      case 'andere-route':
        return { step, date, route, ...note };
      case 'plan':
        return { step, date, goals: goals.map((g) => ({ ...g, goal: g.goal.trim() })) };
      case 'contact':
      case 'intake':
      case 'hulp-gestart':
      case 'afgesloten':
        return { step, date, ...note };
      default: {
        const never: never = step;
        return never;
      }
    }
  };

  return (
    <FormDialog
      title={t(`received.step.titles.${step}`)}
      submitLabel={t('received.step.submit')}
      dirty={date !== today || text !== '' || goals.length > 0}
      busy={busy}
      error={failure}
      maxWidth={step === 'plan' ? 'md' : 'sm'}
      onClose={onClose}
      onSubmit={() => {
        setShown(true);
        if (badDate || badReason || badGoals) return;
        submit(value());
      }}
    >
      <TextField
        label={t('received.step.date')}
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={shown && badDate}
        helperText={
          shown && badDate
            ? t('received.step.dateInvalid', { earliest, today })
            : t('received.step.dateHelp')
        }
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: earliest, max: today } }}
        autoFocus
        required
      />
      {step === 'andere-route' ? (
        <TextField
          select
          label={t('received.step.route')}
          value={route}
          onChange={(e) => setRoute(OTHER_ROUTES.find((r) => r === e.target.value) ?? 'anders')}
          required
        >
          {OTHER_ROUTES.map((r) => (
            <MenuItem key={r} value={r}>
              {t(`received.routes.${r}`)}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      {step === 'plan' ? (
        <PlanGoalsField goals={goals} onChange={setGoals} showErrors={shown} />
      ) : (
        <TextField
          label={t(step === 'teruggestuurd' ? 'received.step.reason' : 'received.step.note')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={shown && badReason}
          helperText={
            shown && badReason ? t('received.step.reasonRequired') : t('received.step.noteHelp')
          }
          multiline
          minRows={2}
          required={step === 'teruggestuurd'}
        />
      )}
    </FormDialog>
  );
}
