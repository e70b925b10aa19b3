// Runs in: renderer.
//
// Everything that still blocks approval, all at once, each in plain Dutch with what to do
// and a link to the place in meeting mode where it is fixed (the item and the field).
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { MeetingProblem } from '../../../../../shared/meetings/problems';
import { problemEntry, type ProblemEntry } from '../../../../../shared/meetings/problemLinks';
import { useMeetingLabels } from '../plan/useMeetingLabels';

export interface ApprovalProblemsProps {
  readonly problems: readonly MeetingProblem[];
  /** The title of an item (name or pseudonym). */
  readonly itemName: (itemId: string) => string | undefined;
  /** Opens meeting mode on the problem's item and field; undefined when the meeting is not running. */
  readonly onGoTo: ((entry: ProblemEntry) => void) | undefined;
}

export function ApprovalProblems({ problems, itemName, onGoTo }: ApprovalProblemsProps) {
  const { t } = useTranslation();
  const { dateWithWeekday } = useMeetingLabels();
  const message = (entry: ProblemEntry): string => {
    const missing = (entry.missing ?? [])
      .map((m) => t(`meetingRun.minutes.problems.missing.${m}`))
      .join(', ');
    const field =
      entry.field === undefined ? '' : t(`meetingRun.minutes.problems.fields.${entry.field}`);
    return t(`meetingRun.minutes.problems.codes.${entry.code}`, {
      count: entry.count ?? 0,
      missing,
      field,
      date: entry.date === undefined ? '' : dateWithWeekday(entry.date),
    });
  };
  return (
    <Box component="section" aria-labelledby="approval-problems-heading" sx={{ mb: 4 }}>
      <Typography id="approval-problems-heading" variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
        {t('meetingRun.minutes.problems.title')}
      </Typography>
      {problems.length === 0 ? (
        <Alert severity="success">{t('meetingRun.minutes.problems.none')}</Alert>
      ) : (
        <Box component="ul" sx={{ pl: 3, m: 0, display: 'grid', gap: 1 }}>
          {problems.map((problem, index) => {
            const entry = problemEntry(problem);
            const name = entry.itemId === undefined ? undefined : itemName(entry.itemId);
            const text = message(entry);
            return (
              <li key={`${problem.code}-${index}`}>
                {name === undefined
                  ? text
                  : t('meetingRun.minutes.problems.item', { name, problem: text })}
                {onGoTo !== undefined &&
                (entry.itemId !== undefined || entry.runField !== undefined) ? (
                  <>
                    {' '}
                    <Link
                      component="button"
                      type="button"
                      onClick={() => onGoTo(entry)}
                      sx={{ verticalAlign: 'baseline' }}
                    >
                      {t('meetingRun.minutes.problems.goTo')}
                    </Link>
                  </>
                ) : null}
              </li>
            );
          })}
        </Box>
      )}
    </Box>
  );
}
