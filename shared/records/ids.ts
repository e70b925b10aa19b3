// Runs in: any environment.
//
// Record ids are stored in the clear (IndexedDB primary key, envelope metadata, backup), so
// they must never carry meaning: they are 128 random bits, or a fixed well-known name for
// the few singleton records (the profile). A pattern check keeps anything else out.
import { randomBytes, toHex } from '../crypto/bytes';

/** Random ids ("r" + 32 hex digits) and fixed names ("vault.profile") both match. */
export const RECORD_ID_PATTERN = /^[a-z0-9][a-z0-9._:-]{0,79}$/;

/** A fresh random record id: 128 bits from the platform CSPRNG, lowercase hex. */
export function newRecordId(): string {
  return `r${toHex(randomBytes(16))}`;
}

/** True when `id` has the shape of a record id (random token or fixed name). */
export function isRecordId(id: string): boolean {
  return RECORD_ID_PATTERN.test(id);
}
