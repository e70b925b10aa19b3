// Runs in: any environment.
//
// Turns what the user types in the directory forms into record fields, with a field error
// code for everything the schema would refuse. Postcode areas are typed the way people write
// them ("7500-7547, 7601"), municipalities as a comma-separated list.
import { phoneSchema, emailSchema } from './fields';
import type { PostcodeRange } from './directory';
import { isValidIsoDate } from './dates';

/** Why a typed value is not accepted; the screens translate these. */
export type FieldErrorCode =
  | 'required'
  | 'too-long'
  | 'phone-invalid'
  | 'email-invalid'
  | 'date-invalid'
  | 'postcode-range-format'
  | 'postcode-range-order'
  | 'too-many';

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: FieldErrorCode; readonly token?: string };

const AREA = /^[1-9][0-9]{3}$/;

/**
 * Reads "7500-7547, 7601; 7700 – 7710" into ranges. A single area is a range of one. Each
 * part must be four digits (no leading zero) and `from` must not be after `to`.
 */
export function parsePostcodeRanges(text: string): ParseResult<PostcodeRange[]> {
  const parts = text
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length > 200) return { ok: false, error: 'too-many' };
  const ranges: PostcodeRange[] = [];
  for (const part of parts) {
    const [fromRaw, toRaw, extra] = part.split(/\s*[-–—]\s*/);
    const from = (fromRaw ?? '').trim();
    const to = (toRaw ?? from).trim();
    if (extra !== undefined || !AREA.test(from) || !AREA.test(to))
      return { ok: false, error: 'postcode-range-format', token: part };
    if (Number(from) > Number(to)) return { ok: false, error: 'postcode-range-order', token: part };
    ranges.push({ from, to });
  }
  return { ok: true, value: ranges };
}

/** Writes ranges back the way parsePostcodeRanges reads them. */
export function formatPostcodeRanges(ranges: readonly PostcodeRange[]): string {
  return ranges.map((r) => (r.from === r.to ? r.from : `${r.from}-${r.to}`)).join(', ');
}

/** "Enschede, Hengelo" -> ["Enschede", "Hengelo"], without empty or repeated names. */
export function parseMunicipalities(text: string): ParseResult<string[]> {
  const names = text
    .split(/[,;\n]+/)
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter((n) => n !== '');
  const unique = names.filter(
    (n, i) => names.findIndex((m) => m.toLocaleLowerCase('nl') === n.toLocaleLowerCase('nl')) === i,
  );
  if (unique.length > 100) return { ok: false, error: 'too-many' };
  const long = unique.find((n) => n.length > 100);
  if (long !== undefined) return { ok: false, error: 'too-long', token: long };
  return { ok: true, value: unique };
}

/** A required single-line text. */
export function parseRequired(text: string, max = 200): ParseResult<string> {
  const value = text.trim();
  if (value === '') return { ok: false, error: 'required' };
  if (value.length > max) return { ok: false, error: 'too-long' };
  return { ok: true, value };
}

/** An optional single-line text: empty gives undefined. */
export function parseOptionalText(text: string, max = 300): ParseResult<string | undefined> {
  const value = text.trim();
  if (value === '') return { ok: true, value: undefined };
  if (value.length > max) return { ok: false, error: 'too-long' };
  return { ok: true, value };
}

/** An optional phone number as the schema accepts it. */
export function parseOptionalPhone(text: string): ParseResult<string | undefined> {
  const value = text.trim();
  if (value === '') return { ok: true, value: undefined };
  return phoneSchema.safeParse(value).success
    ? { ok: true, value }
    : { ok: false, error: 'phone-invalid' };
}

/** An optional e-mail address as the schema accepts it. */
export function parseOptionalEmail(text: string): ParseResult<string | undefined> {
  const value = text.trim();
  if (value === '') return { ok: true, value: undefined };
  return emailSchema.safeParse(value).success
    ? { ok: true, value }
    : { ok: false, error: 'email-invalid' };
}

/** An optional calendar date from a date input ("" when empty). */
export function parseOptionalDate(text: string): ParseResult<string | undefined> {
  const value = text.trim();
  if (value === '') return { ok: true, value: undefined };
  return isValidIsoDate(value) ? { ok: true, value } : { ok: false, error: 'date-invalid' };
}

/** A required calendar date from a date input. */
export function parseRequiredDate(text: string): ParseResult<string> {
  const value = text.trim();
  if (value === '') return { ok: false, error: 'required' };
  return isValidIsoDate(value) ? { ok: true, value } : { ok: false, error: 'date-invalid' };
}
