// Runs in: renderer.
//
// The school opens a recipient's answer to a referral (issue 15 §3), like a meeting reply:
// the referral as the school has it next to what the answer says, a tick box per change that
// still differs (a date for the lifecycle, the family's other route, the feedback, each home
// goal for the thuis side of the actieplan), and only ticked changes are taken over. An answer
// for an unknown referral or from an unknown or foreign sender is refused and nothing is
// stored; feedback without a valid consent to receive it is refused with the reason and its
// text is not shown.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { displayName } from '../../../shared/domain/pupil';
import type { ReferralAnswer } from '../../../shared/referrals/answer';
import { furtherReasons } from '../consent/reasonText';
import { useConsentLabels } from '../consent/useConsentLabels';
import { MessageDialog } from '../components/MessageDialog';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { formatIsoDate } from '../i18n/dates';
import { useLanguage } from '../i18n/useLanguage';
import { readAnswer, takeAnswer } from '../referrals/referralAnswers';
import { useSession } from '../security/VaultProvider';
import { AnswerItemRow } from './AnswerItemRow';
import { SenderLine } from './SenderLine';
import type { OpenedFile } from './shareProtocol';

/** The message of each refusal (i18next reads a dot in a key as nesting, so not the code itself). */
const REFUSAL_KEY = {
  'answer.unknown-referral': 'unknownReferral',
  'answer.unknown-sender': 'unknownSender',
  'answer.foreign-sender': 'foreignSender',
  'answer.no-pupil': 'noPupil',
} as const;

export function ReferralAnswerDialog({
  opened,
  answer,
  onClose,
}: {
  readonly opened: OpenedFile;
  readonly answer: ReferralAnswer;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const state = useMemo(
    () => readAnswer(session, answer, opened.sender.deelsleutel),
    [session, answer, opened.sender.deelsleutel],
  );
  if (!state.ok)
    return (
      <MessageDialog
        title={t('received.answerImport.refusedTitle')}
        closeLabel={t('sharing.common.close')}
        onClose={onClose}
      >
        <SenderLine
          deelsleutel={opened.sender.deelsleutel}
          fingerprint={opened.sender.fingerprint}
        />
        <Alert
          severity="error"
          role="alert"
          data-testid="share-refusal"
          data-code={state.error.code}
        >
          {t(`received.answerImport.refused.${REFUSAL_KEY[state.error.code]}`)}
        </Alert>
        <Typography>{t('sharing.open.nothingStored')}</Typography>
      </MessageDialog>
    );
  return <AnswerChoices opened={opened} answer={answer} onClose={onClose} state={state.value} />;
}

function AnswerChoices({
  opened,
  answer,
  state,
  onClose,
}: {
  readonly opened: OpenedFile;
  readonly answer: ReferralAnswer;
  readonly state: Extract<ReturnType<typeof readAnswer>, { ok: true }>['value'];
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const { referral, review } = state;
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [taken, setTaken] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, failed, attempt } = useSaveAttempt();
  const organisations = useMemo(() => session.records.list('directory.organisation'), [session]);
  const consents = useMemo(
    () => session.records.list('case.consent').filter((c) => c.pupilId === referral.pupilId),
    [session, referral.pupilId],
  );
  const labels = useConsentLabels(organisations, consents);
  const pupil = session.records.get('pupil', referral.pupilId);
  const recipient = organisations.find((o) => o.id === referral.recipientOrganisationId)?.name;
  const day = (date: string): string => formatIsoDate(date, language);

  const apply = (): void => {
    setProblem(null);
    void attempt(async () => {
      const result = await takeAnswer(session, answer, opened.sender.deelsleutel, chosen);
      if (result.ok) setTaken(result.value);
      else
        setProblem(
          result.error.code === 'answer.transition'
            ? t('received.answerImport.orderProblem')
            : t('received.answerImport.failed'),
        );
    });
  };

  const title = t('received.answerImport.title', {
    name: answer.from.name,
    organisation: answer.from.organisation,
  });
  return (
    <Dialog open fullWidth maxWidth="md" onClose={busy ? undefined : onClose} aria-label={title}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <SenderLine
            deelsleutel={opened.sender.deelsleutel}
            fingerprint={opened.sender.fingerprint}
          />
          <Typography data-testid="answer-referral">
            {t('received.answerImport.referral', {
              pupil: pupil === undefined ? '' : displayName(pupil),
              recipient: recipient ?? '',
              status: t(`referrals.statuses.${referral.status}`),
            })}
          </Typography>
          <Typography data-testid="answer-steps">
            {answer.steps.length === 0
              ? t('received.answerImport.noSteps')
              : t('received.answerImport.steps', {
                  steps: answer.steps
                    .map((s) =>
                      t('received.history.step', {
                        status: t(`received.statuses.${s.step}`),
                        date: day(s.date),
                      }),
                    )
                    .join('; '),
                })}
          </Typography>
          {answer.feedback.kind === 'no-consent' ? (
            <Alert severity="info">{t('received.answerImport.senderNoConsent')}</Alert>
          ) : null}
          {review.feedbackRefused === undefined ? null : (
            <Alert severity="warning" role="alert" data-testid="answer-feedback-refused">
              {t('received.answerImport.feedbackRefused', { recipient: recipient ?? '' })}{' '}
              {furtherReasons(review.feedbackRefused, labels, (m) =>
                t(`directory.consent.reasons.${m.key}`, { ...m.values, defaultValue: '' }),
              )}
            </Alert>
          )}
          {taken !== null ? (
            <Alert severity="success" role="status">
              {t('received.answerImport.taken', { count: taken })}
            </Alert>
          ) : null}
          {failed || problem !== null ? (
            <Alert severity="error" role="alert">
              {problem ?? t('received.answerImport.failed')}
            </Alert>
          ) : null}
          {review.items.length === 0 ? (
            <Alert severity="info" role="status" data-testid="answer-nothing">
              {t('received.answerImport.nothing')}
            </Alert>
          ) : (
            <Table size="small" aria-label={t('received.answerImport.tableLabel')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('received.answerImport.what')}</TableCell>
                  <TableCell>{t('received.answerImport.atSchool')}</TableCell>
                  <TableCell>{t('received.answerImport.inAnswer')}</TableCell>
                  <TableCell>{t('received.answerImport.takeOver')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {review.items.map((item) => (
                  <AnswerItemRow
                    key={item.id}
                    item={item}
                    checked={chosen.includes(item.id)}
                    disabled={busy || taken !== null}
                    onToggle={() =>
                      setChosen((c) =>
                        c.includes(item.id) ? c.filter((id) => id !== item.id) : [...c, item.id],
                      )
                    }
                  />
                ))}
              </TableBody>
            </Table>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {taken !== null || review.items.length === 0
            ? t('sharing.common.close')
            : t('sharing.common.cancel')}
        </Button>
        {taken === null && review.items.length > 0 ? (
          <Button variant="contained" onClick={apply} disabled={busy || chosen.length === 0}>
            {t('received.answerImport.apply', { count: chosen.length })}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
