// Runs in: renderer.
//
// The consent gate in the wizard: either "a valid consent covers everything" or exactly what
// is missing, with the two ways forward (record the consent, print the form for the parents
// to sign). There is no override: without consent the letter cannot be made or sent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  referralConsentScope,
  type ReferralGateDecision,
} from '../../../../shared/referrals/consentGate';
import type { Referral } from '../../../../shared/referrals/referral';
import { ConsentFormDialog } from '../../consent/ConsentFormDialog';
import { RecordConsentDialog } from '../../consent/RecordConsentDialog';
import type { AppSession } from '../../security/VaultProvider';
import type { ReferralSources } from './referralSources';
import { useGateMessages } from './useGateMessages';

export interface ConsentGatePanelProps {
  readonly session: AppSession;
  readonly sources: ReferralSources;
  /** The referral as edited (may be ahead of the saved record). */
  readonly referral: Referral;
  readonly decision: ReferralGateDecision;
}

export function ConsentGatePanel({ session, sources, referral, decision }: ConsentGatePanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'record' | 'form' | null>(null);
  const [recorded, setRecorded] = useState(false);
  const recipientName = sources.recipient?.name ?? t('referrals.common.unknownRecipient');
  const message = useGateMessages(
    recipientName,
    sources.organisations,
    sources.consents,
    sources.attachments,
  );
  const scope = referralConsentScope(referral);

  return (
    <Box>
      <Box role="status">
        {decision.allowed ? (
          <Alert severity="success">
            <AlertTitle>{t('referrals.gate.allowedTitle')}</AlertTitle>
            {recorded ? `${t('referrals.gate.recorded')} ` : ''}
            {t('referrals.gate.allowed', { recipient: recipientName })}
          </Alert>
        ) : (
          <Alert severity="warning">
            <AlertTitle>{t('referrals.gate.blockedTitle')}</AlertTitle>
            <Typography sx={{ mb: 1 }}>
              {t('referrals.gate.blockedIntro', { recipient: recipientName })}
            </Typography>
            <Box
              component="ul"
              aria-label={t('referrals.gate.missingLabel')}
              sx={{ m: 0, pl: 2.5 }}
              data-testid="gate-missing"
            >
              {decision.missing.map((problem, index) => (
                <li key={index}>{message(problem)}</li>
              ))}
            </Box>
            <Typography sx={{ mt: 1 }}>{t('referrals.gate.noOverride')}</Typography>
          </Alert>
        )}
      </Box>
      {decision.allowed ? null : (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ mt: 2 }}>
          <Button variant="contained" onClick={() => setOpen('record')}>
            {t('referrals.gate.record')}
          </Button>
          <Button variant="outlined" onClick={() => setOpen('form')}>
            {t('referrals.gate.printForm')}
          </Button>
        </Stack>
      )}
      {open === 'record' ? (
        <RecordConsentDialog
          session={session}
          caseId={referral.caseId}
          pupil={sources.pupil}
          organisations={sources.organisations}
          initialScope={scope}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            setRecorded(true);
          }}
        />
      ) : null}
      {open === 'form' ? (
        <ConsentFormDialog
          session={session}
          caseId={referral.caseId}
          pupil={sources.pupil}
          organisations={sources.organisations}
          initialScope={scope}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Box>
  );
}
