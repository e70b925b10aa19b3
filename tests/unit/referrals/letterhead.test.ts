// Runs in: Node (test tooling).
//
// The letterhead record: the logo is recognised by its bytes (never by name or claimed
// type), must be what it says, and stays small; the terms are whole working days in range;
// the record type is in the app's catalog so the vault can store it.
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../../shared/crypto/bytes';
import { APP_RECORD_TYPES } from '../../../shared/records/catalog';
import { migrateRecord } from '../../../shared/records/registry';
import {
  defaultLetterhead,
  LETTERHEAD_RECORD_ID,
  letterheadRecordType,
  letterheadSchema,
  MAX_LOGO_BYTES,
  sniffImageType,
} from '../../../shared/referrals/letterhead';
import { T0 } from './builders';

const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const JPEG_START = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);

describe('letterhead', () => {
  it('recognises PNG and JPEG by their first bytes only', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(JPEG_START)).toBe('image/jpeg');
    expect(
      sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeUndefined();
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
  });

  it('starts with five working days for contact and twenty for feedback, no logo and no complaints route', () => {
    const letterhead = defaultLetterhead(T0);
    expect(letterheadSchema.parse(letterhead)).toEqual({
      id: LETTERHEAD_RECORD_ID,
      address: '',
      contactWorkingDays: 5,
      feedbackWorkingDays: 20,
      complaintsRoute: '',
      updatedAt: T0,
    });
  });

  it('reads a version-1 letterhead with an empty complaints route (version 2, issue 18)', () => {
    const { complaintsRoute: _none, ...v1 } = {
      ...defaultLetterhead(T0),
      address: 'Schoolstraat 1',
    };
    expect(letterheadRecordType.version).toBe(2);
    expect(migrateRecord(letterheadRecordType, 1, v1)).toEqual({ ...v1, complaintsRoute: '' });
    expect(letterheadSchema.safeParse(v1).success).toBe(false);
  });

  it('accepts a logo whose bytes match its type, and refuses a mismatch, a non-image or an oversized file', () => {
    const base = defaultLetterhead(T0);
    expect(
      letterheadSchema.safeParse({ ...base, logo: { mediaType: 'image/png', data: toBase64(PNG) } })
        .success,
    ).toBe(true);
    expect(
      letterheadSchema.safeParse({
        ...base,
        logo: { mediaType: 'image/jpeg', data: toBase64(PNG) },
      }).success,
    ).toBe(false);
    expect(
      letterheadSchema.safeParse({
        ...base,
        logo: { mediaType: 'image/png', data: toBase64(new TextEncoder().encode('GIF89a....')) },
      }).success,
    ).toBe(false);
    const big = new Uint8Array(MAX_LOGO_BYTES + 3);
    big.set(PNG.slice(0, 8));
    expect(
      letterheadSchema.safeParse({ ...base, logo: { mediaType: 'image/png', data: toBase64(big) } })
        .success,
    ).toBe(false);
  });

  it('keeps the terms whole working days within range', () => {
    const base = defaultLetterhead(T0);
    for (const [contactWorkingDays, ok] of [
      [1, true],
      [30, true],
      [0, false],
      [31, false],
      [2.5, false],
    ] as const) {
      expect(
        letterheadSchema.safeParse({ ...base, contactWorkingDays }).success,
        String(contactWorkingDays),
      ).toBe(ok);
    }
    for (const [feedbackWorkingDays, ok] of [
      [1, true],
      [130, true],
      [0, false],
      [131, false],
    ] as const) {
      expect(
        letterheadSchema.safeParse({ ...base, feedbackWorkingDays }).success,
        String(feedbackWorkingDays),
      ).toBe(ok);
    }
    expect(letterheadSchema.safeParse({ ...base, id: 'other' }).success).toBe(false);
  });

  it('is a record type of the app', () => {
    expect(APP_RECORD_TYPES.map((d) => d.type)).toContain('school.letterhead');
  });
});
