// Runs in: renderer.
//
// The steps of a received referral so far, oldest first, each with its date and what was
// recorded with it (the reason, the route, the plan's goals per leefgebied, a note).
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { CARE_SETTINGS_RECORD_ID } from '../../../../shared/domain/careSettings';
import { DEFAULT_LEEFGEBIEDEN } from '../../../../shared/domain/leefgebieden';
import type { ReceivedReferral, ReceivedStep } from '../../../../shared/referrals/received';
import { formatIsoDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { useSession } from '../../security/VaultProvider';

function StepDetail({ step }: { readonly step: ReceivedStep }) {
  const { t } = useTranslation();
  const session = useSession();
  switch (step.step) {
    case 'teruggestuurd':
      return (
        <Typography variant="body2">
          {t('received.history.reason', { text: step.reason })}
        </Typography>
      );
    case 'andere-route':
      return (
        <Typography variant="body2">
          {t(`received.routes.${step.route}`)}
          {step.note === undefined ? '' : ` · ${step.note}`}
        </Typography>
      );
    case 'plan': {
      const labels =
        session.records.get('school.care-settings', CARE_SETTINGS_RECORD_ID)?.leefgebieden ??
        DEFAULT_LEEFGEBIEDEN;
      return (
        <Box component="ul" sx={{ m: 0, pl: 3 }}>
          {step.goals.map((g, i) => (
            <Typography component="li" variant="body2" key={i}>
              {`${labels.find((l) => l.id === g.leefgebiedId)?.label ?? g.leefgebiedId}: ${g.goal}`}
            </Typography>
          ))}
        </Box>
      );
    }
    case 'contact':
    case 'intake':
    case 'hulp-gestart':
    case 'afgesloten':
      return step.note === undefined ? null : <Typography variant="body2">{step.note}</Typography>;
    default: {
      const never: never = step;
      return never;
    }
  }
}

export function ReceivedHistory({ record }: { readonly record: ReceivedReferral }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Box component="ol" sx={{ pl: 3, my: 1 }} data-testid="received-history">
      <Typography component="li">
        {t('received.history.received', { date: formatIsoDate(record.receivedOn, language) })}
      </Typography>
      {record.history.map((step, i) => (
        <Box component="li" key={i}>
          <Typography>
            {t('received.history.step', {
              status: t(`received.statuses.${step.step}`),
              date: formatIsoDate(step.date, language),
            })}
          </Typography>
          <StepDetail step={step} />
        </Box>
      ))}
    </Box>
  );
}
