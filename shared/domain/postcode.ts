// Runs in: any environment.
//
// Dutch postcodes route a referral to the team that serves the family's home (brief §6).
// People and school systems write them as "1234AB", "1234 ab" or " 1234  AB "; we store
// one form, "1234 AB", so ranges and duplicates compare reliably.
import { z } from 'zod';

/** Four digits (no leading zero), two letters; SA, SD and SS are never issued. */
const LOOSE_POSTCODE = /^([1-9][0-9]{3})\s*([A-Za-z]{2})$/;
const EXCLUDED_LETTERS = new Set(['SA', 'SD', 'SS']);

/**
 * Normalises a Dutch postcode to "1234 AB", or returns undefined when the text is not a
 * valid Dutch postcode.
 */
export function normalizePostcode(input: string): string | undefined {
  const match = LOOSE_POSTCODE.exec(input.trim());
  if (match === null) return undefined;
  const digits = match[1] ?? '';
  const letters = (match[2] ?? '').toUpperCase();
  if (EXCLUDED_LETTERS.has(letters)) return undefined;
  return `${digits} ${letters}`;
}

/** True when `input` is a valid Dutch postcode in any common spelling. */
export function isValidPostcode(input: string): boolean {
  return normalizePostcode(input) !== undefined;
}

/** The numeric four-digit area of a postcode (e.g. 7511 for "7511 JK"), or undefined. */
export function postcodeArea(postcode: string): number | undefined {
  const normalized = normalizePostcode(postcode);
  return normalized === undefined ? undefined : Number(normalized.slice(0, 4));
}

/** A stored postcode: already normalised ("1234 AB"). */
export const postcodeSchema = z.string().refine((value) => normalizePostcode(value) === value, {
  message: 'expected a postcode as "1234 AB"',
});

/** A four-digit postcode area as text, used for ranges served by a team ("7500"). */
export const postcodeAreaSchema = z.string().regex(/^[1-9][0-9]{3}$/);
