// Runs in: any environment.
//
// Passphrases for members without a deelsleutel, and the names of saved files. A generated
// passphrase is easy to read out on the phone (no look-alike characters, groups of four) and
// strong enough on its own (100 bits); a typed one must have at least 12 characters because
// the file may sit in a mailbox for years. File names carry only the kind and the date.
import type { IsoDate } from '../domain/dates';

// Crockford base32 without I, L, O, U: nothing to confuse when spelled on the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The shortest passphrase accepted when typed. */
export const MIN_PASSPHRASE_LENGTH = 12;

/** A random passphrase like `K7QM-2XDA-…` (five groups of four, 100 bits). */
export function generatePassphrase(): string {
  const bytes = new Uint8Array(20);
  globalThis.crypto.getRandomValues(bytes);
  const chars = [...bytes].map((b) => ALPHABET.charAt(b & 31)).join('');
  return (chars.match(/.{4}/g) ?? []).join('-');
}

/** Why a typed passphrase is refused, or null when it is acceptable. */
export function passphraseProblem(passphrase: string): 'empty' | 'too-short' | null {
  if (passphrase.length === 0) return 'empty';
  if ([...passphrase.trim()].length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  return null;
}

/** The suggested file name: no personal data, only what and when ("overleg-2026-12-01.zorgtafel"). */
export function sharedFileName(
  kind: 'meeting-agenda' | 'meeting-minutes' | 'reply',
  meetingDate: IsoDate,
): string {
  const prefix =
    kind === 'meeting-agenda'
      ? 'overleg'
      : kind === 'meeting-minutes'
        ? 'verslag-overleg'
        : 'antwoord-overleg';
  return `${prefix}-${meetingDate}.zorgtafel`;
}
