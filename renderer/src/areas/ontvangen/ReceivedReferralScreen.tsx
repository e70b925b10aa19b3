// Runs in: renderer.
//
// One received referral (`#/ontvangen/verwijzing/<id>`, issue 15): who sent it, the two terms
// the team keeps (contact within five working days of receipt, the plan van aanpak six weeks
// after the intake) and whether they were met, every step so far, a button per step that may
// come now (each a dialog), and the letter exactly as the school made it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import FileOpenIcon from '@mui/icons-material/FileOpen';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { compareIsoDates, todayIso } from '../../../../shared/domain/dates';
import type { ReceivedReferral, ReceivedStepKind } from '../../../../shared/referrals/received';
import {
  contactDueDate,
  nextSteps,
  planDueDate,
  stepDate,
} from '../../../../shared/referrals/receivedLifecycle';
import { hrefFor } from '../../app/router';
import { sharedFilesRoute } from '../../app/routes';
import { AreaPage } from '../../components/AreaPage';
import { EmptyState } from '../../components/EmptyState';
import { formatIsoDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { useRecord } from '../../records/useRecords';
import { ConsentBasis } from '../../referrals/ConsentBasis';
import { LetterPreview } from '../../referrals/LetterPreview';
import { useHolidays } from '../../referrals/holidays';
import { recordStep } from '../../referrals/receivedReferrals';
import { useSession } from '../../security/VaultProvider';
import { SenderLine } from '../../sharing/SenderLine';
import { AnswerDialog } from './AnswerDialog';
import { ReceivedHistory } from './ReceivedHistory';
import { ReceivedStepDialog } from './ReceivedStepDialog';
import { useStepProblemText } from './useStepProblemText';

export function ReceivedReferralScreen({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const record = useRecord(session, 'referral.received', id);
  if (record === undefined)
    return (
      <AreaPage title={t('received.missing.title')} intro={t('received.missing.intro')}>
        <EmptyState
          icon={FileOpenIcon}
          title={t('received.missing.title')}
          description={t('received.missing.intro')}
          action={<Button href={hrefFor(sharedFilesRoute)}>{t('received.back')}</Button>}
        />
      </AreaPage>
    );
  return <ReceivedReferralView record={record} />;
}

function ReceivedReferralView({ record }: { readonly record: ReceivedReferral }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const [dialog, setDialog] = useState<ReceivedStepKind | null>(null);
  const [answering, setAnswering] = useState(false);
  const problemText = useStepProblemText();
  const today = todayIso();
  const { letter } = record.package;
  const steps = nextSteps(record);
  const earliest = record.history.at(-1)?.date ?? record.receivedOn;
  return (
    <AreaPage
      title={t('received.title', { school: letter.school.name })}
      intro={t('received.intro', {
        pupil: letter.pupil.name,
        date: formatIsoDate(record.receivedOn, language),
      })}
    >
      <Stack spacing={3}>
        <Box>
          <Button href={hrefFor(sharedFilesRoute)}>{t('received.back')}</Button>
        </Box>
        <SenderLine
          deelsleutel={record.sender.deelsleutel}
          fingerprint={record.sender.fingerprint}
        />
        <Deadlines record={record} today={today} />
        <Paper
          variant="outlined"
          component="section"
          aria-labelledby="received-steps"
          sx={{ p: 2.5 }}
        >
          <Typography variant="h2" id="received-steps">
            {t('received.steps')}
          </Typography>
          <ReceivedHistory record={record} />
          {steps.length === 0 ? (
            <Typography>{t('received.ended')}</Typography>
          ) : (
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 2 }}>
              {steps.map((step, index) => (
                <Button
                  key={step}
                  variant={index === 0 ? 'contained' : 'outlined'}
                  onClick={() => setDialog(step)}
                >
                  {t(`received.step.buttons.${step}`)}
                </Button>
              ))}
            </Stack>
          )}
        </Paper>
        <Paper
          variant="outlined"
          component="section"
          aria-labelledby="received-answer"
          sx={{ p: 2.5 }}
        >
          <Typography variant="h2" id="received-answer">
            {t('received.answer.heading')}
          </Typography>
          <Typography sx={{ my: 1 }}>{t('received.answer.explain')}</Typography>
          <Button variant="outlined" onClick={() => setAnswering(true)}>
            {t('received.answer.open')}
          </Button>
        </Paper>
        <Paper
          variant="outlined"
          component="section"

          sx={{ p: 2.5 }}
        >
          <ConsentBasis letter={letter} headingComponent="h2" />
        </Paper>
        <Box component="section" aria-labelledby="received-letter">
          <Typography variant="h2" id="received-letter" sx={{ mb: 1 }}>
            {t('received.letter')}
          </Typography>
          <LetterPreview content={letter} variant="recipient" logo={undefined} />
        </Box>
      </Stack>
      {answering ? (
        <AnswerDialog record={record} today={today} onClose={() => setAnswering(false)} />
      ) : null}
      {dialog === null ? null : (
        <ReceivedStepDialog
          step={dialog}
          earliest={earliest}
          today={today}
          onClose={() => setDialog(null)}
          onSave={async (step) => {
            const result = await recordStep(session, record.id, step, today);
            if (!result.ok) return problemText(result.error);
            setDialog(null);
            return null;
          }}
        />
      )}
    </AreaPage>
  );
}

/** The two terms and whether they were met; overdue ones in red. */
function Deadlines({
  record,
  today,
}: {
  readonly record: ReceivedReferral;
  readonly today: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const holidays = useHolidays();
  const day = (date: string): string => formatIsoDate(date, language);
  const contactDue = contactDueDate(record, holidays);
  const contact = stepDate(record, 'contact');
  const planDue = planDueDate(record);
  const plan = stepDate(record, 'plan');
  const term = (
    testId: string,
    due: string,
    done: string | undefined,
    label: 'contact' | 'plan',
  ) => {
    const late =
      done === undefined ? compareIsoDates(today, due) > 0 : compareIsoDates(done, due) > 0;
    const text =
      done === undefined
        ? t(`received.terms.${label}Open`, { due: day(due) })
        : t(`received.terms.${label}Done`, { due: day(due), date: day(done) });
    return (
      <Alert
        severity={late ? 'error' : done === undefined ? 'info' : 'success'}
        data-testid={testId}
      >
        {text}
        {late ? ` ${t('received.terms.late')}` : ''}
      </Alert>
    );
  };
  return (
    <Stack spacing={1} component="section" aria-label={t('received.terms.title')}>
      {term('term-contact', contactDue, contact, 'contact')}
      {planDue === undefined ? (
        <Alert severity="info" data-testid="term-plan">
          {t('received.terms.planAfterIntake')}
        </Alert>
      ) : (
        term('term-plan', planDue, plan, 'plan')
      )}
    </Stack>
  );
}
