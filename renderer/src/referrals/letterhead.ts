// Runs in: renderer.
//
// The school's letterhead as stored in the vault, or the default one until it is filled in:
// read by the letterhead settings and by every referral letter.
import {
  defaultLetterhead,
  LETTERHEAD_RECORD_ID,
  type Letterhead,
} from '../../../shared/referrals/letterhead';
import type { AppSession } from '../security/VaultProvider';

export function readLetterhead(session: AppSession): Letterhead {
  return (
    session.records.get('school.letterhead', LETTERHEAD_RECORD_ID) ??
    defaultLetterhead(new Date().toISOString())
  );
}
