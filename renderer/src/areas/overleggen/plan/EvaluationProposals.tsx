// Runs in: renderer.
//
// Under the agenda of a meeting that can still be planned: the open cases whose next
// evaluation (agreed in an earlier meeting) falls on or before this meeting's date, each with
// one button that puts it on the agenda (the same way "Casus toevoegen" does, with the
// dialog's defaults; the item can be edited afterwards). Nothing is added by itself.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { displayName } from '../../../../../shared/domain/pupil';
import { evaluationProposals } from '../../../../../shared/meetings/evaluationProposals';
import type { Meeting } from '../../../../../shared/meetings/meeting';
import { formatIsoDate } from '../../../i18n/dates';
import { useLanguage } from '../../../i18n/useLanguage';
import { NO_PRINT_CLASS } from '../../../theme';
import { caseOptions, type CaseOption } from './planScreenRules';
import type { AgendaContext } from './useMeetingData';

export interface EvaluationProposalsProps {
  readonly meeting: Meeting;
  readonly context: AgendaContext;
  /** The agenda is full: a proposal can be seen but not added. */
  readonly full: boolean;
  readonly onAdd: (picked: CaseOption) => void;
}

export function EvaluationProposals({ meeting, context, full, onAdd }: EvaluationProposalsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const proposals = useMemo(() => {
    const options = caseOptions(context.pupils, context.cases, meeting);
    const byCase = new Map(options.map((o) => [o.caseId, o]));
    return evaluationProposals(meeting, context.meetings, new Set(byCase.keys())).flatMap((p) => {
      const option = byCase.get(p.caseId);
      return option === undefined ? [] : [{ proposal: p, option }];
    });
  }, [context.pupils, context.cases, context.meetings, meeting]);
  if (proposals.length === 0) return null;
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby="agenda-proposals-heading"
      className={NO_PRINT_CLASS}
      sx={{ p: 2, mt: 1.5 }}
    >
      <Typography variant="h3" id="agenda-proposals-heading">
        {t('meetings.agenda.proposals.heading')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('meetings.agenda.proposals.intro')}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
        {proposals.map(({ proposal, option }) => {
          const name = displayName(option.pupil);
          return (
            <Box
              component="li"
              key={proposal.caseId}
              sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
            >
              <Typography sx={{ flex: '1 1 240px' }}>
                {t('meetings.agenda.proposals.item', {
                  name,
                  date: formatIsoDate(proposal.nextEvaluationDate, language),
                })}
              </Typography>
              <Button
                variant="outlined"
                size="small"
                disabled={full}
                aria-label={t('meetings.agenda.proposals.addLabel', { name })}
                onClick={() => onAdd(option)}
              >
                {t('meetings.agenda.proposals.add')}
              </Button>
            </Box>
          );
        })}
      </Box>
    </Paper>
  );
}
