// Runs in: renderer.
//
// "Welke stappen zijn gezet": what came back with the case (its open actions and the last
// meeting's decisions, 000:951-953), so the team reviews it before discussing anew. For an
// anonymous item the texts come from the anonymised view, so no name slips through.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { CarryOverSnapshot } from '../../../../../shared/meetings/meeting';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatIsoDate } from '../../../i18n/dates';

export function CarryOverPanel({
  carryOver,
  headingLevel,
}: {
  readonly carryOver: CarryOverSnapshot | undefined;
  readonly headingLevel: 'h3' | 'h4';
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const empty =
    carryOver === undefined ||
    (carryOver.openActions.length === 0 && carryOver.decisions.length === 0);
  return (
    <Box component="section" sx={{ mb: 3, p: 2, bgcolor: 'action.hover', borderRadius: 1 }}>
      <Typography variant="h3" component={headingLevel} sx={{ fontSize: '1.05rem', mb: 1 }}>
        {t('meetingRun.item.carryOver.title')}
      </Typography>
      {empty || carryOver === undefined ? (
        <Typography color="text.secondary">{t('meetingRun.item.carryOver.none')}</Typography>
      ) : (
        <>
          {carryOver.from !== undefined ? (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {t('meetingRun.item.carryOver.from', {
                date: formatIsoDate(carryOver.from.meetingDate, language),
              })}
            </Typography>
          ) : null}
          {carryOver.openActions.length > 0 ? (
            <>
              <Typography sx={{ fontWeight: 600 }}>
                {t('meetingRun.item.carryOver.openActions')}
              </Typography>
              <Box component="ul" sx={{ mt: 0.5 }}>
                {carryOver.openActions.map((action) => (
                  <li key={action.id}>
                    {action.description} — {action.ownerName}
                    {action.ownerOrganisation !== '' ? `, ${action.ownerOrganisation}` : ''} (
                    {action.dueDate !== undefined
                      ? t('meetingRun.item.carryOver.due', {
                          date: formatIsoDate(action.dueDate, language),
                        })
                      : t('meetingRun.item.carryOver.noDue')}
                    )
                  </li>
                ))}
              </Box>
            </>
          ) : null}
          {carryOver.decisions.length > 0 ? (
            <>
              <Typography sx={{ fontWeight: 600 }}>
                {t('meetingRun.item.carryOver.decisions')}
              </Typography>
              <Box component="ul" sx={{ mt: 0.5, mb: 0 }}>
                {carryOver.decisions.map((decision) => (
                  <li key={decision.id}>{decision.text}</li>
                ))}
              </Box>
            </>
          ) : null}
        </>
      )}
    </Box>
  );
}
