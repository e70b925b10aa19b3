// Runs in: Node (test tooling).
//
// The encrypted referral package: sealed for the recipient's deelsleutel and signed by the
// school, it opens to exactly the letter content with the fingerprint of the paper letter; a
// package whose stated fingerprint does not match its content, or a file of another kind,
// is refused.
import { describe, expect, it } from 'vitest';
import { renderReferralLetter } from '../../../shared/documents/referralLetter';
import { sealSharedFile } from '../../../shared/sharing/container';
import {
  deelsleutelOf,
  generateSharingIdentity,
  parseDeelsleutel,
} from '../../../shared/sharing/identity';
import {
  letterContentSchema,
  openReferralPackage,
  REFERRAL_PACKAGE_FORMAT,
  referralPackageContent,
  sealReferralPackage,
} from '../../../shared/referrals/package';
import { loadDocumentFonts } from '../../helpers/pdfText';
import { letterContent } from './letterFixture';

const NOW = new Date('2026-02-10T10:00:00Z');
const DOCUMENT_ID = 'ZT-7K3Q-0000-ABCD-EFGH';

async function parties() {
  const school = await generateSharingIdentity();
  const team = await generateSharingIdentity();
  const deelsleutel = parseDeelsleutel(deelsleutelOf(team));
  if (!deelsleutel.ok) throw new Error('deelsleutel');
  return { school, team, teamKey: deelsleutel.value };
}

describe('referral package', () => {
  it('opens to the letter content with the same fingerprint as the PDF', async () => {
    const { school, team, teamKey } = await parties();
    const letter = letterContent();
    const bytes = await sealReferralPackage({
      letter,
      documentId: DOCUMENT_ID,
      sender: school,
      to: { recipients: [teamKey] },
      now: NOW,
    });
    const opened = await openReferralPackage(
      bytes,
      { identity: team },
      { now: NOW, maxBytes: 1_000_000, knownSenders: [deelsleutelOf(school)] },
    );
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    expect(opened.value.package.letter).toEqual(letter);
    expect(opened.value.package.documentId).toBe(DOCUMENT_ID);
    expect(opened.value.sender.known).toBe(true);
    const pdf = await renderReferralLetter({
      fonts: loadDocumentFonts(),
      content: letter,
      documentId: DOCUMENT_ID,
      variant: 'recipient',
    });
    expect(opened.value.package.fingerprint).toBe(pdf.fingerprint);
  });

  it("carries the parents' and the pupil's voice to the recipient (issue 18)", () => {
    const letter = {
      ...letterContent(),
      voices: { parents: ['1 februari 2026: Moeder is bezorgd.'], pupil: [] },
    };
    expect(letterContentSchema.parse(letter)).toEqual(letter);
    expect(
      letterContentSchema.safeParse({ ...letter, voices: { parents: [], pupil: [], x: [] } })
        .success,
    ).toBe(false);
  });

  it('carries an included meldcode part to the recipient, and nothing else of the track (issue 16)', () => {
    const letter = {
      ...letterContent(),
      meldcode: {
        decision: 'Hulp organiseren en de effecten volgen (niet melden)',
        decisionDate: '2026-02-03',
        basis: 'Gedeeld met toestemming van ouders (toestemming van 10 januari 2026).',
      },
    };
    expect(letterContentSchema.parse(letter)).toEqual(letter);
    expect(
      letterContentSchema.safeParse({
        ...letter,
        meldcode: { ...letter.meldcode, reasons: 'Blauwe plek' },
      }).success,
    ).toBe(false);
  });

  it('cannot be opened by someone it was not sealed for', async () => {
    const { school, teamKey } = await parties();
    const stranger = await generateSharingIdentity();
    const bytes = await sealReferralPackage({
      letter: letterContent(),
      documentId: DOCUMENT_ID,
      sender: school,
      to: { recipients: [teamKey] },
      now: NOW,
    });
    const opened = await openReferralPackage(
      bytes,
      { identity: stranger },
      { now: NOW, maxBytes: 1_000_000 },
    );
    expect(opened.ok).toBe(false);
  });

  it('refuses a package whose stated fingerprint is not that of its letter', async () => {
    const { school, team, teamKey } = await parties();
    const honest = await referralPackageContent(letterContent(), DOCUMENT_ID);
    const forged = {
      ...honest,
      letter: { ...honest.letter, askOfRecipient: 'Iets anders gevraagd.' },
    };
    const bytes = await sealSharedFile({
      kind: 'referral',
      content: forged,
      sender: school,
      to: { recipients: [teamKey] },
      createdAt: NOW,
    });
    const opened = await openReferralPackage(
      bytes,
      { identity: team },
      { now: NOW, maxBytes: 1_000_000 },
    );
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.code).toBe('package.fingerprint-mismatch');
  });

  it('refuses another kind of shared file, even with valid content', async () => {
    const { school, team, teamKey } = await parties();
    const content = await referralPackageContent(letterContent(), DOCUMENT_ID);
    expect(content.format).toBe(REFERRAL_PACKAGE_FORMAT);
    const bytes = await sealSharedFile({
      kind: 'reply',
      content,
      sender: school,
      to: { recipients: [teamKey] },
      createdAt: NOW,
    });
    const opened = await openReferralPackage(
      bytes,
      { identity: team },
      { now: NOW, maxBytes: 1_000_000 },
    );
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.code).toBe('package.wrong-kind');
  });
});
