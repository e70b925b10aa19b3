// Runs in: renderer.
//
// The closing process evaluation of a ZAT (001:341): what went well, what not, what to do
// differently next time. Typing goes through `edit` when given, so only the field re-renders.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ProcessEvaluation } from '../../../../../shared/meetings/meeting';
import type { MinutesChange } from '../../../../../shared/meetings/minutes';
import { DraftTextField } from './DraftTextField';

const FIELDS = [
  'wentWell',
  'didNotGoWell',
  'doDifferently',
] as const satisfies readonly (keyof ProcessEvaluation)[];

export interface ProcessEvaluationPanelProps {
  readonly evaluation: ProcessEvaluation | undefined;
  readonly apply: (change: MinutesChange) => unknown;
  /** Applies a typed change without re-rendering the screen (defaults to apply). */
  readonly edit?: (change: MinutesChange) => unknown;
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

export function ProcessEvaluationPanel({
  evaluation,
  apply,
  edit = apply,
  headingRef,
}: ProcessEvaluationPanelProps) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="process-evaluation-heading" sx={{ mb: 4 }}>
      <Typography
        id="process-evaluation-heading"
        ref={headingRef}
        tabIndex={-1}
        variant="h2"
        sx={{ fontSize: '1.5rem', mb: 1 }}
      >
        {t('meetingRun.processEvaluation.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('meetingRun.processEvaluation.intro')}
      </Typography>
      {FIELDS.map((field) => (
        <DraftTextField
          key={field}
          label={t(`meetingRun.processEvaluation.${field}`)}
          value={evaluation?.[field] ?? ''}
          onValueChange={(text) => edit({ kind: 'process-evaluation', patch: { [field]: text } })}
          multiline
          minRows={2}
          fullWidth
          sx={{ mb: 2 }}
          slotProps={{ htmlInput: { 'data-run-field': `process-${field}`, maxLength: 4000 } }}
        />
      ))}
    </Box>
  );
}
