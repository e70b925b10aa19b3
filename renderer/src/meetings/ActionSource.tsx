// Runs in: renderer.
//
// Where an action came from: "Uit het zorgteam van 1 december 2026" with a link to that
// meeting, or that it was added in the plan itself. Shared by the actieplan and the Acties view.
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PlanAction } from '../../../shared/meetings/actions';
import { hrefFor } from '../app/router';
import { formatIsoDate } from '../i18n/dates';
import { useLanguage } from '../i18n/useLanguage';
import { meetingRoute } from '../app/routes';

export function ActionSource({ action }: { readonly action: PlanAction }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { source } = action;
  if (source === undefined) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('actieplan.actions.addedInPlan')}
      </Typography>
    );
  }
  return (
    <Typography variant="body2">
      <Link href={hrefFor(meetingRoute(source.meetingId))}>
        {t(`actieplan.actions.source.${source.meetingKind}`, {
          date: formatIsoDate(source.meetingDate, language),
        })}
      </Link>
    </Typography>
  );
}
