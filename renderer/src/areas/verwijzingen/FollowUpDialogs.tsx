// Runs in: renderer.
//
// The small dialogs that follow a sent referral: the next status (with its date, and a
// reason when sent back), feedback received (what, from whom, when), and the route the
// family took when it went elsewhere. Each validates its fields and says what to fix.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { compareIsoDates, isValidIsoDate, type IsoDate } from '../../../../shared/domain/dates';
import { REFERRAL_TRANSITIONS } from '../../../../shared/referrals/lifecycle';
import {
  REFERRAL_ROUTES,
  type ReferralFeedback,
  type ReferralRoute,
  type ReferralStatus,
} from '../../../../shared/referrals/referral';
import { FormDialog } from '../../components/FormDialog';
import { useReferralSave, type ReferralSave } from '../../referrals/useReferralSave';

/** True when `date` is not a real date from `earliest` up to `today` (the referral dialogs' one date check). */
export function dateError(date: string, earliest: IsoDate, today: IsoDate): boolean {
  return (
    !isValidIsoDate(date) || compareIsoDates(date, earliest) < 0 || compareIsoDates(date, today) > 0
  );
}

export function StatusDialog({
  current,
  earliest,
  today,
  onClose,
  onSave,
}: {
  readonly current: ReferralStatus;
  readonly earliest: IsoDate;
  readonly today: IsoDate;
  readonly onClose: () => void;
  readonly onSave: ReferralSave<{ status: ReferralStatus; date: IsoDate; reason?: string }>;
}) {
  const { t } = useTranslation();
  const options = REFERRAL_TRANSITIONS[current];
  const [status, setStatus] = useState<ReferralStatus | ''>(options[0] ?? '');
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState(false);
  const { busy, failure, submit } = useReferralSave(onSave, t('referrals.common.saveFailed'));
  const badDate = dateError(date, earliest, today);
  const needsReason = status === 'teruggestuurd';
  const badReason = needsReason && reason.trim() === '';
  return (
    <FormDialog
      open
      title={t('referrals.status.title')}
      submitLabel={t('referrals.status.submit')}
      dirty={date !== today || reason !== ''}
      busy={busy}
      error={failure}
      onClose={onClose}
      onSubmit={() => {
        setShown(true);
        if (status === '' || badDate || badReason) return;
        submit(needsReason ? { status, date, reason: reason.trim() } : { status, date });
      }}
    >
      <TextField
        select
        label={t('referrals.status.next')}
        value={status}
        onChange={(e) => setStatus(options.find((o) => o === e.target.value) ?? '')}
        autoFocus
        required
      >
        {options.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`referrals.statuses.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('referrals.status.date')}
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={shown && badDate}
        helperText={shown && badDate ? t('referrals.status.dateInvalid') : ' '}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: earliest, max: today } }}
        required
      />
      {needsReason ? (
        <TextField
          label={t('referrals.status.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={shown && badReason}
          helperText={
            shown && badReason
              ? t('referrals.status.reasonRequired')
              : t('referrals.status.reasonHelp')
          }
          multiline
          minRows={2}
          required
        />
      ) : null}
    </FormDialog>
  );
}

export function FeedbackDialog({
  earliest,
  today,
  recipientName,
  onClose,
  onSave,
}: {
  readonly earliest: IsoDate;
  readonly today: IsoDate;
  readonly recipientName: string;
  readonly onClose: () => void;
  readonly onSave: ReferralSave<ReferralFeedback>;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const [from, setFrom] = useState('');
  const [text, setText] = useState('');
  const [shown, setShown] = useState(false);
  const { busy, failure, submit } = useReferralSave(onSave, t('referrals.common.saveFailed'));
  const badDate = dateError(date, earliest, today);
  return (
    <FormDialog
      open
      title={t('referrals.feedback.dialogTitle', { recipient: recipientName })}
      submitLabel={t('referrals.feedback.submit')}
      dirty={from !== '' || text !== ''}
      busy={busy}
      error={failure}
      onClose={onClose}
      onSubmit={() => {
        setShown(true);
        if (badDate || from.trim() === '' || text.trim() === '') return;
        submit({ date, from: from.trim(), text: text.trim() });
      }}
    >
      <TextField
        label={t('referrals.feedback.date')}
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={shown && badDate}
        helperText={shown && badDate ? t('referrals.feedback.dateInvalid') : ' '}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: earliest, max: today } }}
        required
        autoFocus
      />
      <TextField
        label={t('referrals.feedback.from')}
        value={from}
        onChange={(e) => setFrom(e.target.value)}
        error={shown && from.trim() === ''}
        helperText={
          shown && from.trim() === ''
            ? t('referrals.feedback.fromRequired')
            : t('referrals.feedback.fromHelp')
        }
        required
      />
      <TextField
        label={t('referrals.feedback.text')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={shown && text.trim() === ''}
        helperText={shown && text.trim() === '' ? t('referrals.feedback.textRequired') : ' '}
        multiline
        minRows={3}
        required
      />
    </FormDialog>
  );
}

export function RouteDialog({
  today,
  onClose,
  onSave,
}: {
  readonly today: IsoDate;
  readonly onClose: () => void;
  readonly onSave: ReferralSave<ReferralRoute>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ReferralRoute['kind'] | ''>('');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [shown, setShown] = useState(false);
  const { busy, failure, submit } = useReferralSave(onSave, t('referrals.common.saveFailed'));
  const badDate = !isValidIsoDate(date) || compareIsoDates(date, today) > 0;
  return (
    <FormDialog
      open
      title={t('referrals.route.title')}
      submitLabel={t('referrals.route.submit')}
      dirty={kind !== '' || note !== ''}
      busy={busy}
      error={failure}
      onClose={onClose}
      onSubmit={() => {
        setShown(true);
        if (kind === '' || badDate) return;
        submit(note.trim() === '' ? { kind, date } : { kind, date, note: note.trim() });
      }}
    >
      <TextField
        select
        label={t('referrals.route.kind')}
        value={kind}
        onChange={(e) => setKind(REFERRAL_ROUTES.find((r) => r === e.target.value) ?? '')}
        error={shown && kind === ''}
        helperText={shown && kind === '' ? t('referrals.route.kindRequired') : ' '}
        autoFocus
        required
      >
        {REFERRAL_ROUTES.map((r) => (
          <MenuItem key={r} value={r}>
            {t(`referrals.routes.${r}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('referrals.route.date')}
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={shown && badDate}
        helperText={shown && badDate ? t('referrals.route.dateInvalid') : ' '}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
        required
      />
      <TextField
        label={t('referrals.route.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={2}
      />
    </FormDialog>
  );
}
