// Runs in: renderer.
//
// "Markeren als verstuurd": the day the letter left and how (post, by hand, secure mail,
// …). From that day the app expects contact and feedback within the school's terms.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { compareIsoDates, isValidIsoDate, type IsoDate } from '../../../../shared/domain/dates';
import { SENT_VIA, type SentVia } from '../../../../shared/referrals/referral';
import {
  expectedContactDate,
  expectedFeedbackDate,
} from '../../../../shared/referrals/workingDays';
import { FormDialog } from '../../components/FormDialog';
import { useReferralSave } from '../../referrals/useReferralSave';
import { formatIsoDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';

/** Ways a letter can leave that the dialog offers (the encrypted package is not built yet). */
const OFFERED_SENT_VIA: readonly SentVia[] = SENT_VIA.filter((v) => v !== 'zorgtafel-bestand');

export interface SendDialogProps {
  readonly today: IsoDate;
  /** The concept's own date: sending cannot be earlier. */
  readonly earliest: IsoDate;
  readonly contactWorkingDays: number;
  readonly feedbackWorkingDays: number;
  readonly onClose: () => void;
  readonly onSend: (date: IsoDate, via: SentVia) => Promise<string | null>;
}

export function SendDialog({
  today,
  earliest,
  contactWorkingDays,
  feedbackWorkingDays,
  onClose,
  onSend,
}: SendDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [date, setDate] = useState(today);
  const [via, setVia] = useState<SentVia | ''>('');
  const [errors, setErrors] = useState<{ date?: string; via?: string }>({});
  const {
    busy,
    failure,
    submit: send,
  } = useReferralSave(
    (value: { readonly date: string; readonly via: SentVia }) => onSend(value.date, value.via),
    t('referrals.common.saveFailed'),
  );
  const validDate =
    isValidIsoDate(date) &&
    compareIsoDates(date, earliest) >= 0 &&
    compareIsoDates(date, today) <= 0;

  const submit = (): void => {
    const next: { date?: string; via?: string } = {};
    if (!validDate) next.date = t('referrals.send.dateInvalid');
    if (via === '') next.via = t('referrals.send.viaRequired');
    setErrors(next);
    if (next.date !== undefined || via === '') return;
    send({ date, via });
  };

  return (
    <FormDialog
      open
      title={t('referrals.send.title')}
      submitLabel={t('referrals.send.submit')}
      dirty={via !== '' || date !== today}
      busy={busy}
      error={failure}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>{t('referrals.send.intro')}</Typography>
      <TextField
        label={t('referrals.send.date')}
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={errors.date !== undefined}
        helperText={errors.date ?? ' '}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today, min: earliest } }}
        required
        autoFocus
      />
      <TextField
        select
        label={t('referrals.send.via')}
        value={via}
        onChange={(e) => setVia(OFFERED_SENT_VIA.find((v) => v === e.target.value) ?? '')}
        error={errors.via !== undefined}
        helperText={errors.via ?? ' '}
        required
      >
        {OFFERED_SENT_VIA.map((v) => (
          <MenuItem key={v} value={v}>
            {t(`referrals.sentVia.${v}`)}
          </MenuItem>
        ))}
      </TextField>
      {validDate ? (
        <Typography variant="body2" color="text.secondary">
          {t('referrals.send.expect', {
            contact: formatIsoDate(expectedContactDate(date, contactWorkingDays), language),
            contactDays: contactWorkingDays,
            feedback: formatIsoDate(expectedFeedbackDate(date, feedbackWorkingDays), language),
          })}
        </Typography>
      ) : null}
    </FormDialog>
  );
}
