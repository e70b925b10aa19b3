// Runs in: renderer.
//
// A referral package just opened (issue 15): who sent it (the directory contact, or a warning
// with the controlecode to compare by phone, as for meeting files), that the letter matches
// the fingerprint printed on the paper letter (the worker refused it otherwise), what it is
// about, the consent basis (the data categories the school shared) and the attachments the
// consent covers. "Bewaren als ontvangen verwijzing" keeps it and leads to its screen.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useHashRoute } from '../app/router';
import { receivedReferralRoute } from '../app/routes';
import { FormDialog } from '../components/FormDialog';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { formatIsoDate } from '../i18n/dates';
import { useLanguage } from '../i18n/useLanguage';
import { ConsentBasis } from '../referrals/ConsentBasis';
import { keepReceivedReferral, type OpenedPackage } from '../referrals/receivedReferrals';
import { useSession } from '../security/VaultProvider';
import { SenderLine } from './SenderLine';
import { senderContact } from './senders';

export function ReferralReceivedDialog({
  opened,
  onClose,
}: {
  readonly opened: OpenedPackage;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const [, navigate] = useHashRoute();
  const { busy, failed, attempt } = useSaveAttempt();
  const { letter, documentId, fingerprint } = opened.package;

  const keep = (): void => {
    void attempt(async () => {
      const contact = senderContact(
        opened.sender.deelsleutel,
        session.records.list('directory.contact'),
        [],
      );
      const saved = await keepReceivedReferral(session, opened, contact?.contact.id);
      onClose();
      navigate(receivedReferralRoute(saved.id));
    });
  };

  return (
    <FormDialog
      title={t('received.open.title')}
      submitLabel={t('received.open.keep')}
      cancelLabel={t('received.open.discard')}
      dirty={false}
      busy={busy}
      error={failed ? t('received.open.keepFailed') : null}
      onClose={onClose}
      onSubmit={keep}
    >
      <SenderLine deelsleutel={opened.sender.deelsleutel} fingerprint={opened.sender.fingerprint} />
      <Alert
        severity="success"
        data-testid="package-fingerprint"
        // The 64-character fingerprint has no spaces: let it wrap instead of making the alert scroll.
        sx={{ '& .MuiAlert-message': { overflowWrap: 'anywhere' } }}
      >
        {t('received.open.fingerprintOk', { documentId, fingerprint })}
      </Alert>
      <Typography data-testid="package-summary">
        {t('received.open.summary', {
          school: letter.school.name,
          pupil: letter.pupil.name,
          date: formatIsoDate(letter.date, language),
        })}
      </Typography>
      <ConsentBasis letter={letter} headingComponent="p" />
      <Typography color="text.secondary">{t('received.open.keepHelp')}</Typography>
    </FormDialog>
  );
}
