// Runs in: renderer.
//
// "Passend team voor deze leerling": the ondersteuningsteam or wijkteam that serves the
// family's home (brief §6), with the reason, so the IB can check the suggestion instead of
// trusting it blindly.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Organisation } from '../../../shared/domain/directory';
import type { Pupil } from '../../../shared/domain/pupil';
import { suggestTeamsFor } from '../../../shared/domain/teamSuggestion';
import { hrefFor } from '../app/router';
import { directorySettingsRoute } from '../app/routes';
import { formatPostcodeRanges } from '../../../shared/domain/directoryForm';

export interface TeamSuggestionsProps {
  readonly pupil: Pupil;
  readonly organisations: readonly Organisation[];
  readonly onAddFrom: (organisation: Organisation) => void;
}

export function TeamSuggestions({ pupil, organisations, onAddFrom }: TeamSuggestionsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const hasAddress = pupil.homePostcode !== undefined || pupil.homeMunicipality !== undefined;
  const suggestions = suggestTeamsFor(pupil, organisations);
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      variant="outlined"
      sx={{ p: 2.5, bgcolor: 'background.default' }}
    >
      <Typography variant="h3" id={headingId} sx={{ mb: 0.5 }}>
        {t('directory.involvements.suggestion.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('directory.involvements.suggestion.intro')}
      </Typography>
      {!hasAddress ? (
        <Typography>{t('directory.involvements.suggestion.noAddress')}</Typography>
      ) : suggestions.length === 0 ? (
        <Typography>
          {t('directory.involvements.suggestion.none')}{' '}
          <Link href={hrefFor(directorySettingsRoute)}>
            {t('directory.involvements.suggestion.toSettings')}
          </Link>
        </Typography>
      ) : (
        <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {suggestions.map(({ organisation, match }) => (
            <Box
              component="li"
              key={organisation.id}
              sx={{
                display: 'flex',
                flexWrap: 'wrap',
                gap: 1,
                justifyContent: 'space-between',
                alignItems: 'center',
              }}
            >
              <Box>
                <Typography sx={{ fontWeight: 600 }}>
                  {organisation.name}{' '}
                  <Typography component="span" color="text.secondary">
                    ({t(`directory.kinds.${organisation.kind}`)})
                  </Typography>
                </Typography>
                <Typography variant="body2">
                  {match.reason === 'postcode-in-range'
                    ? t('directory.involvements.suggestion.byPostcode', {
                        postcode: pupil.homePostcode ?? '',
                        range: formatPostcodeRanges([match.range]),
                      })
                    : t('directory.involvements.suggestion.byMunicipality', {
                        municipality: match.municipality,
                      })}
                </Typography>
              </Box>
              <Button size="small" variant="outlined" onClick={() => onAddFrom(organisation)}>
                {t('directory.involvements.suggestion.addFrom', { name: organisation.name })}
              </Button>
            </Box>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
