// Runs in: Node (Vitest).
import { describe, expect, it } from 'vitest';
import {
  formatPostcodeRanges,
  parseMunicipalities,
  parseOptionalDate,
  parseOptionalEmail,
  parseOptionalPhone,
  parsePostcodeRanges,
  parseRequired,
  parseRequiredDate,
} from '../../../shared/domain/directoryForm';

describe('parsePostcodeRanges', () => {
  it('reads ranges and single areas separated by commas or semicolons', () => {
    expect(parsePostcodeRanges('7500-7547, 7601; 7700 – 7710')).toEqual({
      ok: true,
      value: [
        { from: '7500', to: '7547' },
        { from: '7601', to: '7601' },
        { from: '7700', to: '7710' },
      ],
    });
  });
  it('accepts an empty field as no ranges', () => {
    expect(parsePostcodeRanges('  ')).toEqual({ ok: true, value: [] });
  });
  it('refuses areas that are not four digits, naming the part', () => {
    expect(parsePostcodeRanges('7500-754')).toEqual({
      ok: false,
      error: 'postcode-range-format',
      token: '7500-754',
    });
    expect(parsePostcodeRanges('0500')).toEqual({
      ok: false,
      error: 'postcode-range-format',
      token: '0500',
    });
    expect(parsePostcodeRanges('7511 AB')).toEqual({
      ok: false,
      error: 'postcode-range-format',
      token: '7511 AB',
    });
    expect(parsePostcodeRanges('7500-7510-7520')).toEqual({
      ok: false,
      error: 'postcode-range-format',
      token: '7500-7510-7520',
    });
  });
  it('refuses a range whose start is after its end', () => {
    expect(parsePostcodeRanges('7547-7500')).toEqual({
      ok: false,
      error: 'postcode-range-order',
      token: '7547-7500',
    });
  });
  it('writes ranges back in the form it reads', () => {
    const ranges = [
      { from: '7500', to: '7547' },
      { from: '7601', to: '7601' },
    ];
    expect(formatPostcodeRanges(ranges)).toBe('7500-7547, 7601');
    const again = parsePostcodeRanges(formatPostcodeRanges(ranges));
    expect(again).toEqual({ ok: true, value: ranges });
  });
});

describe('parseMunicipalities', () => {
  it('splits, trims and drops repeats regardless of case', () => {
    expect(parseMunicipalities(' Enschede,hengelo ; Hengelo,, ')).toEqual({
      ok: true,
      value: ['Enschede', 'hengelo'],
    });
  });
});

describe('field parsers', () => {
  it('requires text', () => {
    expect(parseRequired('  ')).toEqual({ ok: false, error: 'required' });
    expect(parseRequired(' Wijkteam ')).toEqual({ ok: true, value: 'Wijkteam' });
    expect(parseRequired('x'.repeat(201))).toEqual({ ok: false, error: 'too-long' });
  });
  it('checks phone numbers and e-mail addresses, leaving empty ones out', () => {
    expect(parseOptionalPhone('')).toEqual({ ok: true, value: undefined });
    expect(parseOptionalPhone('053 481 20 00')).toEqual({ ok: true, value: '053 481 20 00' });
    expect(parseOptionalPhone('bel maar')).toEqual({ ok: false, error: 'phone-invalid' });
    expect(parseOptionalEmail('')).toEqual({ ok: true, value: undefined });
    expect(parseOptionalEmail('sanne@wijkteam.nl')).toEqual({
      ok: true,
      value: 'sanne@wijkteam.nl',
    });
    expect(parseOptionalEmail('sanne@')).toEqual({ ok: false, error: 'email-invalid' });
  });
  it('checks calendar dates', () => {
    expect(parseOptionalDate('')).toEqual({ ok: true, value: undefined });
    expect(parseOptionalDate('2026-02-30')).toEqual({ ok: false, error: 'date-invalid' });
    expect(parseRequiredDate('')).toEqual({ ok: false, error: 'required' });
    expect(parseRequiredDate('2026-11-22')).toEqual({ ok: true, value: '2026-11-22' });
  });
});
