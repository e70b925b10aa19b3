// Runs in: renderer.
//
// "Antwoord aan school maken": what the answer will carry (the steps with their dates; the
// team's notes stay here), feedback text only when the consent to feed back that came in the
// package allows it (its categories and end date shown; without it the field is not offered
// and the answer says so), and optionally the home goals of the plan van aanpak.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { CARE_SETTINGS_RECORD_ID } from '../../../../shared/domain/careSettings';
import { DEFAULT_LEEFGEBIEDEN, leefgebiedLabel } from '../../../../shared/domain/leefgebieden';
import {
  ANSWER_FEEDBACK_MAX,
  answerFeedbackAllowance,
  planHomeGoals,
} from '../../../../shared/referrals/answer';
import type { ReceivedReferral } from '../../../../shared/referrals/received';
import { FormDialog } from '../../components/FormDialog';
import { FormTextField } from '../../components/FormTextField';
import { MessageDialog } from '../../components/MessageDialog';
import { useSaveAttempt } from '../../components/useSaveAttempt';
import { useHost } from '../../host/HostContext';
import { formatIsoDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { useSession } from '../../security/VaultProvider';
import { sendReferralAnswer } from './sendAnswer';

export function AnswerDialog({
  record,
  today,
  onClose,
}: {
  readonly record: ReceivedReferral;
  readonly today: string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const host = useHost();
  const { busy, failed, attempt } = useSaveAttempt();
  const [organisation, setOrganisation] = useState(session.profile.schoolName);
  const [feedback, setFeedback] = useState('');
  const [withGoals, setWithGoals] = useState(true);
  const [saved, setSaved] = useState<string | null>(null);
  const allowance = answerFeedbackAllowance(record, today);
  const goals = planHomeGoals(record);
  const labels =
    session.records.get('school.care-settings', CARE_SETTINGS_RECORD_ID)?.leefgebieden ??
    DEFAULT_LEEFGEBIEDEN;
  const day = (date: string): string => formatIsoDate(date, language);
  const tooLong = feedback.trim().length > ANSWER_FEEDBACK_MAX;

  const submit = (): void => {
    if (tooLong) return;
    void attempt(async () => {
      const outcome = await sendReferralAnswer(
        session,
        host,
        record.id,
        { organisation, feedbackText: feedback, includeHomeGoals: withGoals },
        today,
      );
      if (outcome.kind === 'refused') throw new Error(outcome.problem.code);
      if (outcome.kind === 'saved') setSaved(outcome.name);
    });
  };

  if (saved !== null)
    return (
      <MessageDialog
        title={t('received.answer.title')}
        closeLabel={t('received.answer.close')}
        onClose={onClose}
      >
        <Alert severity="success" role="status">
          {t('received.answer.saved', { name: saved })}
        </Alert>
      </MessageDialog>
    );
  return (
    <FormDialog
      open
      title={t('received.answer.title')}
      submitLabel={t('received.answer.submit')}
      busyLabel={t('received.answer.busy')}
      dirty={feedback !== ''}
      busy={busy}
      error={failed ? t('received.answer.failed') : null}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>{t('received.answer.intro')}</Typography>
      <Box data-testid="answer-steps">
        <Typography sx={{ fontWeight: 600 }}>{t('received.answer.steps')}</Typography>
        {record.history.length === 0 ? (
          <Typography>{t('received.answer.noSteps')}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {record.history.map((step) => (
              <Typography component="li" key={step.step}>
                {t('received.history.step', {
                  status: t(`received.statuses.${step.step}`),
                  date: day(step.date),
                })}
              </Typography>
            ))}
          </Box>
        )}
        <Typography color="text.secondary">{t('received.answer.notesStay')}</Typography>
      </Box>
      <FormTextField
        label={t('received.answer.organisation')}
        value={organisation}
        onChange={setOrganisation}
        helperText={t('received.answer.organisationHelp')}
      />
      {allowance.allowed ? (
        <>
          <Alert severity="info" data-testid="answer-feedback-consent">
            {t('received.answer.feedbackConsent', {
              categories: allowance.basis.categories
                .map((c) => t(`directory.consent.categories.${c}`))
                .join(', '),
              date: day(allowance.basis.validUntil),
            })}
          </Alert>
          <FormTextField
            label={t('received.answer.feedback')}
            value={feedback}
            onChange={setFeedback}
            multiline
            error={
              tooLong ? t('received.answer.feedbackTooLong', { max: ANSWER_FEEDBACK_MAX }) : ''
            }
            helperText={t('received.answer.feedbackHelp')}
          />
        </>
      ) : (
        <Alert severity="warning" data-testid="answer-feedback-consent">
          {allowance.reason === 'expired'
            ? t('received.answer.feedbackExpired', { date: day(allowance.until ?? today) })
            : t('received.answer.noFeedbackConsent')}
        </Alert>
      )}
      {goals.length === 0 ? null : (
        <Box>
          <FormControlLabel
            control={
              <Checkbox checked={withGoals} onChange={(e) => setWithGoals(e.target.checked)} />
            }
            label={t('received.answer.homeGoals')}
          />
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {goals.map((g, i) => (
              <Typography component="li" key={i}>
                {`${leefgebiedLabel(labels, g.leefgebiedId) ?? g.leefgebiedId}: ${g.goal}`}
              </Typography>
            ))}
          </Box>
        </Box>
      )}
    </FormDialog>
  );
}
