// Runs in: any environment.
//
// The school's letterhead and referral deadlines, kept in the vault as one record (per
// school, not per computer): the address and logo printed on every referral letter, and how
// many working days the school waits for first contact and for feedback before the
// dashboard flags a referral (brief §6: the ondersteuningsteam promises five working days).
// Also the school's complaints route (vertrouwenspersoon, klachtenregeling), printed on every
// parents' summary after a meeting (issue 18).
import { z } from 'zod';
import { BASE64_PATTERN, fromBase64 } from '../crypto/bytes';
import { timestampSchema } from '../domain/dates';
import { freeText } from '../domain/fields';
import { defineRecordType } from '../records/registry';
import { DEFAULT_CONTACT_WORKING_DAYS, DEFAULT_FEEDBACK_WORKING_DAYS } from './workingDays';

/** The record's fixed id: a well-known name, not personal data. */
export const LETTERHEAD_RECORD_ID = 'school.letterhead';

/** A logo bigger than this is refused: it is stored in the vault and embedded in every letter. */
export const MAX_LOGO_BYTES = 512 * 1024;

export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMediaType = (typeof LOGO_MEDIA_TYPES)[number];

/** The image type from the file's first bytes (never from its name or a claimed type). */
export function sniffImageType(bytes: Uint8Array): LogoMediaType | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'image/jpeg';
  return undefined;
}

export const logoSchema = z
  .object({
    mediaType: z.enum(LOGO_MEDIA_TYPES),
    /** The image file, base64. */
    data: z
      .string()
      .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4)
      .regex(BASE64_PATTERN),
  })
  .strict()
  .refine((logo) => sniffImageType(fromBase64(logo.data)) === logo.mediaType, {
    message: 'the logo bytes are not the stated image type',
    path: ['data'],
  });
export type Logo = z.infer<typeof logoSchema>;

export const contactWorkingDaysSchema = z.number().int().min(1).max(30);
export const feedbackWorkingDaysSchema = z.number().int().min(1).max(130);

export const letterheadSchema = z
  .object({
    id: z.literal(LETTERHEAD_RECORD_ID),
    /** Postal address, several lines allowed. */
    address: freeText(500),
    logo: logoSchema.optional(),
    contactWorkingDays: contactWorkingDaysSchema,
    feedbackWorkingDays: feedbackWorkingDaysSchema,
    /** Where parents can turn when they are not satisfied (version 2); may be empty. */
    complaintsRoute: freeText(2000),
    updatedAt: timestampSchema,
  })
  .strict();
export type Letterhead = z.infer<typeof letterheadSchema>;

/** What a vault without a saved letterhead uses. */
export function defaultLetterhead(now: string): Letterhead {
  return {
    id: LETTERHEAD_RECORD_ID,
    address: '',
    contactWorkingDays: DEFAULT_CONTACT_WORKING_DAYS,
    feedbackWorkingDays: DEFAULT_FEEDBACK_WORKING_DAYS,
    complaintsRoute: '',
    updatedAt: now,
  };
}

export const letterheadRecordType = defineRecordType({
  type: 'school.letterhead',
  version: 2,
  schema: letterheadSchema,
  migrations: {
    // Version 2 adds the complaints route; a school that saved its letterhead before had none
    // yet, so it starts empty (the parents' summary then tells parents to ask the school).
    1: (data) =>
      typeof data === 'object' && data !== null ? { ...data, complaintsRoute: '' } : data,
  },
});
