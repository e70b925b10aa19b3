// Runs in: Node (unit tests).
//
// Storing the sharing identity in the vault: a round trip, and refusal of records whose
// public and secret parts do not belong together.
import { describe, expect, it } from 'vitest';
import { generateSharingIdentity, deelsleutelOf } from '../../../shared/sharing/identity';
import {
  identityFromRecord,
  identityToRecord,
  sharingIdentityRecordSchema,
  SHARING_IDENTITY_RECORD_ID,
} from '../../../shared/sharing/identityRecord';
import {
  generatePassphrase,
  passphraseProblem,
  sharedFileName,
} from '../../../shared/sharing/passphrase';

const NOW = '2026-03-01T10:00:00.000Z';

describe('identity record', () => {
  it('round-trips an identity', async () => {
    const identity = await generateSharingIdentity();
    const record = identityToRecord(identity, NOW);
    expect(record.id).toBe(SHARING_IDENTITY_RECORD_ID);
    expect(sharingIdentityRecordSchema.safeParse(record).success).toBe(true);
    const back = await identityFromRecord(JSON.parse(JSON.stringify(record)));
    expect(back.ok).toBe(true);
    if (back.ok) expect(deelsleutelOf(back.value)).toBe(deelsleutelOf(identity));
  });

  it('refuses mismatched keys and malformed records', async () => {
    const a = identityToRecord(await generateSharingIdentity(), NOW);
    const b = identityToRecord(await generateSharingIdentity(), NOW);
    const cases = [
      { ...a, ageRecipient: b.ageRecipient },
      { ...a, signingPublicKey: b.signingPublicKey },
      { ...a, signingPrivateKeyPkcs8: 'AAAA' },
      { ...a, extra: true },
      { ...a, id: 'other' },
      null,
    ];
    for (const record of cases) {
      const result = await identityFromRecord(record);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('sharing.identity-invalid');
    }
  });
});

describe('passphrases, file names and peeking', () => {
  it('generates readable passphrases that pass the check', () => {
    const p = generatePassphrase();
    expect(p).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(passphraseProblem(p)).toBeNull();
    expect(passphraseProblem('')).toBe('empty');
    expect(passphraseProblem('kort')).toBe('too-short');
    expect(generatePassphrase()).not.toBe(p);
  });

  it('names files without personal data', () => {
    expect(sharedFileName('meeting-agenda', '2026-12-01')).toBe('overleg-2026-12-01.zorgtafel');
    expect(sharedFileName('meeting-minutes', '2026-12-01')).toBe(
      'verslag-overleg-2026-12-01.zorgtafel',
    );
    expect(sharedFileName('reply', '2026-12-01')).toBe('antwoord-overleg-2026-12-01.zorgtafel');
  });
});
