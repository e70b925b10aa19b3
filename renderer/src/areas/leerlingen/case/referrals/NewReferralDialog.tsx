// Runs in: renderer.
//
// "Nieuwe verwijzing": choose the recipient (the team of the family's home is suggested and
// pre-selected), then the concept is created and the wizard opens on its own screen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Typography from '@mui/material/Typography';
import type { Organisation } from '../../../../../../shared/domain/directory';
import type { Pupil } from '../../../../../../shared/domain/pupil';
import { suggestTeamsFor } from '../../../../../../shared/domain/teamSuggestion';
import { newReferral } from '../../../../../../shared/referrals/referral';
import { todayIso } from '../../../../../../shared/domain/dates';
import { FormDialog } from '../../../../components/FormDialog';
import { useSaveAttempt } from '../../../../components/useSaveAttempt';
import type { AppSession } from '../../../../security/VaultProvider';
import { newRecordId } from '../../../../vault';
import { RecipientField } from '../../../../referrals/RecipientField';

export interface NewReferralDialogProps {
  readonly session: AppSession;
  readonly pupil: Pupil;
  readonly caseId: string;
  readonly organisations: readonly Organisation[];
  readonly onClose: () => void;
  readonly onCreated: (referralId: string) => void;
}

export function NewReferralDialog({
  session,
  pupil,
  caseId,
  organisations,
  onClose,
  onCreated,
}: NewReferralDialogProps) {
  const { t } = useTranslation();
  const [recipient, setRecipient] = useState(
    () => suggestTeamsFor(pupil, organisations)[0]?.organisation.id ?? '',
  );
  const [shown, setShown] = useState(false);
  const { busy, failed, attempt } = useSaveAttempt();
  const known = organisations.some((o) => o.id === recipient);

  const submit = (): void => {
    setShown(true);
    if (!known) return;
    const now = new Date().toISOString();
    const referral = newReferral({
      id: newRecordId(),
      caseId,
      pupilId: pupil.id,
      recipientOrganisationId: recipient,
      date: todayIso(),
      now,
    });
    void attempt(async () => {
      await session.records.put('case.referral', referral);
      onCreated(referral.id);
    });
  };

  return (
    <FormDialog
      open
      title={t('referrals.new.title')}
      submitLabel={t('referrals.new.submit')}
      dirty={false}
      busy={busy}
      error={failed ? t('referrals.common.saveFailed') : null}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>{t('referrals.new.intro')}</Typography>
      <RecipientField
        pupil={pupil}
        organisations={organisations}
        value={recipient}
        onChange={setRecipient}
        error={shown && !known ? t('referrals.wizard.errors.recipient') : undefined}
        autoFocus
      />
    </FormDialog>
  );
}
