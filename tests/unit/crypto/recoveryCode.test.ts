// Runs in: Node (unit tests).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CROCKFORD_ALPHABET,
  generateRecoveryCode,
  isWellFormedRecoveryCode,
  normaliseRecoveryCode,
  RECOVERY_CODE_BITS,
  recoveryCodeKeyMaterial,
  recoveryCodeProblem,
} from '../../../shared/crypto/recoveryCode';

const FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){8}$/;

/** A valid generated code, as fast-check input (the generator itself is random). */
const codeArb = fc.constant(null).map(() => generateRecoveryCode());

function compact(code: string): string {
  return code.replace(/-/g, '');
}

function regroup(chars: string): string {
  return chars.match(/.{1,4}/g)?.join('-') ?? '';
}

describe('recovery codes', () => {
  it('have at least 160 bits of entropy, in nine groups of four Crockford characters', () => {
    expect(RECOVERY_CODE_BITS).toBeGreaterThanOrEqual(160);
    const code = generateRecoveryCode();
    expect(code).toMatch(FORMAT);
    expect(isWellFormedRecoveryCode(code)).toBe(true);
    expect(normaliseRecoveryCode(code)).toBe(code);
    expect(generateRecoveryCode()).not.toBe(code);
  });

  it('use every alphabet character roughly uniformly', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 400; i++)
      for (const ch of compact(generateRecoveryCode()).slice(0, 35))
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 14,000 draws over 32 symbols: expect ~437 each; a broken mask would give zeros or doubles.
    for (const n of counts.values()) expect(n).toBeGreaterThan(300);
  });

  it('normalise case, spaces, dashes and the look-alikes O, I and L', () => {
    fc.assert(
      fc.property(codeArb, (code) => {
        const sloppy = compact(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
        expect(normaliseRecoveryCode(sloppy)).toBe(code);
        expect(normaliseRecoveryCode(` ${code.replace(/-/g, ' ')} `)).toBe(code);
        expect(normaliseRecoveryCode(compact(code).replace(/1/g, 'I'))).toBe(code);
        expect(normaliseRecoveryCode(regroup(compact(code)).replace(/-/g, '\u2013'))).toBe(code);
      }),
      { numRuns: 100 },
    );
  });

  it('detect every single-character typo as a checksum error', () => {
    fc.assert(
      fc.property(
        codeArb,
        fc.integer({ min: 0, max: 35 }),
        fc.integer({ min: 1, max: 31 }),
        (code, position, delta) => {
          const chars = compact(code).split('');
          const value = CROCKFORD_ALPHABET.indexOf(chars[position] ?? '0');
          chars[position] = CROCKFORD_ALPHABET.charAt((value + delta) % 32);
          const typo = regroup(chars.join(''));
          expect(recoveryCodeProblem(typo)).toBe('recovery.checksum');
          expect(() => normaliseRecoveryCode(typo)).toThrow(
            expect.objectContaining({ code: 'recovery.checksum' }) as Error,
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('detect every swap of two neighbouring (different) characters', () => {
    fc.assert(
      fc.property(codeArb, fc.integer({ min: 0, max: 34 }), (code, position) => {
        const chars = compact(code).split('');
        fc.pre(chars[position] !== chars[position + 1]);
        [chars[position], chars[position + 1]] = [chars[position + 1] ?? '', chars[position] ?? ''];
        expect(recoveryCodeProblem(chars.join(''))).toBe('recovery.checksum');
      }),
      { numRuns: 300 },
    );
  });

  it('report a wrong length or a character outside the alphabet as a format error', () => {
    const code = generateRecoveryCode();
    for (const bad of [
      '',
      compact(code).slice(0, 35),
      compact(code) + '0',
      compact(code).slice(0, 35) + 'U',
      compact(code).slice(0, 35) + '*',
      'ZORGTAFEL',
    ]) {
      expect(recoveryCodeProblem(bad), bad).toBe('recovery.invalid-format');
      expect(() => normaliseRecoveryCode(bad)).toThrow(
        expect.objectContaining({ code: 'recovery.invalid-format' }) as Error,
      );
    }
  });

  it('yield the same key material for every accepted spelling', () => {
    const code = generateRecoveryCode();
    const material = recoveryCodeKeyMaterial(code);
    expect(material).toHaveLength(35);
    expect(recoveryCodeKeyMaterial(code.toLowerCase().replace(/-/g, ' '))).toEqual(material);
  });
});
