// Runs in: renderer.
//
// Approved minutes, read-only (no input fields anywhere): attendance, per item what was
// recorded, the process evaluation. Built from the anonymised view like the PDF, so an
// anonymous item shows its pseudonym and nothing that names the pupil. Also the print view.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { AnonymisedMeeting } from '../../../../../shared/meetings/anonymise';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatIsoDate } from '../../../i18n/dates';

const dlSx = {
  m: 0,
  '& dt': { fontWeight: 600, mt: 1 },
  '& dd': { ml: 0, whiteSpace: 'pre-wrap' },
} as const;

export function MinutesView({
  view,
  itemTitle,
}: {
  readonly view: AnonymisedMeeting;
  readonly itemTitle: (itemId: string) => string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const orEmpty = (text: string): string =>
    text.trim() === '' ? t('meetingRun.minutes.view.empty') : text;
  return (
    <Box>
      <Box component="section" aria-labelledby="view-attendance-heading" sx={{ mb: 4 }}>
        <Typography id="view-attendance-heading" variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
          {t('meetingRun.minutes.view.attendance')}
        </Typography>
        {view.attendees.length === 0 ? (
          <Typography>{t('meetingRun.minutes.view.noAttendees')}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {view.attendees.map((a) => (
              <li key={a.id}>
                {a.name} ({a.role}
                {a.organisation !== '' ? `, ${a.organisation}` : ''}):{' '}
                {t(`meetings.presence.${a.presence}`)}
              </li>
            ))}
          </Box>
        )}
      </Box>
      {view.agenda.map((item, index) => (
        <Box
          component="section"
          key={item.id}
          aria-labelledby={`view-item-${item.id}`}
          sx={{ mb: 4 }}
        >
          <Typography id={`view-item-${item.id}`} variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
            {t('meetingRun.agenda.item', { number: index + 1, name: itemTitle(item.id) })}
          </Typography>
          <Box component="dl" sx={dlSx}>
            <dt>{t('meetingRun.item.bespreekdoel')}</dt>
            <dd>{t(`meetings.bespreekdoel.${item.bespreekdoel}`)}</dd>
            <dt>{t('meetingRun.item.question')}</dt>
            <dd>{orEmpty(item.question)}</dd>
            <dt>{t('meetingRun.item.situation')}</dt>
            <dd>{orEmpty(item.situation)}</dd>
            <dt>{t('meetingRun.item.discussed')}</dt>
            <dd>{orEmpty(item.discussed)}</dd>
            <dt>{t('meetingRun.decisions.title')}</dt>
            <dd>
              {item.decisions.length === 0 ? (
                t('meetingRun.decisions.none')
              ) : (
                <Box component="ul" sx={{ m: 0, pl: 3 }}>
                  {item.decisions.map((d) => (
                    <li key={d.id}>{d.text}</li>
                  ))}
                </Box>
              )}
            </dd>
            <dt>{t('meetingRun.actions.title')}</dt>
            <dd>
              {item.actions.length === 0 ? (
                t('meetingRun.actions.none')
              ) : (
                <Box component="ul" sx={{ m: 0, pl: 3 }}>
                  {item.actions.map((a) => (
                    <li key={a.id}>
                      {a.description} —{' '}
                      {a.ownerOrganisation === ''
                        ? a.ownerName
                        : t('meetingRun.minutes.view.owner', {
                            name: a.ownerName,
                            organisation: a.ownerOrganisation,
                          })}{' '}
                      —{' '}
                      {a.dueDate === undefined
                        ? t('meetingRun.minutes.view.noDue')
                        : t('meetingRun.minutes.view.due', {
                            date: formatIsoDate(a.dueDate, language),
                          })}{' '}
                      — {t(`meetings.actionStatus.${a.status}`)}
                    </li>
                  ))}
                </Box>
              )}
            </dd>
            <dt>{t('meetingRun.feedback.question')}</dt>
            <dd>
              {item.parentsFeedback === undefined
                ? t('meetingRun.minutes.view.feedbackNotSet')
                : item.parentsFeedback.given
                  ? item.parentsFeedback.by === undefined
                    ? t('meetingRun.minutes.view.feedbackGivenDefault')
                    : t('meetingRun.minutes.view.feedbackGiven', {
                        name: item.parentsFeedback.by.name,
                      })
                  : t('meetingRun.minutes.view.feedbackNot', {
                      reason: item.parentsFeedback.reasonIfNot ?? '',
                    })}
            </dd>
            <dt>{t('meetingRun.nextEvaluation')}</dt>
            <dd>
              {item.nextEvaluationDate === undefined
                ? t('meetingRun.minutes.view.noNextEvaluation')
                : formatIsoDate(item.nextEvaluationDate, language)}
            </dd>
          </Box>
        </Box>
      ))}
      {view.processEvaluation !== undefined ? (
        <Box component="section" aria-labelledby="view-process-heading" sx={{ mb: 4 }}>
          <Typography id="view-process-heading" variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
            {t('meetingRun.processEvaluation.title')}
          </Typography>
          <Box component="dl" sx={dlSx}>
            <dt>{t('meetingRun.processEvaluation.wentWell')}</dt>
            <dd>{orEmpty(view.processEvaluation.wentWell)}</dd>
            <dt>{t('meetingRun.processEvaluation.didNotGoWell')}</dt>
            <dd>{orEmpty(view.processEvaluation.didNotGoWell)}</dd>
            <dt>{t('meetingRun.processEvaluation.doDifferently')}</dt>
            <dd>{orEmpty(view.processEvaluation.doDifferently)}</dd>
          </Box>
        </Box>
      ) : null}
    </Box>
  );
}
