// Runs in: Node (unit tests).
//
// The opener's first look at a file (peekFile): what it is and who sent it, from the signed
// header, before any key is used; and the classification of every bad file the opener must
// refuse with its own message (tampered, truncated, forged, expired, unknown kind, not a
// Zorgtafel file, a backup). A wrong recipient passes the look (the header is fine) and is
// refused on opening; a replay is found among the kept files (keptCopyOf).
import { beforeAll, describe, expect, it } from 'vitest';
import { concatBytes, utf8Decode, utf8Encode } from '../../../shared/crypto/bytes';
import { BACKUP_MAGIC } from '../../../shared/crypto/backup';
import { canonicalJson } from '../../../shared/sharing/content';
import { openSharedFile, signatureInput } from '../../../shared/sharing/container';
import {
  deelsleutelFingerprint,
  deelsleutelOf,
  generateSharingIdentity,
  signEd25519,
  type SharingIdentity,
} from '../../../shared/sharing/identity';
import { decodeLayout, encodeBody, encodeSignedHeader } from '../../../shared/sharing/layout';
import { peekFile } from '../../../shared/sharing/peek';
import { keptCopyOf, type ReceivedFile } from '../../../shared/sharing/received';
import { CREATED, deelsleutelFor, LOW_WORK_FACTOR, OPEN, seal, withFreshChecksum } from './helpers';

let school: SharingIdentity;
let member: SharingIdentity;
let outsider: SharingIdentity;

beforeAll(async () => {
  [school, member, outsider] = await Promise.all([
    generateSharingIdentity(),
    generateSharingIdentity(),
    generateSharingIdentity(),
  ]);
});

/** Rewrites the outer header of a file and signs it again with `signer`, as a later version (or a forger) would. */
async function withHeader(
  file: Uint8Array,
  signer: SharingIdentity,
  change: (header: Record<string, unknown>) => void,
): Promise<Uint8Array> {
  const decoded = decodeLayout(file);
  if (!decoded.ok) throw new Error(decoded.problem);
  const header = JSON.parse(utf8Decode(decoded.layout.headerJson)) as Record<string, unknown>;
  change(header);
  const signedHeader = encodeSignedHeader(utf8Encode(canonicalJson(header)));
  const signature = await signEd25519(
    signer,
    await signatureInput(signedHeader, decoded.layout.agePayload),
  );
  return withFreshChecksum(
    concatBytes(encodeBody(signedHeader, decoded.layout.agePayload, signature), new Uint8Array(32)),
  );
}

async function codeOf(bytes: Uint8Array): Promise<string> {
  const peeked = await peekFile(bytes, OPEN);
  return peeked.type === 'refused' ? peeked.code : peeked.type;
}

describe('peekFile: what a file is, before any key', () => {
  it('tells kind, key, date, expiry and the signed sender of a file for the member', async () => {
    const file = await seal(
      school,
      { recipients: [deelsleutelFor(member)] },
      { kind: 'meeting-minutes', expiresAt: new Date('2026-04-01T00:00:00.000Z') },
    );
    expect(await peekFile(file, OPEN)).toEqual({
      type: 'share',
      kind: 'meeting-minutes',
      mode: 'recipients',
      createdAt: CREATED,
      expiresAt: new Date('2026-04-01T00:00:00.000Z'),
      sender: {
        deelsleutel: deelsleutelOf(school),
        fingerprint: await deelsleutelFingerprint(deelsleutelOf(school)),
      },
    });
  });

  it('says a passphrase file asks for a passphrase, and knows a referral package', async () => {
    const file = await seal(
      school,
      { passphrase: 'tulp fiets molen kaas', workFactor: LOW_WORK_FACTOR },
      { kind: 'referral' },
    );
    expect(await peekFile(file, OPEN)).toMatchObject({
      type: 'share',
      kind: 'referral',
      mode: 'passphrase',
    });
  });

  it('recognises a Zorgtafel backup without opening it', async () => {
    const backup = concatBytes(
      utf8Encode(BACKUP_MAGIC),
      new Uint8Array([0, 1, 0, 0, 0, 2]),
      utf8Encode('{}'),
    );
    expect(await peekFile(backup, OPEN)).toEqual({ type: 'backup' });
  });
});

describe('peekFile: every bad file has its own refusal', () => {
  it('a file that is not from Zorgtafel (a PDF, a text, nothing)', async () => {
    expect(await codeOf(utf8Encode('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n'))).toBe(
      'share.not-a-file',
    );
    expect(await codeOf(utf8Encode('Beste Joost, hierbij het verslag.'))).toBe('share.not-a-file');
    expect(await codeOf(new Uint8Array(0))).toBe('share.not-a-file');
  });

  it('a truncated file, cut anywhere', async () => {
    const file = await seal(school, { recipients: [deelsleutelFor(member)] });
    for (const length of [20, 30, Math.floor(file.length / 2), file.length - 1]) {
      expect(await codeOf(file.subarray(0, length)), `cut at ${length}`).toBe('share.truncated');
    }
  });

  it('a tampered file: one flipped bit in the header, the payload or the signature', async () => {
    const file = await seal(school, { recipients: [deelsleutelFor(member)] });
    for (const at of [30, Math.floor(file.length / 2), file.length - 40]) {
      const flipped = new Uint8Array(file);
      flipped[at] = (flipped[at] ?? 0) ^ 0x04;
      expect(await codeOf(flipped), `bit at ${at}`).toBe('share.tampered');
    }
  });

  it('a forged file: intact, but signed by someone else than the sender it names', async () => {
    const file = await seal(school, { recipients: [deelsleutelFor(member)] });
    expect(await codeOf(await withHeader(file, outsider, () => undefined))).toBe(
      'share.bad-signature',
    );
  });

  it('a file of a kind this version does not know, properly signed', async () => {
    const file = await seal(school, { recipients: [deelsleutelFor(member)] });
    const later = await withHeader(file, school, (h) => (h['kind'] = 'overdracht'));
    expect(await codeOf(later)).toBe('share.unknown-kind');
    // The same change without a valid signature is a forgery, not an unknown kind.
    expect(await codeOf(await withHeader(file, outsider, (h) => (h['kind'] = 'overdracht')))).toBe(
      'share.bad-signature',
    );
  });

  it('an expired file', async () => {
    const file = await seal(
      school,
      { recipients: [deelsleutelFor(member)] },
      { expiresAt: new Date('2026-03-03T00:00:00.000Z') },
    );
    expect(await codeOf(file)).toBe('share.expired');
  });

  it('a file that is too large is refused before it is read', async () => {
    expect(await codeOf(new Uint8Array(OPEN.maxBytes + 1))).toBe('share.too-large');
  });

  it('a file for another recipient looks fine, and is refused when opened', async () => {
    const file = await seal(school, { recipients: [deelsleutelFor(outsider)] });
    expect(await codeOf(file)).toBe('share');
    const opened = await openSharedFile(file, { identity: member }, OPEN);
    expect(opened.ok ? 'ok' : opened.error.code).toBe('share.not-for-you');
  });
});

describe('keptCopyOf: a replayed file', () => {
  const content = { format: 'zorgtafel-meeting/1', phase: 'agenda', items: [] };
  const kept = (over: Partial<ReceivedFile> = {}): ReceivedFile =>
    ({
      id: 'r1',
      kind: 'meeting-agenda',
      receivedAt: '2026-03-03T10:00:00.000Z',
      fileCreatedAt: CREATED.toISOString(),
      sender: { deelsleutel: 'S', fingerprint: 'AAAA-AAAA-AAAA-AAAA-AAAA' },
      content,
      notes: [],
      ...over,
    }) as unknown as ReceivedFile;

  it('finds the kept copy of the same signed file', () => {
    expect(
      keptCopyOf([kept()], {
        kind: 'meeting-agenda',
        createdAt: CREATED,
        sender: { deelsleutel: 'S' },
        content: { items: [], phase: 'agenda', format: 'zorgtafel-meeting/1' },
      })?.id,
    ).toBe('r1');
  });

  it('does not take another file for a copy: other time, expiry, sender, kind or content', () => {
    const file = {
      kind: 'meeting-agenda',
      createdAt: CREATED,
      sender: { deelsleutel: 'S' },
      content,
    };
    expect(
      keptCopyOf([kept()], { ...file, createdAt: new Date(CREATED.getTime() + 1) }),
    ).toBeUndefined();
    expect(keptCopyOf([kept()], { ...file, sender: { deelsleutel: 'T' } })).toBeUndefined();
    expect(keptCopyOf([kept()], { ...file, kind: 'meeting-minutes' })).toBeUndefined();
    expect(
      keptCopyOf([kept()], { ...file, expiresAt: new Date('2026-12-31T00:00:00.000Z') }),
    ).toBeUndefined();
    expect(
      keptCopyOf([kept()], { ...file, content: { ...content, phase: 'minutes' } }),
    ).toBeUndefined();
  });
});
