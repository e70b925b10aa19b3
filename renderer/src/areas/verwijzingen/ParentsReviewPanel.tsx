// Runs in: renderer.
//
// The wizard's "Inzage door ouders" (issue 18 point 2): before the letter leaves, the parents
// read the draft (the parents' copy above) and the school records when, how, their reaction
// and the corrections. Sending without it asks for a reason (SendDialog).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { IsoDate } from '../../../../shared/domain/dates';
import type { ParentsReview } from '../../../../shared/referrals/referral';
import { formatIsoDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';
import type { AppSession } from '../../security/VaultProvider';
import { ParentsReviewDialog } from './ParentsReviewDialog';
import { ParentsReviewSummary } from './ParentsReviewSummary';
import type { ReferralSources } from './referralSources';
import { recordReferralParentsReview } from './referralUpdates';
import { useReferralUpdateProblemText } from './useReferralUpdateProblemText';

export function ParentsReviewPanel({
  session,
  sources,
  today,
}: {
  readonly session: AppSession;
  readonly sources: ReferralSources;
  readonly today: IsoDate;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [editing, setEditing] = useState(false);
  const problemText = useReferralUpdateProblemText();
  const { referral } = sources;
  const save = async (review: ParentsReview): Promise<string | null> => {
    const stored = await recordReferralParentsReview(session, sources, review, today);
    if (!stored.ok) return problemText(stored.error);
    setEditing(false);
    return null;
  };
  return (
    <Stack spacing={1} data-testid="parents-review">
      <Typography variant="h3">{t('referrals.parentsReview.title')}</Typography>
      <Typography color="text.secondary">{t('referrals.parentsReview.intro')}</Typography>
      <ParentsReviewSummary referral={referral} date={(d) => formatIsoDate(d, language)} />
      <Box>
        <Button variant="outlined" onClick={() => setEditing(true)}>
          {t(
            referral.parentsReview === undefined
              ? 'referrals.parentsReview.record'
              : 'referrals.parentsReview.change',
          )}
        </Button>
      </Box>
      {editing ? (
        <ParentsReviewDialog
          initial={referral.parentsReview}
          earliest={referral.history[0]?.date ?? today}
          today={today}
          onClose={() => setEditing(false)}
          onSave={save}
        />
      ) : null}
    </Stack>
  );
}
