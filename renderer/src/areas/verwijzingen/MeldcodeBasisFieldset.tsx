// Runs in: renderer.
//
// The basis on which a part of the meldcode track goes in a referral: no choice is preset.
// With consent the user names the recorded consent (the pupil's 'verwijzen' consents to this
// recipient are offered; the rule checks that the named one covers the home situation on the
// letter's day). Without consent the user writes the motivation of the legal basis; it stays
// in the school's file (the referral record), the letter says only that it was shared
// without consent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  MELDCODE_PART_BASES,
  MELDCODE_PART_MOTIVATION_MAX,
  type MeldcodePartBasis,
  type MeldcodePartBasisKind,
} from '../../../../shared/referrals/referral';
import { useLanguage } from '../../i18n/useLanguage';
import { formatIsoDate } from '../../i18n/dates';
import type { ReferralSources } from './referralSources';

export function MeldcodeBasisFieldset({
  sources,
  basis,
  onChange,
}: {
  readonly sources: ReferralSources;
  readonly basis: MeldcodePartBasis | undefined;
  readonly onChange: (basis: MeldcodePartBasis | undefined) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  // The chosen kind, also before a consent is picked (the stored basis then stays absent).
  const [kind, setKind] = useState<MeldcodePartBasisKind | undefined>(basis?.kind);
  const recipientId = sources.referral.recipientOrganisationId;
  const consents = sources.consents.filter(
    (c) => c.purpose === 'verwijzen' && c.recipientOrganisationId === recipientId,
  );
  const recipientName = (name: string | undefined): string =>
    sources.recipient?.name ?? name ?? t('referrals.common.unknownRecipient');
  return (
    <>
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('meldcode.referralPart.basis')}</FormLabel>
        <RadioGroup
          value={kind ?? ''}
          onChange={(e) => {
            const chosen = MELDCODE_PART_BASES.find((b) => b === e.target.value);
            setKind(chosen);
            if (chosen === 'wettelijke-grondslag') onChange({ kind: chosen, motivation: '' });
            // The user names the consent, even when only one is on file: never presumed.
            if (chosen === 'toestemming') onChange(undefined);
          }}
        >
          {MELDCODE_PART_BASES.map((option) => (
            <FormControlLabel
              key={option}
              value={option}
              control={<Radio />}
              label={t(`meldcode.referralPart.bases.${option}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      {basis?.kind === 'wettelijke-grondslag' ? (
        <TextField
          label={t('meldcode.referralPart.motivation')}
          value={basis.motivation}
          onChange={(e) => onChange({ kind: basis.kind, motivation: e.target.value })}
          multiline
          minRows={3}
          required
          slotProps={{ htmlInput: { maxLength: MELDCODE_PART_MOTIVATION_MAX } }}
          helperText={t('meldcode.referralPart.motivationHelp')}
        />
      ) : null}
      {kind === 'toestemming' ? (
        consents.length === 0 ? (
          <Typography color="text.secondary">{t('meldcode.referralPart.noConsents')}</Typography>
        ) : (
          <TextField
            select
            label={t('meldcode.referralPart.consent')}
            value={basis?.kind === 'toestemming' ? basis.consentId : ''}
            onChange={(e) => onChange({ kind: 'toestemming', consentId: e.target.value })}
            required
          >
            {consents.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {t('meldcode.referralPart.consentOption', {
                  recipient: recipientName(c.recipientOrganisationName),
                  date: formatIsoDate(c.date, language),
                })}
              </MenuItem>
            ))}
          </TextField>
        )
      ) : null}
    </>
  );
}
