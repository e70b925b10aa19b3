// Runs in: renderer.
//
// Choosing the recipient of a referral from the organisation list, with the team that serves
// the family's home (postcode first, then municipality) suggested and explained, because a
// referral goes to the team of where the family lives, not of the school (brief §6).
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Organisation } from '../../../shared/domain/directory';
import type { Pupil } from '../../../shared/domain/pupil';
import { recipientOptions, suggestTeamsFor } from '../../../shared/domain/teamSuggestion';
import { hrefFor } from '../app/router';
import { directorySettingsRoute } from '../app/routes';
import { formatPostcodeRanges } from '../../../shared/domain/directoryForm';

export interface RecipientFieldProps {
  readonly pupil: Pupil;
  readonly organisations: readonly Organisation[];
  readonly value: string;
  readonly onChange: (organisationId: string) => void;
  readonly error?: string | undefined;
  readonly autoFocus?: boolean;
}

export function RecipientField({
  pupil,
  organisations,
  value,
  onChange,
  error,
  autoFocus = false,
}: RecipientFieldProps) {
  const { t } = useTranslation();
  const options = recipientOptions(pupil, organisations);
  const best = suggestTeamsFor(pupil, organisations)[0];
  if (organisations.length === 0) {
    return (
      <Alert severity="info">
        {t('referrals.recipient.noOrganisations')}{' '}
        <Link href={hrefFor(directorySettingsRoute)}>{t('referrals.recipient.toSettings')}</Link>
      </Alert>
    );
  }
  return (
    <Box>
      {best === undefined ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {pupil.homePostcode === undefined && pupil.homeMunicipality === undefined
            ? t('referrals.recipient.noAddress')
            : t('referrals.recipient.noSuggestion')}
        </Typography>
      ) : (
        <Alert
          severity="info"
          sx={{ mb: 1.5 }}
          action={
            best.organisation.id === value ? undefined : (
              <Button color="inherit" size="small" onClick={() => onChange(best.organisation.id)}>
                {t('referrals.recipient.useSuggestion')}
              </Button>
            )
          }
        >
          {t('referrals.recipient.suggestion', { name: best.organisation.name })}{' '}
          {best.match.reason === 'postcode-in-range'
            ? t('directory.involvements.suggestion.byPostcode', {
                postcode: pupil.homePostcode ?? '',
                range: formatPostcodeRanges([best.match.range]),
              })
            : t('directory.involvements.suggestion.byMunicipality', {
                municipality: best.match.municipality,
              })}
        </Alert>
      )}
      <TextField
        select
        fullWidth
        label={t('referrals.recipient.label')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error !== undefined}
        helperText={error ?? t('referrals.recipient.help')}
        autoFocus={autoFocus}
        required
      >
        {options.map(({ organisation, suggested }) => (
          <MenuItem key={organisation.id} value={organisation.id}>
            {suggested
              ? t('referrals.recipient.optionSuggested', {
                  name: organisation.name,
                  kind: t(`directory.kinds.${organisation.kind}`),
                })
              : t('referrals.recipient.option', {
                  name: organisation.name,
                  kind: t(`directory.kinds.${organisation.kind}`),
                })}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
