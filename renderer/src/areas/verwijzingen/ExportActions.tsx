// Runs in: renderer.
//
// "Verwijsbrief opslaan" and "Ouderexemplaar opslaan": each asks the consent gate again at
// the moment of export, so a withdrawn consent blocks at once, and says what happened: the
// file name, the document id and the fingerprint, or exactly what consent is missing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import type { ReferralLetterVariant } from '../../../../shared/documents/referralLetter';
import { todayIso } from '../../../../shared/domain/dates';
import { useHost } from '../../host/HostContext';
import type { AppSession } from '../../security/VaultProvider';
import { exportReferralLetter, type ExportOutcome } from './exportLetter';
import { PackageDialog } from './PackageDialog';
import type { ReferralSources } from './referralSources';
import { useGateMessages } from './useGateMessages';
import { useLetterProblemText } from './useLetterProblemText';

type Variant = ReferralLetterVariant | 'package';
type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly variant: Variant }
  | { readonly kind: 'failed' }
  | (ExportOutcome & { readonly variant: Variant; readonly passphrase?: string | null });

const SAVED_KEYS = {
  recipient: 'referrals.export.savedRecipient',
  parents: 'referrals.export.savedParents',
  package: 'referrals.export.savedPackage',
} as const;

export interface ExportActionsProps {
  readonly session: AppSession;
  readonly sources: ReferralSources;
  /** Runs first (check fields, save the draft); false stops the export. */
  readonly before?: () => Promise<boolean>;
}

export function ExportActions({ session, sources, before }: ExportActionsProps) {
  const { t } = useTranslation();
  const host = useHost();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [packaging, setPackaging] = useState(false);
  const recipientName = sources.recipient?.name ?? t('referrals.common.unknownRecipient');
  const gateMessage = useGateMessages(
    recipientName,
    sources.organisations,
    sources.consents,
    sources.attachments,
  );
  const letterProblemText = useLetterProblemText();

  const run = async (variant: ReferralLetterVariant): Promise<void> => {
    if (before !== undefined && !(await before())) return;
    setStatus({ kind: 'busy', variant });
    try {
      const outcome = await exportReferralLetter(
        session,
        host,
        sources.referral.id,
        variant,
        todayIso(),
      );
      setStatus({ ...outcome, variant });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  const busy = status.kind === 'busy';
  return (
    <Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
        <Button
          variant="outlined"
          startIcon={<PictureAsPdfOutlinedIcon />}
          disabled={busy}
          onClick={() => void run('recipient')}
        >
          {t('referrals.export.recipient')}
        </Button>
        <Button
          variant="outlined"
          startIcon={<PictureAsPdfOutlinedIcon />}
          disabled={busy}
          onClick={() => void run('parents')}
        >
          {t('referrals.export.parents')}
        </Button>
        <Button
          variant="outlined"
          startIcon={<LockOutlinedIcon />}
          disabled={busy}
          onClick={() =>
            void (async () => {
              if (before === undefined || (await before())) setPackaging(true);
            })()
          }
        >
          {t('referrals.export.package')}
        </Button>
      </Stack>
      <Box role="status" sx={{ mt: status.kind === 'idle' ? 0 : 2 }}>
        {status.kind === 'busy' ? <Typography>{t('referrals.export.busy')}</Typography> : null}
        {status.kind === 'failed' ? (
          <Alert severity="error">{t('referrals.export.failed')}</Alert>
        ) : null}
        {status.kind === 'saved' ? (
          <Alert severity="success">
            {t(SAVED_KEYS[status.variant], { name: status.name })}
            {status.passphrase === undefined || status.passphrase === null ? null : (
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {t('referrals.export.passphraseReminder', { passphrase: status.passphrase })}
              </Typography>
            )}
            <Typography variant="body2" sx={{ mt: 0.5, wordBreak: 'break-all' }}>
              {t('referrals.export.ids', {
                documentId: status.documentId,
                fingerprint: status.fingerprint,
              })}
            </Typography>
          </Alert>
        ) : null}
        {status.kind === 'blocked' ? (
          <Alert severity="error">
            <AlertTitle>{t('referrals.export.blockedTitle')}</AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="export-blocked">
              {status.missing.map((problem, index) => (
                <li key={index}>{gateMessage(problem)}</li>
              ))}
            </Box>
          </Alert>
        ) : null}
        {status.kind === 'letter-problem' ? (
          <Alert severity="warning">{letterProblemText(status.problem)}</Alert>
        ) : null}
      </Box>
      {packaging ? (
        <PackageDialog
          session={session}
          sources={sources}
          onClose={() => setPackaging(false)}
          onDone={(outcome, passphrase) => {
            setPackaging(false);
            setStatus({ ...outcome, variant: 'package', passphrase });
          }}
        />
      ) : null}
    </Box>
  );
}
