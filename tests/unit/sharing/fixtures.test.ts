// Runs in: Node (unit tests).
//
// Format regression: files written by the first version of the container (stored under
// tests/fixtures/sharing with their TEST-ONLY keys) must keep opening in every later build.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromBase64 } from '../../../shared/crypto/bytes';
import { openSharedFile } from '../../../shared/sharing/container';
import type { SharingIdentity } from '../../../shared/sharing/identity';

const dir = new URL('../../fixtures/sharing/', import.meta.url);
const storedIdentity = z.strictObject({
  ageIdentity: z.string(),
  ageRecipient: z.string(),
  signingPrivateKeyPkcs8: z.string(),
  signingPublicKey: z.string(),
  deelsleutel: z.string(),
});
const fixture = z
  .strictObject({
    note: z.string(),
    sender: storedIdentity,
    recipient: storedIdentity,
    passphrase: z.string(),
    content: z.unknown(),
  })
  .parse(JSON.parse(readFileSync(new URL('identities.json', dir), 'utf8')));

function identity(stored: z.infer<typeof storedIdentity>): SharingIdentity {
  return {
    ageIdentity: stored.ageIdentity,
    ageRecipient: stored.ageRecipient,
    signingPrivateKeyPkcs8: fromBase64(stored.signingPrivateKeyPkcs8),
    signingPublicKey: fromBase64(stored.signingPublicKey),
  };
}

const options = {
  now: new Date('2026-06-01T00:00:00.000Z'),
  maxBytes: 1 << 20,
  knownSenders: [fixture.sender.deelsleutel],
};

describe('version 1 fixtures', () => {
  it('opens the stored recipient file', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('v1-recipient.zorgtafel', dir)));
    const opened = await openSharedFile(bytes, { identity: identity(fixture.recipient) }, options);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.kind).toBe('meeting-agenda');
    expect(opened.value.content).toEqual(fixture.content);
    expect(opened.value.sender).toMatchObject({
      deelsleutel: fixture.sender.deelsleutel,
      known: true,
    });
    expect(opened.value.expiresAt?.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('opens the stored passphrase file and refuses it after its expiry', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('v1-passphrase.zorgtafel', dir)));
    const opened = await openSharedFile(bytes, { passphrase: fixture.passphrase }, options);
    expect(opened.ok && opened.value.kind).toBe('meeting-minutes');
    expect(opened.ok && opened.value.content).toEqual(fixture.content);
    const late = await openSharedFile(
      bytes,
      { passphrase: fixture.passphrase },
      { ...options, now: new Date('2027-01-01T00:00:00.000Z') },
    );
    expect(late.ok ? 'ok' : late.error.code).toBe('share.expired');
  });
});
