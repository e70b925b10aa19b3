// Runs in: Node (unit tests).
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { concatBytes, u32be, utf8Encode } from '../../../shared/crypto/bytes';
import { canonicalJson } from '../../../shared/sharing/content';
import {
  openSharedFile,
  signatureInput,
  type ShareErrorCode,
} from '../../../shared/sharing/container';
import {
  deelsleutelOf,
  generateSharingIdentity,
  signEd25519,
  type SharingIdentity,
} from '../../../shared/sharing/identity';
import { decodeLayout, encodeBody, encodeSignedHeader } from '../../../shared/sharing/layout';
import {
  CREATED,
  deelsleutelFor,
  LOW_WORK_FACTOR,
  OPEN,
  sampleContent,
  seal,
  withFreshChecksum,
} from './helpers';

let ib: SharingIdentity;
let smw: SharingIdentity;
let arts: SharingIdentity;
let outsider: SharingIdentity;

beforeAll(async () => {
  [ib, smw, arts, outsider] = await Promise.all([
    generateSharingIdentity(),
    generateSharingIdentity(),
    generateSharingIdentity(),
    generateSharingIdentity(),
  ]);
});

function codeOf(result: { ok: true } | { ok: false; error: { code: ShareErrorCode } }): string {
  return result.ok ? 'ok' : result.error.code;
}

describe('sealSharedFile / openSharedFile', () => {
  it('round-trips to one recipient and reports a known sender', async () => {
    const file = await seal(ib, { recipients: [deelsleutelFor(smw)] });
    const opened = await openSharedFile(
      file,
      { identity: smw },
      { ...OPEN, knownSenders: [deelsleutelOf(ib)] },
    );
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.kind).toBe('meeting-agenda');
    expect(opened.value.content).toEqual(sampleContent);
    expect(opened.value.createdAt.toISOString()).toBe(CREATED.toISOString());
    expect(opened.value.expiresAt).toBeUndefined();
    expect(opened.value.sender.deelsleutel).toBe(deelsleutelOf(ib));
    expect(opened.value.sender.known).toBe(true);
    expect(opened.value.sender.fingerprint).toMatch(/^(\w{4}-){4}\w{4}$/);
  });

  it('round-trips to two recipients; each opens it, an unknown sender is reported as unknown', async () => {
    const file = await seal(
      ib,
      { recipients: [deelsleutelFor(smw), deelsleutelFor(arts)] },
      { kind: 'meeting-minutes' },
    );
    for (const reader of [smw, arts]) {
      const opened = await openSharedFile(file, { identity: reader }, OPEN);
      expect(opened.ok && opened.value.kind).toBe('meeting-minutes');
      expect(opened.ok && opened.value.sender.known).toBe(false);
    }
  });

  it('refuses a file for another recipient', async () => {
    const file = await seal(ib, { recipients: [deelsleutelFor(smw)] });
    expect(codeOf(await openSharedFile(file, { identity: outsider }, OPEN))).toBe(
      'share.not-for-you',
    );
    expect(codeOf(await openSharedFile(file, { passphrase: 'iets' }, OPEN))).toBe(
      'share.not-for-you',
    );
  });

  it('round-trips by passphrase and refuses a wrong passphrase', async () => {
    const file = await seal(ib, {
      passphrase: 'tulp fiets molen kaas',
      workFactor: LOW_WORK_FACTOR,
    });
    const opened = await openSharedFile(file, { passphrase: 'tulp fiets molen kaas' }, OPEN);
    expect(opened.ok && opened.value.content).toEqual(sampleContent);
    expect(codeOf(await openSharedFile(file, { passphrase: 'tulp fiets molen kaaS' }, OPEN))).toBe(
      'share.wrong-passphrase',
    );
    expect(codeOf(await openSharedFile(file, { identity: smw }, OPEN))).toBe('share.not-for-you');
  });

  it('works with the default scrypt work factor (18)', async () => {
    const file = await seal(ib, { passphrase: 'correct paard batterij niet' });
    const agePayload = decodeLayout(file);
    expect(
      agePayload.ok && new TextDecoder().decode(agePayload.layout.agePayload.subarray(0, 200)),
    ).toMatch(/-> scrypt \S+ 18\n/);
    const opened = await openSharedFile(file, { passphrase: 'correct paard batterij niet' }, OPEN);
    expect(opened.ok).toBe(true);
  }, 60_000);

  it('refuses a work factor out of range and an empty recipient list when sealing', async () => {
    await expect(seal(ib, { passphrase: 'x', workFactor: 8 })).rejects.toThrow(RangeError);
    await expect(seal(ib, { passphrase: 'x', workFactor: 19 })).rejects.toThrow(RangeError);
    await expect(seal(ib, { recipients: [] })).rejects.toThrow(RangeError);
  });

  it('refuses a passphrase file demanding more scrypt work than allowed, before running scrypt', async () => {
    // A hostile sender (own valid key) raises log2 N to 19 in the age stanza and re-signs.
    const file = await seal(ib, { passphrase: 'x y z', workFactor: LOW_WORK_FACTOR });
    const decoded = decodeLayout(file);
    if (!decoded.ok) throw new Error('layout');
    const ageText = new TextDecoder('latin1').decode(decoded.layout.agePayload);
    const raised = Uint8Array.from(
      ageText.replace(/^(age-encryption\.org\/v1\n-> scrypt \S{22}) 10\n/, '$1 19\n'),
      (c) => c.charCodeAt(0),
    );
    expect(raised.length).toBe(decoded.layout.agePayload.length);
    const { signedHeader } = decoded.layout;
    const signature = await signEd25519(ib, await signatureInput(signedHeader, raised));
    const hostile = await withFreshChecksum(
      concatBytes(encodeBody(signedHeader, raised, signature), new Uint8Array(32)),
    );
    const refused = await openSharedFile(hostile, { passphrase: 'x y z' }, OPEN);
    expect(codeOf(refused)).toBe('share.tampered');
    expect(!refused.ok && refused.error.message).toMatch(/work factor/);
  });

  it('refuses after expiry and accepts on the last moment', async () => {
    const expiresAt = new Date('2026-03-31T22:00:00.000Z');
    const file = await seal(ib, { recipients: [deelsleutelFor(smw)] }, { expiresAt });
    const onTime = await openSharedFile(file, { identity: smw }, { ...OPEN, now: expiresAt });
    expect(onTime.ok && onTime.value.expiresAt?.toISOString()).toBe(expiresAt.toISOString());
    const late = await openSharedFile(
      file,
      { identity: smw },
      { ...OPEN, now: new Date(expiresAt.getTime() + 1) },
    );
    expect(codeOf(late)).toBe('share.expired');
  });

  it('refuses oversized input before anything else', async () => {
    const file = await seal(ib, { recipients: [deelsleutelFor(smw)] });
    expect(
      codeOf(await openSharedFile(file, { identity: smw }, { ...OPEN, maxBytes: file.length - 1 })),
    ).toBe('share.too-large');
    expect(
      codeOf(await openSharedFile(file, { identity: smw }, { ...OPEN, maxBytes: file.length })),
    ).toBe('ok');
  });

  it('refuses non-files, empty input and a future format version', async () => {
    const file = await seal(ib, { recipients: [deelsleutelFor(smw)] });
    expect(codeOf(await openSharedFile(new Uint8Array(0), { identity: smw }, OPEN))).toBe(
      'share.not-a-file',
    );
    expect(
      codeOf(await openSharedFile(utf8Encode('age-encryption.org/v1\n'), { identity: smw }, OPEN)),
    ).toBe('share.not-a-file');
    const future = new Uint8Array(file);
    future.set(u32be(2), 16);
    expect(codeOf(await openSharedFile(future, { identity: smw }, OPEN))).toBe(
      'share.unsupported-version',
    );
    expect(
      codeOf(await openSharedFile(await withFreshChecksum(future), { identity: smw }, OPEN)),
    ).toBe('share.unsupported-version');
  });

  it('refuses a file re-signed with another key (sender unchanged) as a bad signature', async () => {
    const file = await seal(ib, { recipients: [deelsleutelFor(smw)] });
    const decoded = decodeLayout(file);
    if (!decoded.ok) throw new Error('layout');
    const { signedHeader, agePayload } = decoded.layout;
    const forged = await signEd25519(outsider, await signatureInput(signedHeader, agePayload));
    const refiled = await withFreshChecksum(
      concatBytes(encodeBody(signedHeader, agePayload, forged), new Uint8Array(32)),
    );
    expect(codeOf(await openSharedFile(refiled, { identity: smw }, OPEN))).toBe(
      'share.bad-signature',
    );
    // The same edit without a fresh checksum is plain damage.
    const damaged = new Uint8Array(file);
    damaged.set(forged, signedHeader.length + 4 + agePayload.length);
    expect(codeOf(await openSharedFile(damaged, { identity: smw }, OPEN))).toBe('share.tampered');
  });

  it('refuses an outer header that differs from the encrypted copy, even when properly signed', async () => {
    // An attacker holding the sender key who changes the kind in the clear header only.
    const file = await seal(ib, { recipients: [deelsleutelFor(smw)] });
    const decoded = decodeLayout(file);
    if (!decoded.ok) throw new Error('layout');
    const header = JSON.parse(new TextDecoder().decode(decoded.layout.headerJson)) as Record<
      string,
      unknown
    >;
    const signedHeader = encodeSignedHeader(
      utf8Encode(canonicalJson({ ...header, kind: 'referral' })),
    );
    const signature = await signEd25519(
      ib,
      await signatureInput(signedHeader, decoded.layout.agePayload),
    );
    const edited = await withFreshChecksum(
      concatBytes(
        encodeBody(signedHeader, decoded.layout.agePayload, signature),
        new Uint8Array(32),
      ),
    );
    expect(codeOf(await openSharedFile(edited, { identity: smw }, OPEN))).toBe('share.tampered');
  });

  it('refuses content with prototype-pollution keys, very long strings, long arrays and deep nesting', async () => {
    const to = { recipients: [deelsleutelFor(smw)] };
    const bad: unknown[] = [
      JSON.parse('{"items":[{"__proto__":{"admin":true}}]}'),
      { items: [{ constructor: 'x' }] },
      { prototype: 1 },
      { note: 'a'.repeat(20_001) },
      { list: Array.from({ length: 2_001 }, () => 0) },
      JSON.parse(`${'['.repeat(40)}1${']'.repeat(40)}`),
    ];
    for (const content of bad) {
      const file = await seal(ib, to, { content });
      expect(codeOf(await openSharedFile(file, { identity: smw }, OPEN))).toBe(
        'share.invalid-content',
      );
    }
    const tight = await seal(ib, to, { content: { note: 'a'.repeat(101) } });
    expect(
      codeOf(
        await openSharedFile(
          tight,
          { identity: smw },
          { ...OPEN, limits: { maxStringLength: 100 } },
        ),
      ),
    ).toBe('share.invalid-content');
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
  });

  it('validates content against a caller schema', async () => {
    const schema = z.strictObject({
      meeting: z.strictObject({ title: z.string(), date: z.string() }),
      items: z.array(z.unknown()),
    });
    const file = await seal(ib, { recipients: [deelsleutelFor(smw)] });
    const opened = await openSharedFile(file, { identity: smw }, { ...OPEN, schema });
    expect(opened.ok && opened.value.content.meeting.title).toBe('ZAT groep 5');
    const wrong = await seal(
      ib,
      { recipients: [deelsleutelFor(smw)] },
      { content: { meeting: 'nee' } },
    );
    expect(codeOf(await openSharedFile(wrong, { identity: smw }, { ...OPEN, schema }))).toBe(
      'share.invalid-content',
    );
  });
});
