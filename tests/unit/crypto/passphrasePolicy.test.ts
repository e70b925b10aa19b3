// Runs in: Node (unit tests).
//
// The vault's passphrase rule (shared/vault/passphrasePolicy.ts). Kept with the crypto tests
// because it guards the weakest input to the key hierarchy.
import { describe, expect, it } from 'vitest';
import {
  evaluatePassphrase,
  MIN_PASSPHRASE_LENGTH,
  PASSPHRASE_PROBLEMS,
} from '../../../shared/vault/passphrasePolicy';

const USER = ['Basisschool De Regenboog', 'Anna de Vries', 'IB', 'anna.devries@regenboog.example'];

describe('passphrase policy', () => {
  it('refuses anything shorter than 12 characters, however random', () => {
    const result = evaluatePassphrase('Xk9#mQ2$vL7', USER);
    expect(result.acceptable).toBe(false);
    expect(result.problems).toContain('too-short');
    // The meter never shows "strong" for a refused passphrase.
    expect(result.score).toBeLessThanOrEqual(2);
    expect(MIN_PASSPHRASE_LENGTH).toBe(12);
  });

  it('counts characters, not UTF-16 units, after NFC normalisation', () => {
    // 11 code points, one of them outside the BMP (2 UTF-16 units), one decomposed.
    const eleven = 'zeeëgel🦔bos'.normalize('NFD');
    expect([...eleven.normalize('NFC')].length).toBe(11);
    expect(evaluatePassphrase(eleven, []).problems).toContain('too-short');
  });

  it('refuses common Dutch words and passwords, with a reason', () => {
    for (const weak of [
      'wachtwoord123',
      'voetbalvoetbal',
      'welkom01welkom',
      'verjaardag12',
      'schoolbord123',
    ]) {
      const result = evaluatePassphrase(weak, USER);
      expect(result.acceptable, weak).toBe(false);
      expect(
        result.problems.some((p) => ['too-common', 'common-names', 'repeated'].includes(p)),
        `${weak}: ${result.problems.join(',')}`,
      ).toBe(true);
    }
  });

  it('refuses one or two common words dressed up with capitals, digits and symbols, even at score 3', () => {
    for (const weak of [
      'Wachtwoord2024!',
      'Appeltaart123!',
      'Voetbalclub!!12',
      'Zomervakantie2024',
      'gezellig-weekend',
    ]) {
      const result = evaluatePassphrase(weak, []);
      expect(result.acceptable, weak).toBe(false);
      expect(result.problems, weak).toContain('too-common');
    }
  });

  it('refuses keyboard patterns and sequences', () => {
    expect(evaluatePassphrase('qwertyuiopasdf', []).acceptable).toBe(false);
    expect(evaluatePassphrase('abcdefghijklmnop', []).acceptable).toBe(false);
    expect(evaluatePassphrase('123456789012345', []).acceptable).toBe(false);
  });

  it('refuses passphrases built from the school or user details', () => {
    const result = evaluatePassphrase('DeRegenboog2026!', USER);
    expect(result.acceptable).toBe(false);
    expect(result.problems).toContain('contains-user-data');
    expect(evaluatePassphrase('AnnaDeVries#1987', USER).problems).toContain('contains-user-data');
  });

  it('accepts a long random phrase of ordinary words', () => {
    for (const good of [
      'paard fiets wolk tegel',
      'kikker-lantaarn-dinsdag-vulpen',
      'correct horse battery staple',
    ]) {
      const result = evaluatePassphrase(good, USER);
      expect(result.acceptable, good).toBe(true);
      expect(result.score).toBeGreaterThanOrEqual(3);
      expect(result.problems).toEqual([]);
    }
  });

  it('reports only known problem codes', () => {
    for (const p of ['', 'a', 'wachtwoord', 'Regenboog', 'aaaaaaaaaaaaaaaa', '2024-01-01-2024']) {
      for (const problem of evaluatePassphrase(p, USER).problems)
        expect(PASSPHRASE_PROBLEMS).toContain(problem);
    }
  });
});
