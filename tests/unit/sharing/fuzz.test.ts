// Runs in: Node (unit tests).
//
// Damage and hostile edits: every truncation, bit flip and random mutation of a valid file
// must be refused with a stable code, and openSharedFile must never throw or reject. The cheap
// checks run first, so none of this reaches scrypt or X25519 for damaged input.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { concatBytes } from '../../../shared/crypto/bytes';
import {
  openSharedFile,
  SHARE_ERROR_CODES,
  signatureInput,
  type OpenKey,
} from '../../../shared/sharing/container';
import {
  generateSharingIdentity,
  signEd25519,
  type SharingIdentity,
} from '../../../shared/sharing/identity';
import { decodeLayout, encodeBody, encodeSignedHeader } from '../../../shared/sharing/layout';
import { deelsleutelFor, LOW_WORK_FACTOR, OPEN, seal, withFreshChecksum } from './helpers';

const PASSPHRASE = 'tulp fiets molen kaas';
let ib: SharingIdentity;
let smw: SharingIdentity;
let byRecipient: Uint8Array;
let byPassphrase: Uint8Array;

beforeAll(async () => {
  [ib, smw] = await Promise.all([generateSharingIdentity(), generateSharingIdentity()]);
  byRecipient = await seal(
    ib,
    { recipients: [deelsleutelFor(smw)] },
    { expiresAt: new Date('2027-01-01T00:00:00.000Z') },
  );
  byPassphrase = await seal(ib, { passphrase: PASSPHRASE, workFactor: LOW_WORK_FACTOR });
});

const codes: ReadonlySet<string> = new Set(SHARE_ERROR_CODES);

async function expectRefused(bytes: Uint8Array, key: OpenKey): Promise<string> {
  const result = await openSharedFile(bytes, key, OPEN);
  expect(result.ok).toBe(false);
  const code = result.ok ? 'ok' : result.error.code;
  expect(codes.has(code)).toBe(true);
  return code;
}

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; count: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('flip' as const),
    at: fc.nat(),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({
    op: fc.constant('delete' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 64 }),
  }),
);

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = m.at % bytes.length;
  switch (m.op) {
    case 'flip': {
      const out = new Uint8Array(bytes);
      out[at] = (out[at] ?? 0) ^ (1 << m.bit);
      return out;
    }
    case 'truncate':
      return bytes.slice(0, at);
    case 'insert':
      return concatBytes(bytes.subarray(0, at), m.bytes, bytes.subarray(at));
    case 'delete':
      return concatBytes(
        bytes.subarray(0, at),
        bytes.subarray(Math.min(bytes.length, at + m.count)),
      );
    default: {
      const _never: never = m;
      return _never;
    }
  }
}

describe('damaged .zorgtafel files', () => {
  it('refuses every truncation as truncated (or not a file when the magic is cut)', async () => {
    for (let length = 0; length < byRecipient.length; length++) {
      const code = await expectRefused(byRecipient.subarray(0, length), { identity: smw });
      expect(['share.truncated', 'share.not-a-file']).toContain(code);
      if (length > 16) expect(code).toBe('share.truncated');
    }
  });

  it('refuses a single bit flip anywhere (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 0, max: 7 }), async (pos, bit) => {
        const m: Mutation = { op: 'flip', at: pos, bit };
        await expectRefused(mutate(byRecipient, m), { identity: smw });
        await expectRefused(mutate(byPassphrase, m), { passphrase: PASSPHRASE });
      }),
      { numRuns: 500 },
    );
  });

  it('fuzz: refuses 1,000 random mutations of a recipient file and 300 of a passphrase file', async () => {
    const seen = new Map<string, number>();
    const check = (file: () => Uint8Array, key: () => OpenKey, numRuns: number): Promise<void> =>
      fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const code = await expectRefused(mutate(file(), m), key());
          seen.set(code, (seen.get(code) ?? 0) + 1);
        }),
        { numRuns },
      );
    await check(
      () => byRecipient,
      () => ({ identity: smw }),
      1_000,
    );
    await check(
      () => byPassphrase,
      () => ({ passphrase: PASSPHRASE }),
      300,
    );
    // Most damage is caught by the checksum; the layout checks catch the rest.
    expect(seen.get('share.tampered')).toBeGreaterThan(0);
    expect(seen.get('share.truncated')).toBeGreaterThan(0);
  });

  it('fuzz: refuses edits by someone holding the sender key (re-signed, fresh checksum)', async () => {
    const decoded = decodeLayout(byRecipient);
    if (!decoded.ok) throw new Error('layout');
    const { headerJson, agePayload } = decoded.layout;
    await fc.assert(
      fc.asyncProperty(fc.boolean(), mutation, async (inHeader, m) => {
        const newHeader = inHeader ? mutate(headerJson, m) : headerJson;
        const newPayload = inHeader ? agePayload : mutate(agePayload, m);
        if (newHeader.length === 0) return;
        const signedHeader = encodeSignedHeader(newHeader);
        const signature = await signEd25519(ib, await signatureInput(signedHeader, newPayload));
        const file = await withFreshChecksum(
          concatBytes(encodeBody(signedHeader, newPayload, signature), new Uint8Array(32)),
        );
        await expectRefused(file, { identity: smw });
      }),
      { numRuns: 300 },
    );
  });
});
