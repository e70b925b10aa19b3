// Runs in: renderer.
//
// The holidays every working-day count skips (shared/referrals/holidays.ts), as stored in the
// vault; none until the list in Instellingen is saved.
import { holidayDates, HOLIDAYS_RECORD_ID } from '../../../shared/referrals/holidays';
import type { IsoDate } from '../../../shared/domain/dates';
import { useRecord } from '../records/useRecords';
import { useSession, type AppSession } from '../security/VaultProvider';

/** The stored holiday dates (for a workflow module without React). */
export function holidaysOf(session: AppSession): IsoDate[] {
  return holidayDates(session.records.get('school.holidays', HOLIDAYS_RECORD_ID));
}

/** The stored holiday dates, kept current. */
export function useHolidays(): IsoDate[] {
  const session = useSession();
  return holidayDates(useRecord(session, 'school.holidays', HOLIDAYS_RECORD_ID));
}
