// Runs in: renderer.
//
// The figures that are not count tables: the referral lead times (medians and shares, left
// out when taken over fewer than 5 referrals) and the ZAT's "anders doen" points that passed
// the name check.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { PublishedFigures, PublishedMeasure } from '../../../../shared/figures/model';
import { HeaderRow, type PeriodLabels } from './FigureTableView';
import { useFigureLabels } from './useFigureLabels';

/** A measure's value as the screen and the year report write it: a share in percent, a median as a number. */
export function useMeasureText(): (m: PublishedMeasure | undefined) => string {
  const { t, i18n } = useTranslation();
  return (m) => {
    if (m?.value === null || m?.value === undefined) return t('figures.measures.none');
    const share = m.id.endsWith('-share');
    return share
      ? new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(m.value)
      : m.value.toLocaleString(i18n.language);
  };
}

export function MeasuresTable({
  current,
  previous,
  periods,
}: {
  readonly current: PublishedFigures;
  readonly previous: PublishedFigures;
  readonly periods: PeriodLabels;
}) {
  const { t } = useTranslation();
  const { cellText } = useFigureLabels();
  const text = useMeasureText();
  return (
    <Box component="section" aria-label={t('figures.measures.title')}>
      <Table size="small" data-testid="figures-measures">
        <caption>{t('figures.measures.title')}</caption>
        <HeaderRow
          first={t('figures.measures.measure')}
          rest={[periods.current, t('figures.measures.n'), periods.previous]}
        />
        <TableBody>
          {current.measures.map((m) => (
            <TableRow key={m.id}>
              <TableCell component="th" scope="row">
                {t(`figures.measures.${m.id}`)}
              </TableCell>
              <TableCell align="right">{text(m)}</TableCell>
              <TableCell align="right">{cellText(m.n)}</TableCell>
              <TableCell align="right">
                {text(previous.measures.find((p) => p.id === m.id))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

export function EvaluationPoints({ figures }: { readonly figures: PublishedFigures }) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="figures-points-title">
      <Typography id="figures-points-title" variant="h2" sx={{ fontSize: '1.15rem', mb: 1 }}>
        {t('figures.points.title')}
      </Typography>
      {figures.evaluationPoints.length === 0 ? (
        <Typography>{t('figures.points.none')}</Typography>
      ) : (
        <Box component="ul" data-testid="figures-points" sx={{ mt: 0 }}>
          {figures.evaluationPoints.map((point, i) => (
            <li key={i}>{point}</li>
          ))}
        </Box>
      )}
      {figures.withheldPoints > 0 ? (
        <Typography variant="body2">
          {t('figures.points.withheld', { count: figures.withheldPoints })}
        </Typography>
      ) : null}
    </Box>
  );
}
