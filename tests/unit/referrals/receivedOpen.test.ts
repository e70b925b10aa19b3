// Runs in: Node (test tooling).
//
// The recipient opens a referral package through the one opener (shared/sharing/opener.ts, what
// the sharing worker runs): it opens to the letter with its fingerprint checked and the sender
// from the signed header; a package whose letter does not match its fingerprint, a flipped bit
// anywhere, a cut-short, expired or foreign file are refused (fuzzed over many positions), so
// nothing reaches the vault. A package kept once is found again (replay).
import { describe, expect, it } from 'vitest';
import { expectEveryCorruptionRefused } from '../../helpers/corruptFiles';
import { sealSharedFile } from '../../../shared/sharing/container';
import {
  deelsleutelOf,
  generateSharingIdentity,
  parseDeelsleutel,
} from '../../../shared/sharing/identity';
import { openReceivedFile } from '../../../shared/sharing/opener';
import { referralPackageContent } from '../../../shared/referrals/package';
import { keptReferralOf, receivedReferralSchema } from '../../../shared/referrals/received';
import { letterContent } from './letterFixture';

const NOW = new Date('2026-02-10T10:00:00Z');
const DOCUMENT_ID = 'ZT-7K3Q-0000-ABCD-EFGH';
const OPTIONS = { now: NOW, maxBytes: 1_000_000 } as const;

async function parties() {
  const school = await generateSharingIdentity();
  const team = await generateSharingIdentity();
  const key = parseDeelsleutel(deelsleutelOf(team));
  if (!key.ok) throw new Error('deelsleutel');
  return { school, team, teamKey: key.value };
}

async function sealed(expiresAt?: Date) {
  const p = await parties();
  const bytes = await sealSharedFile({
    kind: 'referral',
    content: await referralPackageContent(letterContent(), DOCUMENT_ID),
    sender: p.school,
    to: { recipients: [p.teamKey] },
    createdAt: NOW,
    ...(expiresAt === undefined ? {} : { expiresAt }),
  });
  return { ...p, bytes };
}

describe('opening a referral package through the one opener', () => {
  it('opens to the letter, fingerprint checked, with the sender unknown until confirmed', async () => {
    const { school, team, bytes } = await sealed();
    const opened = await openReceivedFile(bytes, { identity: team }, OPTIONS);
    if (!opened.ok) throw new Error(opened.error.code);
    expect(opened.value.kind).toBe('referral');
    if (opened.value.opened.kind !== 'referral') throw new Error('kind');
    expect(opened.value.opened.content.letter).toEqual(letterContent());
    expect(opened.value.opened.content.documentId).toBe(DOCUMENT_ID);
    expect(opened.value.sender.deelsleutel).toBe(deelsleutelOf(school));
    expect(opened.value.sender.known).toBe(false);
    const known = await openReceivedFile(
      bytes,
      { identity: team },
      { ...OPTIONS, knownSenders: [deelsleutelOf(school)] },
    );
    expect(known.ok && known.value.sender.known).toBe(true);
  });

  it('refuses a package whose letter is not the one its fingerprint names', async () => {
    const { school, team, teamKey } = await parties();
    const honest = await referralPackageContent(letterContent(), DOCUMENT_ID);
    const forged = { ...honest, letter: { ...honest.letter, askOfRecipient: 'iets anders' } };
    const bytes = await sealSharedFile({
      kind: 'referral',
      content: forged,
      sender: school,
      to: { recipients: [teamKey] },
      createdAt: NOW,
    });
    const opened = await openReceivedFile(bytes, { identity: team }, OPTIONS);
    expect(opened.ok ? 'opened' : opened.error.code).toBe('package.fingerprint-mismatch');
  });

  it('refuses a referral package whose header says it is a reply', async () => {
    const { school, team, teamKey } = await parties();
    const bytes = await sealSharedFile({
      kind: 'reply',
      content: await referralPackageContent(letterContent(), DOCUMENT_ID),
      sender: school,
      to: { recipients: [teamKey] },
      createdAt: NOW,
    });
    const opened = await openReceivedFile(bytes, { identity: team }, OPTIONS);
    expect(opened.ok ? 'opened' : opened.error.code).toBe('share.invalid-content');
  });

  it('refuses an expired, a cut-short and a foreign package', async () => {
    const { team, bytes } = await sealed(new Date('2026-02-11T00:00:00Z'));
    const later = { ...OPTIONS, now: new Date('2026-02-12T00:00:00Z') };
    const expired = await openReceivedFile(bytes, { identity: team }, later);
    expect(expired.ok ? 'opened' : expired.error.code).toBe('share.expired');
    const cut = await openReceivedFile(
      bytes.slice(0, bytes.length - 40),
      { identity: team },
      OPTIONS,
    );
    expect(cut.ok).toBe(false);
    const stranger = await generateSharingIdentity();
    const foreign = await openReceivedFile(bytes, { identity: stranger }, OPTIONS);
    expect(foreign.ok ? 'opened' : foreign.error.code).toBe('share.not-for-you');
  });

  it('refuses the package with any byte changed or cut anywhere (fuzzed)', async () => {
    const { team, bytes } = await sealed();
    await expectEveryCorruptionRefused(bytes, (bad) =>
      openReceivedFile(bad, { identity: team }, OPTIONS),
    );
  });

  it('finds a package kept before (same letter from the same sender), not another', async () => {
    const { school } = await parties();
    const pkg = await referralPackageContent(letterContent(), DOCUMENT_ID);
    const kept = receivedReferralSchema.parse({
      id: 'r1',
      receivedAt: NOW.toISOString(),
      receivedOn: '2026-02-10',
      fileCreatedAt: NOW.toISOString(),
      sender: { deelsleutel: deelsleutelOf(school), fingerprint: 'ABCD-ABCD-ABCD-ABCD-ABCD' },
      package: pkg,
      history: [],
    });
    expect(
      keptReferralOf([kept], { sender: { deelsleutel: deelsleutelOf(school) }, package: pkg }),
    ).toBe(kept);
    expect(keptReferralOf([kept], { sender: { deelsleutel: 'age1other' }, package: pkg })).toBe(
      undefined,
    );
    const other = await referralPackageContent(
      { ...letterContent(), askOfRecipient: 'anders' },
      'ZT-7K3Q-0000-ABCD-EFGJ',
    );
    expect(
      keptReferralOf([kept], { sender: { deelsleutel: deelsleutelOf(school) }, package: other }),
    ).toBe(undefined);
  });
});
