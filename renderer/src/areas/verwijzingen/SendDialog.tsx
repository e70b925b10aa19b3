// Runs in: renderer.
//
// "Markeren als verstuurd": the day the letter left and how (post, by hand, secure mail,
// …). From that day the app expects contact and feedback within the school's terms. It shows
// the parents' review of the draft; without one it asks why the letter leaves anyway.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { compareIsoDates, isValidIsoDate, type IsoDate } from '../../../../shared/domain/dates';
import { SENT_VIA, type Referral, type SentVia } from '../../../../shared/referrals/referral';
import {
  expectedContactDate,
  expectedFeedbackDate,
} from '../../../../shared/referrals/workingDays';
import { FormDialog } from '../../components/FormDialog';
import { FormTextField } from '../../components/FormTextField';
import { useReferralSave } from '../../referrals/useReferralSave';
import { formatIsoDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { ParentsReviewSummary } from './ParentsReviewSummary';

/** Ways a letter can leave that the dialog offers (the encrypted package is not built yet). */
const OFFERED_SENT_VIA: readonly SentVia[] = SENT_VIA.filter((v) => v !== 'zorgtafel-bestand');

export interface SendDialogProps {
  /** The concept as saved: its parents' review decides whether a reason is asked. */
  readonly referral: Pick<Referral, 'status' | 'parentsReview' | 'sentWithoutParentsReview'>;
  readonly today: IsoDate;
  /** The concept's own date: sending cannot be earlier. */
  readonly earliest: IsoDate;
  readonly contactWorkingDays: number;
  readonly feedbackWorkingDays: number;
  readonly onClose: () => void;
  readonly onSend: (
    date: IsoDate,
    via: SentVia,
    withoutParentsReview: string | undefined,
  ) => Promise<string | null>;
}

interface SendErrors {
  readonly date?: string;
  readonly via?: string;
  readonly without?: string;
}

export function SendDialog({
  referral,
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
  const [without, setWithout] = useState('');
  const [errors, setErrors] = useState<SendErrors>({});
  const reviewed = referral.parentsReview !== undefined;
  const {
    busy,
    failure,
    submit: send,
  } = useReferralSave(
    (value: { readonly date: string; readonly via: SentVia; readonly without?: string }) =>
      onSend(value.date, value.via, value.without),
    t('referrals.common.saveFailed'),
  );
  const validDate =
    isValidIsoDate(date) &&
    compareIsoDates(date, earliest) >= 0 &&
    compareIsoDates(date, today) <= 0;

  const submit = (): void => {
    const next = {
      ...(validDate ? {} : { date: t('referrals.send.dateInvalid') }),
      ...(via === '' ? { via: t('referrals.send.viaRequired') } : {}),
      ...(!reviewed && without.trim() === ''
        ? { without: t('referrals.send.withoutReasonRequired') }
        : {}),
    };
    setErrors(next);
    if (Object.keys(next).length > 0 || via === '') return;
    send(reviewed ? { date, via } : { date, via, without: without.trim() });
  };

  return (
    <FormDialog
      open
      title={t('referrals.send.title')}
      submitLabel={t('referrals.send.submit')}
      dirty={via !== '' || date !== today || without !== ''}
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
      {reviewed ? (
        <ParentsReviewSummary referral={referral} date={(d) => formatIsoDate(d, language)} />
      ) : (
        <>
          <Alert severity="warning">{t('referrals.send.withoutIntro')}</Alert>
          <FormTextField
            label={t('referrals.send.withoutReason')}
            helperText={t('referrals.send.withoutReasonHelp')}
            value={without}
            onChange={setWithout}
            error={errors.without}
            required
            multiline
          />
        </>
      )}
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
