// Runs in: renderer.
//
// The sources of one referral, re-read whenever a record they come from changes (a consent
// recorded in a dialog opens the gate on the spot).
import { useMemo } from 'react';
import { useRecordsVersion } from '../../records/useRecords';
import type { AppSession } from '../../security/VaultProvider';
import {
  readReferralSources,
  REFERRAL_WATCHED_TYPES,
  type ReferralSources,
} from './referralSources';

export function useReferralSources(
  session: AppSession,
  referralId: string,
): ReferralSources | undefined {
  const version = useRecordsVersion(session, REFERRAL_WATCHED_TYPES);
  return useMemo(
    () => (version >= 0 ? readReferralSources(session, referralId) : undefined),
    [session, referralId, version],
  );
}
