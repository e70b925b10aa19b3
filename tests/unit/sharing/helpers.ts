// Runs in: Node (unit tests).
//
// Shared fixtures for the sharing tests: identities are generated once per test file (fast:
// X25519 and Ed25519), and files are sealed with a low scrypt work factor unless a test is
// about the default.
import { concatBytes } from '../../../shared/crypto/bytes';
import { sha256 } from '../../../shared/crypto/webcrypto';
import {
  parseDeelsleutel,
  deelsleutelOf,
  type Deelsleutel,
  type SharingIdentity,
} from '../../../shared/sharing/identity';
import { sealSharedFile, type SealInput } from '../../../shared/sharing/container';

export const CREATED = new Date('2026-03-02T08:00:00.000Z');
export const LOW_WORK_FACTOR = 10;
export const OPEN = { now: new Date('2026-03-03T10:00:00.000Z'), maxBytes: 1 << 20 } as const;

export const sampleContent = {
  meeting: { title: 'ZAT groep 5', date: '2026-03-10' },
  items: [
    { pupil: 'Anonieme leerling', question: 'Ondersteuning lezen', actions: ['Overleg SMW'] },
  ],
};

export function deelsleutelFor(identity: SharingIdentity): Deelsleutel {
  const parsed = parseDeelsleutel(deelsleutelOf(identity));
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value;
}

export function seal(
  sender: SharingIdentity,
  to: SealInput['to'],
  extra: Partial<SealInput> = {},
): Promise<Uint8Array<ArrayBuffer>> {
  return sealSharedFile({
    kind: 'meeting-agenda',
    content: sampleContent,
    sender,
    to,
    createdAt: CREATED,
    ...extra,
  });
}

/** Replaces the trailing checksum so a deliberately edited file passes the damage check. */
export async function withFreshChecksum(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const body = bytes.subarray(0, bytes.length - 32);
  return concatBytes(body, await sha256(body));
}
