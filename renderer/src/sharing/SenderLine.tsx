// Runs in: renderer.
//
// Who sent a received file, as the open, reply-import and shared-files screens show it: the
// contact and organisation when the sender's deelsleutel is in the directory, otherwise a
// warning with the key's fingerprint to compare by phone.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import { useSession } from '../security/VaultProvider';
import { senderContact } from './senders';

/** Who sent a file, as the dialogs show it. */
export function SenderLine({
  deelsleutel,
  fingerprint,
}: {
  readonly deelsleutel: string;
  readonly fingerprint: string;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const known = senderContact(
    deelsleutel,
    session.records.list('directory.contact'),
    session.records.list('directory.organisation'),
  );
  return known !== undefined ? (
    <Alert severity="success" data-testid="share-sender">
      {t('sharing.open.senderKnown', {
        name: known.contact.name,
        organisation: known.organisation,
      })}
    </Alert>
  ) : (
    <Alert severity="warning" data-testid="share-sender">
      {t('sharing.open.senderUnknown', { fingerprint })}
    </Alert>
  );
}
