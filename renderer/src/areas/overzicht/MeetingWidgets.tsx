// Runs in: renderer.
//
// Overzicht widgets for meetings and actions (issue 5 §7): upcoming meetings, minutes still to
// approve, actions overdue and due this week, and parents' feedback tasks still open. A widget
// only appears when it has something to show; with nothing at all, one quiet line remains, so
// the start screen stays calm.
import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../../shared/domain/pupil';
import { actionsOverview, caseActions } from '../../../../shared/meetings/actieplan';
import type { CaseAction } from '../../../../shared/meetings/actions';
import type { Meeting } from '../../../../shared/meetings/meeting';
import { minutesAwaitingApproval, upcomingMeetings } from '../../../../shared/meetings/planning';
import { hrefFor } from '../../app/router';
import { formatIsoDate } from '../../i18n/dates';
import { todayIso } from '../../../../shared/domain/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { useRecordList } from '../../records/useRecords';
import { useSession } from '../../security/VaultProvider';
import { VISUALLY_HIDDEN_CLASS } from '../../theme';
import { isOverdue } from '../../../../shared/meetings/actieplanEdit';
import { actionsSummary } from '../../../../shared/meetings/actionsView';
import {
  actionsRoute,
  meetingListRoute,
  meetingMinutesRoute,
  meetingRoute,
} from '../../app/routes';
import { Widget } from './Widget';

const URGENT_LISTED = 3;

function MeetingLine({ meeting, href }: { readonly meeting: Meeting; readonly href: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const when = t('dashboard.meetings.when', {
    date: formatIsoDate(meeting.date, language, 'full'),
    start: meeting.startTime,
    end: meeting.endTime,
  });
  return (
    <Box component="li" data-testid="dashboard-meeting">
      <Link href={href} sx={{ fontWeight: 600 }}>
        {t('dashboard.meetings.title', { kind: t(`meetings.kinds.${meeting.kind}`), when })}
      </Link>
      <Typography variant="body2" color="text.secondary">
        {meeting.place.trim() === '' ? '' : `${meeting.place} · `}
        {t('dashboard.meetings.items', { count: meeting.agenda.length })}
      </Typography>
    </Box>
  );
}

export function MeetingWidgets() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const meetings = useRecordList(session, 'meeting');
  const plans = useRecordList(session, 'case.actieplan');
  const cases = useRecordList(session, 'case');
  const pupils = useRecordList(session, 'pupil');
  const today = todayIso();

  const upcoming = upcomingMeetings(meetings, today);
  const awaiting = minutesAwaitingApproval(meetings, today);
  const actions = useMemo(() => caseActions(plans), [plans]);
  const summary = actionsSummary(actions, today, URGENT_LISTED);
  const feedback = actionsOverview(actions, today).openFeedbackTasks;

  const pupilNameOf = (action: CaseAction): string => {
    const pupilId = cases.find((c) => c.id === action.caseId)?.pupilId;
    const pupil = pupilId === undefined ? undefined : pupils.find((p) => p.id === pupilId);
    return pupil === undefined ? t('dashboard.actions.unknownPupil') : displayName(pupil);
  };
  const caseHref = (action: CaseAction): string | undefined => {
    const zorgdossier = cases.find((c) => c.id === action.caseId);
    return zorgdossier === undefined
      ? undefined
      : hrefFor({ area: 'leerlingen', path: [zorgdossier.pupilId, 'dossier', zorgdossier.id] });
  };
  const dueText = (action: CaseAction): string =>
    action.dueDate === undefined
      ? t('dashboard.actions.noDue')
      : t('dashboard.actions.due', { date: formatIsoDate(action.dueDate, language) });

  const hasActions = summary.overdue + summary.dueThisWeek > 0;
  if (upcoming.length === 0 && awaiting.length === 0 && !hasActions && feedback.length === 0) {
    return (
      <Typography color="text.secondary" data-testid="dashboard-meetings-quiet">
        {t('dashboard.meetings.quiet')}{' '}
        <Link href={hrefFor(meetingListRoute)}>{t('dashboard.meetings.toList')}</Link>
      </Typography>
    );
  }

  return (
    <Stack spacing={3}>
      {upcoming.length > 0 ? (
        <Widget
          title={t('dashboard.meetings.upcomingTitle')}
          intro={t('dashboard.meetings.upcomingIntro')}
        >
          <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {upcoming.map((meeting) => (
              <MeetingLine
                key={meeting.id}
                meeting={meeting}
                href={hrefFor(meetingRoute(meeting.id))}
              />
            ))}
          </Stack>
        </Widget>
      ) : null}
      {awaiting.length > 0 ? (
        <Widget
          title={t('dashboard.meetings.awaitingTitle')}
          intro={t('dashboard.meetings.awaitingIntro')}
        >
          <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {awaiting.map((meeting) => (
              <MeetingLine
                key={meeting.id}
                meeting={meeting}
                href={hrefFor(meetingMinutesRoute(meeting.id))}
              />
            ))}
          </Stack>
        </Widget>
      ) : null}
      {hasActions ? (
        <Widget title={t('dashboard.actions.title')} intro={t('dashboard.actions.intro')}>
          <Box
            sx={{
              display: 'grid',
              gap: 1,
              gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)' },
              mb: 2,
            }}
          >
            {(
              [
                ['overdue', summary.overdue],
                ['thisWeek', summary.dueThisWeek],
              ] as const
            ).map(([key, count]) => (
              <Link
                key={key}
                href={hrefFor(actionsRoute)}
                underline="hover"
                sx={{ display: 'block', border: 1, borderColor: 'divider', borderRadius: 2, p: 2 }}
                data-testid={`actions-${key}`}
              >
                <Typography
                  component="span"
                  sx={{
                    display: 'block',
                    fontSize: '2rem',
                    fontWeight: 700,
                    lineHeight: 1.2,
                    color: key === 'overdue' && count > 0 ? 'error.dark' : undefined,
                  }}
                  aria-hidden
                >
                  {count}
                </Typography>
                <Typography component="span" sx={{ display: 'block' }} aria-hidden>
                  {t(`dashboard.actions.${key}`)}
                </Typography>
                <span className={VISUALLY_HIDDEN_CLASS}>
                  {t(`dashboard.actions.${key}Count`, { count })}
                </span>
              </Link>
            ))}
          </Box>
          <Stack
            component="ul"
            spacing={1.5}
            sx={{ listStyle: 'none', p: 0, m: 0 }}
            aria-label={t('dashboard.actions.urgentLabel')}
          >
            {summary.urgent.map((action) => {
              const href = caseHref(action);
              const label = t('dashboard.actions.item', {
                description: action.description,
                name: pupilNameOf(action),
              });
              return (
                <Box component="li" key={`${action.caseId}:${action.id}`}>
                  {href === undefined ? (
                    <Typography sx={{ fontWeight: 600 }}>{label}</Typography>
                  ) : (
                    <Link href={href} sx={{ fontWeight: 600 }}>
                      {label}
                    </Link>
                  )}
                  <Typography
                    variant="body2"
                    color={isOverdue(action, today) ? 'error.dark' : 'text.secondary'}
                  >
                    {action.ownerName}
                    {' · '}
                    {dueText(action)}
                  </Typography>
                </Box>
              );
            })}
          </Stack>
          <Box sx={{ mt: 2 }}>
            <Link href={hrefFor(actionsRoute)}>{t('dashboard.actions.toList')}</Link>
          </Box>
        </Widget>
      ) : null}
      {feedback.length > 0 ? (
        <Widget title={t('dashboard.feedback.title')} intro={t('dashboard.feedback.intro')}>
          <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {feedback.map((action) => {
              const href = caseHref(action);
              const name = pupilNameOf(action);
              return (
                <Box
                  component="li"
                  key={`${action.caseId}:${action.id}`}
                  data-testid="dashboard-feedback"
                >
                  {href === undefined ? (
                    <Typography sx={{ fontWeight: 600 }}>{name}</Typography>
                  ) : (
                    <Link href={href} sx={{ fontWeight: 600 }}>
                      {name}
                    </Link>
                  )}
                  <Typography variant="body2" color="text.secondary">
                    {t('dashboard.feedback.by', { name: action.ownerName })}
                    {' · '}
                    {dueText(action)}
                  </Typography>
                </Box>
              );
            })}
          </Stack>
        </Widget>
      ) : null}
    </Stack>
  );
}
