// Runs in: renderer.
//
// What a received referral package may hold, as the opener and the received referral's screen
// show it: the data categories the school's consent covered (the consent basis the letter came
// with) and the attachments that consent covers.
import { useTranslation } from 'react-i18next';
import Typography from '@mui/material/Typography';
import type { ReferralLetterContent } from '../../../shared/referrals/letterContent';

export function ConsentBasis({
  letter,
  headingComponent,
}: {
  readonly letter: Pick<ReferralLetterContent, 'dataCategories' | 'attachments'>;
  /** 'h2' inside a page section; a plain line inside a dialog. */
  readonly headingComponent: 'h2' | 'p';
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="consent-basis">
      <Typography
        component={headingComponent}
        variant={headingComponent === 'h2' ? 'h2' : 'body1'}
        sx={{ fontWeight: 600 }}
      >
        {t('received.consentBasis')}
      </Typography>
      <Typography>
        {letter.dataCategories.map((c) => t(`directory.consent.categories.${c}`)).join(', ')}
      </Typography>
      <Typography sx={{ fontWeight: 600, mt: 1 }}>{t('received.attachments')}</Typography>
      <Typography>
        {letter.attachments.length === 0
          ? t('received.noAttachments')
          : letter.attachments.join(', ')}
      </Typography>
    </div>
  );
}
