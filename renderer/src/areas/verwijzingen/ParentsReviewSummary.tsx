// Runs in: renderer.
//
// What is known about the parents' review of the draft letter (issue 18 point 2): when and how
// they saw it, their reaction and the corrections; or the reason it was sent without; or that
// nothing is recorded yet. Shown in the wizard, in the send dialog and after sending.
import { useTranslation } from 'react-i18next';
import Typography from '@mui/material/Typography';
import type { IsoDate } from '../../../../shared/domain/dates';
import { parentsReviewState } from '../../../../shared/referrals/parentsReview';
import type { Referral } from '../../../../shared/referrals/referral';

export function ParentsReviewSummary({
  referral,
  date,
}: {
  readonly referral: Pick<Referral, 'status' | 'parentsReview' | 'sentWithoutParentsReview'>;
  /** A date as the user reads it. */
  readonly date: (d: IsoDate) => string;
}) {
  const { t } = useTranslation();
  const state = parentsReviewState(referral);
  switch (state.kind) {
    case 'seen': {
      const { review } = state;
      return (
        <>
          <Typography>
            {t('referrals.parentsReview.seen', {
              date: date(review.date),
              how: t(`referrals.parentsReview.ways.${review.how}`),
            })}
          </Typography>
          {review.reaction === '' ? null : (
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>
              {t('referrals.parentsReview.reactionLine', { text: review.reaction })}
            </Typography>
          )}
          {review.corrections === '' ? null : (
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>
              {t('referrals.parentsReview.correctionsLine', { text: review.corrections })}
            </Typography>
          )}
        </>
      );
    }
    case 'sent-without':
      return (
        <Typography sx={{ whiteSpace: 'pre-wrap' }}>
          {t('referrals.parentsReview.sentWithout', { reason: state.reason })}
        </Typography>
      );
    case 'open':
      return <Typography color="text.secondary">{t('referrals.parentsReview.open')}</Typography>;
    case 'not-recorded':
      return (
        <Typography color="text.secondary">{t('referrals.parentsReview.notRecorded')}</Typography>
      );
    default: {
      const never: never = state;
      throw new Error(`unknown review state ${JSON.stringify(never)}`);
    }
  }
}
