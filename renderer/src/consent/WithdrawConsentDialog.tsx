// Runs in: renderer.
//
// "Intrekken": records when and by whom a consent was withdrawn. From that day on it allows
// nothing; what was shared before stays shared (brief §5), and the dialog says so.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { consentSchema, type Consent } from '../../../shared/domain/consent';
import { compareIsoDates, isValidIsoDate, todayIso } from '../../../shared/domain/dates';
import { FormDialog } from '../components/FormDialog';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { useLanguage } from '../i18n/useLanguage';
import type { AppSession } from '../security/VaultProvider';
import { formatIsoDate } from '../i18n/dates';

export interface WithdrawConsentDialogProps {
  readonly session: AppSession;
  readonly consent: Consent;
  readonly onClose: () => void;
  readonly onWithdrawn: (consent: Consent) => void;
}

export function WithdrawConsentDialog({
  session,
  consent,
  onClose,
  onWithdrawn,
}: WithdrawConsentDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [date, setDate] = useState(() => {
    const today = todayIso();
    return compareIsoDates(today, consent.date) < 0 ? consent.date : today;
  });
  const [by, setBy] = useState(consent.givenBy[0]?.name ?? '');
  const [errors, setErrors] = useState<{ date?: string; by?: string }>({});
  const [dirty, setDirty] = useState(false);
  // Why the form was refused before anything was written.
  const [refusal, setRefusal] = useState<string | null>(null);
  const { busy, failed, attempt } = useSaveAttempt();

  const submit = (): void => {
    const next: { date?: string; by?: string } = {};
    if (!isValidIsoDate(date)) next.date = t('directory.fieldErrors.date-invalid');
    else if (compareIsoDates(date, consent.date) < 0)
      next.date = t('directory.consent.withdraw.beforeDate', {
        date: formatIsoDate(consent.date, language),
      });
    if (by.trim() === '') next.by = t('directory.fieldErrors.required');
    else if (by.trim().length > 200) next.by = t('directory.fieldErrors.too-long');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const parsed = consentSchema.safeParse({
      ...consent,
      withdrawn: { date, by: by.trim() },
      updatedAt: new Date().toISOString(),
    });
    if (!parsed.success) {
      setRefusal(t('directory.common.fixErrors'));
      return;
    }
    setRefusal(null);
    void attempt(async () => {
      const saved = await session.records.put('case.consent', parsed.data);
      onWithdrawn(saved);
    });
  };

  return (
    <FormDialog
      open
      title={t('directory.consent.withdraw.title')}
      submitLabel={t('directory.consent.withdraw.confirm')}
      dirty={dirty}
      busy={busy}
      error={refusal ?? (failed ? t('directory.common.saveFailed') : null)}
      destructive
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>{t('directory.consent.withdraw.body')}</Typography>
      <TextField
        type="date"
        required
        label={t('directory.consent.withdraw.date')}
        value={date}
        onChange={(e) => {
          setDate(e.target.value);
          setDirty(true);
          setErrors((er) => ({ ...er, date: undefined }));
        }}
        error={errors.date !== undefined}
        helperText={errors.date}
        slotProps={{ inputLabel: { shrink: true } }}
        autoFocus
        fullWidth
      />
      <TextField
        required
        label={t('directory.consent.withdraw.by')}
        value={by}
        onChange={(e) => {
          setBy(e.target.value);
          setDirty(true);
          setErrors((er) => ({ ...er, by: undefined }));
        }}
        error={errors.by !== undefined}
        helperText={errors.by ?? t('directory.consent.withdraw.byHelp')}
        fullWidth
      />
    </FormDialog>
  );
}
