// Runs in: renderer.
//
// "Inzage door ouders": the day the parents saw the draft letter, how (in a conversation, by
// post, …), what they said and what was changed because of it. Only the date and the way are
// required: parents who had nothing to add are a valid review.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { IsoDate } from '../../../../shared/domain/dates';
import {
  PARENTS_REVIEW_WAYS,
  type ParentsReview,
  type ParentsReviewWay,
} from '../../../../shared/referrals/referral';
import { FormDialog } from '../../components/FormDialog';
import { FormTextField } from '../../components/FormTextField';
import { useReferralSave, type ReferralSave } from '../../referrals/useReferralSave';
import { dateError } from './FollowUpDialogs';

export function ParentsReviewDialog({
  initial,
  earliest,
  today,
  onClose,
  onSave,
}: {
  readonly initial: ParentsReview | undefined;
  readonly earliest: IsoDate;
  readonly today: IsoDate;
  readonly onClose: () => void;
  readonly onSave: ReferralSave<ParentsReview>;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(initial?.date ?? today);
  const [how, setHow] = useState<ParentsReviewWay | ''>(initial?.how ?? '');
  const [reaction, setReaction] = useState(initial?.reaction ?? '');
  const [corrections, setCorrections] = useState(initial?.corrections ?? '');
  const [shown, setShown] = useState(false);
  const { busy, failure, submit } = useReferralSave(onSave, t('referrals.common.saveFailed'));
  const badDate = dateError(date, earliest, today);
  return (
    <FormDialog
      open
      title={t('referrals.parentsReview.dialogTitle')}
      submitLabel={t('referrals.parentsReview.submit')}
      dirty={
        date !== (initial?.date ?? today) ||
        how !== (initial?.how ?? '') ||
        reaction !== (initial?.reaction ?? '') ||
        corrections !== (initial?.corrections ?? '')
      }
      busy={busy}
      error={failure}
      onClose={onClose}
      onSubmit={() => {
        setShown(true);
        if (badDate || how === '') return;
        submit({ date, how, reaction: reaction.trim(), corrections: corrections.trim() });
      }}
    >
      <FormTextField
        label={t('referrals.parentsReview.date')}
        type="date"
        value={date}
        onChange={setDate}
        error={shown && badDate ? t('referrals.parentsReview.dateInvalid') : undefined}
        required
        autoFocus
      />
      <TextField
        select
        label={t('referrals.parentsReview.how')}
        value={how}
        onChange={(e) => setHow(PARENTS_REVIEW_WAYS.find((w) => w === e.target.value) ?? '')}
        error={shown && how === ''}
        helperText={shown && how === '' ? t('referrals.parentsReview.howRequired') : ' '}
        required
      >
        {PARENTS_REVIEW_WAYS.map((w) => (
          <MenuItem key={w} value={w}>
            {t(`referrals.parentsReview.ways.${w}`)}
          </MenuItem>
        ))}
      </TextField>
      <FormTextField
        label={t('referrals.parentsReview.reaction')}
        helperText={t('referrals.parentsReview.reactionHelp')}
        value={reaction}
        onChange={setReaction}
        multiline
      />
      <FormTextField
        label={t('referrals.parentsReview.corrections')}
        helperText={t('referrals.parentsReview.correctionsHelp')}
        value={corrections}
        onChange={setCorrections}
        multiline
      />
    </FormDialog>
  );
}
