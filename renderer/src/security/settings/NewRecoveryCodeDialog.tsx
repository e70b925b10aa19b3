// Runs in: renderer.
//
// Nieuwe herstelcode: explains that the old code stops working, asks the current passphrase,
// then shows the new code once with its printable sheet. The dialog only closes after the
// user confirms they stored it: the code cannot be shown again.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { BusyStatus } from '../../components/BusyStatus';
import { FormDialog } from '../../components/FormDialog';
import { MessageDialog } from '../../components/MessageDialog';
import { useTranslation } from 'react-i18next';
import { RecoveryCodePanel } from '../RecoveryCodePanel';
import { useSession } from '../VaultProvider';
import { CurrentPassphraseField } from './CurrentPassphraseField';
import { useCurrentPassphrase } from './useCurrentPassphrase';

export interface NewRecoveryCodeDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Called when the user closes the dialog after a new code was made. */
  readonly onMade: () => void;
}

export function NewRecoveryCodeDialog({ open, onClose, onMade }: NewRecoveryCodeDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const passphrase = useCurrentPassphrase();
  const [code, setCode] = useState<string | null>(null);
  const [stored, setStored] = useState(false);

  const finish = () => {
    const made = code !== null;
    passphrase.reset();
    setCode(null);
    setStored(false);
    if (made) onMade();
    else onClose();
  };

  const submit = () =>
    passphrase.submit(async (current) => {
      setCode(await session.regenerateRecoveryCode(current));
    });

  if (code !== null) {
    // Once the code is shown, closing means "I stored it": the code cannot be shown again.
    return (
      <MessageDialog
        title={t('security.recovery.dialogTitle')}
        closeLabel={t('security.recovery.done')}
        mayClose={stored}
        onClose={finish}
      >
        <Typography role="status">{t('security.recovery.shownOnce')}</Typography>
        <RecoveryCodePanel code={code} session={session} />
        <FormControlLabel
          control={<Checkbox checked={stored} onChange={(e) => setStored(e.target.checked)} />}
          label={t('security.recovery.confirmStored')}
        />
      </MessageDialog>
    );
  }
  return (
    <FormDialog
      open={open}
      title={t('security.recovery.dialogTitle')}
      submitLabel={t('security.recovery.submit')}
      cancelLabel={t('security.common.cancel')}
      dirty={passphrase.field.value !== ''}
      busy={passphrase.busy}
      error={passphrase.otherFailure ? t('security.common.unexpected') : null}
      onClose={finish}
      onSubmit={submit}
    >
      <Alert severity="warning">{t('security.recovery.dialogIntro')}</Alert>
      <CurrentPassphraseField {...passphrase.field} />
      {passphrase.busy && <BusyStatus label={t('security.recovery.busy')} />}
    </FormDialog>
  );
}
