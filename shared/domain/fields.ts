// Runs in: any environment.
//
// The small field schemas every domain record reuses (ids, names, free text, phone, e-mail),
// so limits and trimming rules are the same everywhere and stay in one place.
import { z } from 'zod';
import { RECORD_ID_PATTERN } from '../records/ids';

/** A record id (random token or fixed name), see shared/records/ids.ts. */
export const recordIdSchema = z.string().regex(RECORD_ID_PATTERN);

/** A required single-line text such as a name or role: trimmed, 1..`max` characters. */
export function requiredText(max = 200): z.ZodString {
  return z.string().trim().min(1).max(max);
}

/** Longer free text (descriptions, bodies); may be empty. */
export function freeText(max = 20_000): z.ZodString {
  return z.string().max(max);
}

/** A phone number as people write it: digits with optional +, spaces, dashes, dots and parentheses. */
export const phoneSchema = z
  .string()
  .trim()
  .min(6)
  .max(30)
  .regex(/^\+?[0-9][0-9 ()\-.]*$/);

/** An e-mail address (lower-cased on the way in is left to the caller: addresses are case-preserving). */
export const emailSchema = z.string().trim().max(254).pipe(z.email());
