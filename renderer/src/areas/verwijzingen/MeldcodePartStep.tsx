// Runs in: renderer.
//
// The referral wizard's one door for the meldcode track (issue 16, point 3): shown only when
// the case has a track with a decision, off by default. Ticked, it shows exactly what goes
// (the decision, its day, the report day) and what does not, and asks the basis, which is
// never chosen for the user: a recorded consent or a legal basis with a written motivation.
// The rule (namedPart in the meldcode module) decides; the letter's preview then shows the
// section, and a basis that does not hold stops the letter with the reason.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { meldcodePartFacts, tracksWithDecision } from '../../../../shared/meldcode/namedPart';
import type { MeldcodePartSelection } from '../../../../shared/referrals/referral';
import { useLanguage } from '../../i18n/useLanguage';
import { formatIsoDate } from '../../i18n/dates';
import { MeldcodeBasisFieldset } from './MeldcodeBasisFieldset';
import type { ReferralSources } from './referralSources';
import type { ReferralDraft } from './useReferralDraft';
import { WizardSection } from './WizardSection';

export interface MeldcodePartStepProps {
  readonly sources: ReferralSources;
  readonly draft: ReferralDraft;
  readonly update: (patch: Partial<ReferralDraft>) => void;
  /** Why the selected part may not go now (the letter problem's text), if it may not. */
  readonly problem: string | undefined;
}

export function MeldcodePartStep({ sources, draft, update, problem }: MeldcodePartStepProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const date = (d: string): string => formatIsoDate(d, language);
  const decided = tracksWithDecision(sources.meldcodeTracks, sources.referral.caseId);
  const selection = draft.meldcodePart;
  if (decided.length === 0 && selection === undefined) return null;
  const track = decided.find((d) => d.id === selection?.trackId);
  const facts = track === undefined ? undefined : meldcodePartFacts(track);
  // Unticked (undefined): the draft holds no part, and the save drops the stored one.
  const select = (next: MeldcodePartSelection | undefined): void => update({ meldcodePart: next });
  return (
    <WizardSection
      title={t('meldcode.referralPart.title')}
      intro={t('meldcode.referralPart.intro')}
      testId="meldcode-part"
    >
      <FormControlLabel
        control={
          <Checkbox
            checked={selection !== undefined}
            onChange={(e) =>
              select(
                e.target.checked && decided[0] !== undefined
                  ? { trackId: (decided.at(-1) ?? decided[0]).id }
                  : undefined,
              )
            }
          />
        }
        label={t('meldcode.referralPart.include')}
      />
      {selection === undefined ? null : (
        <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
          {decided.length > 1 ? (
            <TextField
              select
              label={t('meldcode.referralPart.track')}
              value={selection.trackId}
              onChange={(e) => select({ ...selection, trackId: e.target.value })}
            >
              {decided.map((d) => (
                <MenuItem key={d.id} value={d.id}>
                  {t('meldcode.referralPart.trackOption', { date: date(d.signalDate) })}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          {facts === undefined ? null : (
            <Box data-testid="meldcode-part-facts">
              <Typography>{t('meldcode.referralPart.whatGoes')}</Typography>
              <Box component="ul" sx={{ my: 0.5, pl: 2.5 }}>
                <li>{t('meldcode.referralPart.decision', { decision: facts.decision })}</li>
                <li>
                  {t('meldcode.referralPart.decisionDate', { date: date(facts.decisionDate) })}
                </li>
                {facts.reportDate === undefined ? null : (
                  <li>{t('meldcode.referralPart.reportDate', { date: date(facts.reportDate) })}</li>
                )}
                <li>{t('meldcode.referralPart.basisLine')}</li>
              </Box>
              <Typography variant="body2" color="text.secondary">
                {t('meldcode.referralPart.notGoing')}
              </Typography>
            </Box>
          )}
          <MeldcodeBasisFieldset
            sources={sources}
            basis={selection.basis}
            onChange={(basis) => select({ trackId: selection.trackId, basis })}
          />
          {problem === undefined ? null : (
            <Typography color="error" data-testid="meldcode-part-problem">
              {problem}
            </Typography>
          )}
        </Box>
      )}
    </WizardSection>
  );
}
