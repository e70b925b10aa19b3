// Runs in: Node (unit tests).
//
// A real meeting file, built by the consent filter exactly as the export dialog builds it,
// decrypts with the reference `age` tool (Debian package `age`; CI installs it) to JSON whose
// `content` matches the documented meeting-content schema (docs/sharing.md).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sealSharedFile } from '../../../shared/sharing/container';
import { generateSharingIdentity } from '../../../shared/sharing/identity';
import { decodeLayout } from '../../../shared/sharing/layout';
import { sharedMeetingContentSchema } from '../../../shared/sharing/meetingContent';
import { buildSharedMeeting } from '../../../shared/sharing/meetingShare';
import { REPLY_CONTENT_FORMAT, replyContentSchema } from '../../../shared/sharing/reply';
import { AGE_CLI, skipWithout } from '../../helpers/referenceTools';
import { exchangeConsent } from '../domain/builders';
import { consents, pupils, threeCaseZorgteam, unwrap } from '../meetings/builders';
import { CREATED, deelsleutelFor } from './helpers';

function decryptWithAge(file: Uint8Array, ageIdentity: string): unknown {
  const decoded = decodeLayout(file);
  if (!decoded.ok) throw new Error('layout');
  const dir = mkdtempSync(join(tmpdir(), 'zorgtafel-age-meeting-'));
  try {
    writeFileSync(join(dir, 'identity.txt'), `${ageIdentity}\n`, { mode: 0o600 });
    writeFileSync(join(dir, 'payload.age'), decoded.layout.agePayload);
    return JSON.parse(
      execFileSync(
        'age',
        ['--decrypt', '-i', join(dir, 'identity.txt'), join(dir, 'payload.age')],
        { encoding: 'utf8', timeout: 20_000 },
      ),
    ) as unknown;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Skipped, with the reason in the output, where the reference `age` CLI is not installed;
// .ci/run installs it, so CI always runs it.
describe('meeting files and the reference age CLI', () => {
  beforeEach(skipWithout(AGE_CLI));
  it('an exported agenda decrypts to content that matches the schema', async () => {
    const [ib, smw] = await Promise.all([generateSharingIdentity(), generateSharingIdentity()]);
    const { content } = unwrap(
      buildSharedMeeting({
        meeting: threeCaseZorgteam(),
        phase: 'agenda',
        pupils,
        consents: [...consents, exchangeConsent()],
        organisationIds: ['org-wijk'],
        onDate: '2026-03-05',
        schoolName: 'OBS De Tweemaster',
      }),
    );
    const file = await sealSharedFile({
      kind: 'meeting-agenda',
      content,
      sender: ib,
      to: { recipients: [deelsleutelFor(smw)] },
      createdAt: CREATED,
    });
    const plain = decryptWithAge(file, smw.ageIdentity) as { content: unknown };
    const parsed = sharedMeetingContentSchema.parse(plain.content);
    expect(parsed).toEqual(content);
    expect(JSON.stringify(parsed)).not.toContain('Noor');
  });

  it('a reply decrypts to content that matches the reply schema', async () => {
    const [ib, smw] = await Promise.all([generateSharingIdentity(), generateSharingIdentity()]);
    const reply = {
      format: REPLY_CONTENT_FORMAT,
      meetingId: 'm-1',
      from: { name: 'Joost Kamphuis', organisation: 'SMW Twente' },
      actions: [{ id: 'a-1', status: 'gedaan', outcome: 'Klaar.' }],
      notes: [],
    };
    const file = await sealSharedFile({
      kind: 'reply',
      content: reply,
      sender: smw,
      to: { recipients: [deelsleutelFor(ib)] },
      createdAt: CREATED,
    });
    const plain = decryptWithAge(file, ib.ageIdentity) as { content: unknown };
    expect(replyContentSchema.parse(plain.content)).toEqual(reply);
  });
});
