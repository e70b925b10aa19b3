// Runs in: renderer.
//
// The status of a referral as a small labelled chip, the same in the list, the case and the
// referral screen. Running referrals use the calm primary colour (filled, for contrast);
// finished ones are grey; "teruggestuurd" is outlined in the primary colour.
import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import type { ReferralStatus } from '../../../shared/referrals/referral';

const LOOKS: Readonly<
  Record<
    ReferralStatus,
    { readonly color: 'default' | 'primary'; readonly variant: 'filled' | 'outlined' }
  >
> = {
  concept: { color: 'default', variant: 'outlined' },
  verstuurd: { color: 'primary', variant: 'filled' },
  'contact-opgenomen': { color: 'primary', variant: 'filled' },
  'intake-gedaan': { color: 'primary', variant: 'filled' },
  'hulp-gestart': { color: 'primary', variant: 'filled' },
  afgesloten: { color: 'default', variant: 'outlined' },
  teruggestuurd: { color: 'primary', variant: 'outlined' },
};

export function ReferralStatusChip({ status }: { readonly status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      variant={LOOKS[status].variant}
      color={LOOKS[status].color}
      label={t(`referrals.statuses.${status}`)}
      data-testid="referral-status"
    />
  );
}
