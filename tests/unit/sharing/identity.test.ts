// Runs in: Node (unit tests).
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../shared/crypto/bytes';
import {
  deelsleutelFingerprint,
  deelsleutelOf,
  generateSharingIdentity,
  parseDeelsleutel,
  signEd25519,
  verifyEd25519,
} from '../../../shared/sharing/identity';

describe('sharing identity', () => {
  it('generates an age X25519 identity and an Ed25519 key pair with exportable bytes', async () => {
    const id = await generateSharingIdentity();
    expect(id.ageIdentity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    expect(id.ageRecipient).toMatch(/^age1[0-9a-z]{58}$/);
    expect(id.signingPublicKey).toHaveLength(32);
    expect(id.signingPrivateKeyPkcs8).toHaveLength(48);
  });

  it('round-trips the deelsleutel text', async () => {
    const id = await generateSharingIdentity();
    const text = deelsleutelOf(id);
    expect(text).toBe(
      `zorgtafel-deelsleutel-1:${id.ageRecipient}:${toBase64Url(id.signingPublicKey)}`,
    );
    const parsed = parseDeelsleutel(`  ${text}\n`);
    expect(parsed.ok && parsed.value.text).toBe(text);
    expect(parsed.ok && parsed.value.ageRecipient).toBe(id.ageRecipient);
    expect(parsed.ok && Array.from(parsed.value.signingPublicKey)).toEqual(
      Array.from(id.signingPublicKey),
    );
  });

  it('refuses malformed deelsleutels with clear codes', async () => {
    const id = await generateSharingIdentity();
    const good = deelsleutelOf(id);
    const key = toBase64Url(id.signingPublicKey);
    const cases: [string, string][] = [
      ['', 'deelsleutel.invalid-format'],
      ['hallo', 'deelsleutel.invalid-format'],
      [good.replace('-1:', '-2:'), 'deelsleutel.unsupported-version'],
      [`${good}:extra`, 'deelsleutel.invalid-format'],
      [`zorgtafel-deelsleutel-1:age1abc:${key}`, 'deelsleutel.invalid-recipient'],
      // A typo in the recipient breaks its bech32 checksum.
      [
        `zorgtafel-deelsleutel-1:${id.ageRecipient.slice(0, -1)}${id.ageRecipient.endsWith('q') ? 'p' : 'q'}:${key}`,
        'deelsleutel.invalid-recipient',
      ],
      [
        `zorgtafel-deelsleutel-1:${id.ageRecipient}:${key.slice(0, -2)}`,
        'deelsleutel.invalid-signing-key',
      ],
      [`zorgtafel-deelsleutel-1:${id.ageRecipient}:${key}=`, 'deelsleutel.invalid-signing-key'],
      [
        `zorgtafel-deelsleutel-1:${id.ageRecipient}:${'A'.repeat(300)}`,
        'deelsleutel.invalid-format',
      ],
    ];
    for (const [text, code] of cases) {
      const parsed = parseDeelsleutel(text);
      expect(parsed.ok ? 'ok' : parsed.error.code, text).toBe(code);
    }
  });

  it('gives a stable, readable fingerprint of 5 groups of 4', async () => {
    const id = await generateSharingIdentity();
    const other = await generateSharingIdentity();
    const fp = await deelsleutelFingerprint(deelsleutelOf(id));
    expect(fp).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    const parsed = parseDeelsleutel(deelsleutelOf(id));
    expect(parsed.ok && (await deelsleutelFingerprint(parsed.value))).toBe(fp);
    expect(await deelsleutelFingerprint(deelsleutelOf(other))).not.toBe(fp);
  });

  it('has a fixed fingerprint for a fixed deelsleutel (format regression)', async () => {
    const text =
      'zorgtafel-deelsleutel-1:age1qr3vkpy30wjjh7kjzsssenffrqrjhfkzuq9zzrhg89adgqx59uwq0phlpw:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    expect(parseDeelsleutel(text).ok).toBe(true);
    expect(await deelsleutelFingerprint(text)).toBe(await deelsleutelFingerprint(` ${text} `));
  });

  it('signs and verifies with Ed25519, refusing other keys and messages', async () => {
    const id = await generateSharingIdentity();
    const other = await generateSharingIdentity();
    const msg = new TextEncoder().encode('agenda');
    const sig = await signEd25519(id, msg);
    expect(sig).toHaveLength(64);
    expect(await verifyEd25519(id.signingPublicKey, sig, msg)).toBe(true);
    expect(await verifyEd25519(other.signingPublicKey, sig, msg)).toBe(false);
    expect(await verifyEd25519(id.signingPublicKey, sig, new TextEncoder().encode('agendA'))).toBe(
      false,
    );
    expect(await verifyEd25519(new Uint8Array(32).fill(255), sig, msg)).toBe(false);
    expect(await verifyEd25519(id.signingPublicKey, sig.subarray(1), msg)).toBe(false);
  });
});
