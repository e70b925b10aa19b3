// Runs in: renderer.
//
// How the planning screens word a meeting: its title ("Zorgteam, dinsdag 1 december 2026"),
// dates with the weekday, and every refusal code of the shared meeting rules and the
// invitation as a Dutch (or English) sentence that says what to do.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../../shared/meetings/meeting';
import type { InvitationProblem } from '../../../../../shared/meetings/invitation';
import type { MeetingProblem } from '../../../../../shared/meetings/problems';
import { formatIsoDate } from '../../../i18n/dates';
import { useLanguage } from '../../../i18n/useLanguage';

export interface MeetingLabels {
  /** "dinsdag 1 december 2026" */
  readonly dateWithWeekday: (date: string) => string;
  /** "Zorgteam, dinsdag 1 december 2026" */
  readonly title: (meeting: Pick<Meeting, 'kind' | 'date'>) => string;
  readonly problem: (problem: MeetingProblem | InvitationProblem) => string;
}

export function useMeetingLabels(): MeetingLabels {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useMemo(() => {
    const dateWithWeekday = (date: string): string => formatIsoDate(date, language, 'full');
    const problem = (p: MeetingProblem | InvitationProblem): string => {
      switch (p.code) {
        case 'too-many-items':
          return t('meetings.problems.too-many-items', { count: p.max });
        case 'meeting-in-future':
          return t('meetingRun.minutes.problems.codes.meeting-in-future', {
            date: dateWithWeekday(p.date),
          });
        case 'minutes-approved':
        case 'minutes-not-approved':
        case 'meeting-still-concept':
        case 'status-transition-not-allowed':
        case 'item-not-found':
        case 'action-not-found':
        case 'decision-not-found':
        case 'attendee-not-found':
        case 'duplicate-id':
        case 'case-already-on-agenda':
        case 'pupil-mismatch':
        case 'invalid-order':
        case 'named-without-consent':
        case 'anonymous-partner-action':
        case 'presence-unknown':
        case 'decision-empty':
        case 'action-incomplete':
        case 'feedback-reason-missing':
        case 'anonymous-item-names-pupil':
        case 'process-evaluation-empty':
        case 'addendum-empty':
        case 'addendum-before-approval':
        case 'invalid-meeting':
        case 'invitation.invalid-uid-domain':
        case 'invitation.place-names-pupil':
        case 'invitation.invalid-now':
          return t(`meetings.problems.${p.code}`);
        default: {
          const never: never = p;
          throw new Error(`unknown meeting problem ${JSON.stringify(never)}`);
        }
      }
    };
    return {
      dateWithWeekday,
      title: (m) =>
        t('meetings.title', { kind: t(`meetings.kinds.${m.kind}`), date: dateWithWeekday(m.date) }),
      problem,
    };
  }, [t, language]);
}
