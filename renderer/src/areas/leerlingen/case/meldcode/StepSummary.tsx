// Runs in: renderer.
//
// What was recorded for one step of a meldcode track, as the case tab shows it: the facts
// apart from the interpretation, the consultation (anonymous or not), the conversation or
// why it was not held, each afwegingskader answer with its motivation, the decision with its
// reasons.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { afwegingQuestion } from '../../../../../../shared/meldcode/afwegingskader';
import type { MeldcodeStep, MeldcodeTrack } from '../../../../../../shared/meldcode/meldcode';
import { useLanguage } from '../../../../i18n/useLanguage';
import { useFormatIsoDate } from '../../../../i18n/useFormatIsoDate';

function Line({ label, children }: { readonly label?: string; readonly children: ReactNode }) {
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {label !== undefined ? (
        <Box component="span" sx={{ fontWeight: 600 }}>{`${label}: `}</Box>
      ) : null}
      {children}
    </Typography>
  );
}

export function StepSummary({
  track,
  step,
}: {
  readonly track: MeldcodeTrack;
  readonly step: MeldcodeStep;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formatIsoDate = useFormatIsoDate();
  const body = ((): ReactNode => {
    switch (step) {
      case 'signalen': {
        const s = track.steps.signalen;
        if (s === undefined) return null;
        return (
          <>
            <Line label={t('meldcode.summary.observations')}>{s.observations}</Line>
            {s.interpretation !== '' ? (
              <Line label={t('meldcode.summary.interpretation')}>{s.interpretation}</Line>
            ) : null}
            {s.entryIds.length > 0 ? (
              <Line>{t('meldcode.summary.entries', { count: s.entryIds.length })}</Line>
            ) : null}
          </>
        );
      }
      case 'overleg': {
        const s = track.steps.overleg;
        if (s === undefined) return null;
        const vt = s.veiligThuis;
        return (
          <>
            <Line>{t('meldcode.summary.colleague', { name: s.colleague })}</Line>
            <Line label={t('meldcode.summary.advice')}>{s.advice}</Line>
            {vt !== undefined ? (
              <>
                <Line>
                  {t('meldcode.summary.veiligThuis', {
                    date: formatIsoDate(vt.date),
                    person: vt.person,
                    mode: vt.anonymous
                      ? t('meldcode.summary.anonymous')
                      : t('meldcode.summary.named'),
                  })}
                </Line>
                <Line label={t('meldcode.summary.advice')}>{vt.advice}</Line>
              </>
            ) : null}
          </>
        );
      }
      case 'gesprek': {
        const s = track.steps.gesprek;
        if (s === undefined) return null;
        if (!s.held) {
          return (
            <>
              <Line>
                {t('meldcode.summary.notHeld', { reason: t(`meldcode.reasons.${s.reason}`) })}
              </Line>
              <Line>{s.explanation}</Line>
            </>
          );
        }
        const parts = [
          s.withParents ? t('meldcode.summary.parents') : undefined,
          s.withChild ? t('meldcode.summary.child') : undefined,
        ].filter((p) => p !== undefined);
        return (
          <>
            <Line>{t('meldcode.summary.held', { with: parts.join(', ') })}</Line>
            <Line>{s.summary}</Line>
          </>
        );
      }
      case 'afweging': {
        const s = track.steps.afweging;
        if (s === undefined) return null;
        return (
          <Box component="ol" sx={{ m: 0, pl: 3 }}>
            {s.answers.map((a) => {
              const question = afwegingQuestion(a.questionId);
              return (
                <Box component="li" key={a.questionId} value={question.number}>
                  <Line>{language === 'nl' ? a.question : question.en}</Line>
                  <Line>
                    {t('meldcode.summary.answer', {
                      answer:
                        a.answer === 'ja' ? t('meldcode.fields.yes') : t('meldcode.fields.no'),
                      motivation: a.motivation,
                    })}
                  </Line>
                </Box>
              );
            })}
          </Box>
        );
      }
      case 'besluit': {
        const s = track.steps.besluit;
        if (s === undefined) return null;
        return (
          <>
            <Line>
              {t('meldcode.summary.decision', { decision: t(`meldcode.decisions.${s.decision}`) })}
            </Line>
            <Line label={t('meldcode.summary.reasons')}>{s.reasons}</Line>
          </>
        );
      }
    }
  })();
  return <Box sx={{ mt: 1, display: 'grid', gap: 0.5 }}>{body}</Box>;
}
