// Runs in: Node (unit tests).
//
// "Seal only what opens": anonymising can make a minutes text longer than the receiver's
// schema allows ("Daan" becomes "Leerling A"); sealProblems finds exactly the content the
// opener would refuse, and says which field is too long and by how much.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/meetings/meeting';
import { openSharedFile, sealSharedFile } from '../../../shared/sharing/container';
import { generateSharingIdentity, type SharingIdentity } from '../../../shared/sharing/identity';
import { buildSharedMeeting } from '../../../shared/sharing/meetingShare';
import {
  contentSchemaOf,
  SHARED_FILE_CONTENT_SCHEMA,
  sealProblems,
} from '../../../shared/sharing/sealCheck';
import { referralPackageSchema } from '../../../shared/referrals/package';
import { consents, pupils, threeCaseZorgteam } from '../meetings/builders';
import { CREATED, deelsleutelFor, OPEN } from './helpers';

const MAX = 20_000;

let ib: SharingIdentity;
let smw: SharingIdentity;
beforeAll(async () => {
  [ib, smw] = await Promise.all([generateSharingIdentity(), generateSharingIdentity()]);
});

/** Approved minutes in which Daan's (anonymous) item has `situation`. */
function minutesWith(situation: string): Meeting {
  const meeting = threeCaseZorgteam();
  return {
    ...meeting,
    status: 'vastgesteld',
    approvedAt: '2026-03-10T17:00:00.000+01:00',
    approvedBy: 'Anouk de Wit',
    agenda: meeting.agenda.map((i) => (i.id === 'i-daan' ? { ...i, situation } : i)),
  };
}

function contentOf(meeting: Meeting) {
  const built = buildSharedMeeting({
    meeting,
    phase: 'minutes',
    pupils,
    consents,
    organisationIds: [],
    onDate: '2026-03-11',
    schoolName: 'OBS De Tweemaster',
  });
  if (!built.ok) throw new Error(built.error.code);
  return built.value.content;
}

async function opens(content: unknown): Promise<boolean> {
  const bytes = await sealSharedFile({
    kind: 'meeting-minutes',
    content,
    sender: ib,
    to: { recipients: [deelsleutelFor(smw)] },
    createdAt: CREATED,
  });
  const opened = await openSharedFile(
    bytes,
    { identity: smw },
    { ...OPEN, now: new Date('2026-03-12T10:00:00.000Z'), schema: SHARED_FILE_CONTENT_SCHEMA },
  );
  if (!opened.ok) expect(opened.error.code).toBe('share.invalid-content');
  return opened.ok;
}

describe('sealProblems', () => {
  it('finds the minutes field that anonymising made too long, with its length and the maximum', async () => {
    // Valid in the vault (at most 20,000), but each "Daan" becomes "Leerling A" in the file.
    const situation = `${'Daan was moe. '.repeat(1428)}Ok.`;
    expect(situation.length).toBeLessThanOrEqual(MAX);
    const content = contentOf(minutesWith(situation));
    const sharedLength = content.items[1]?.minutes?.situation.length ?? 0;
    expect(sharedLength).toBeGreaterThan(MAX);
    expect(sealProblems(content)).toEqual([
      {
        code: 'too-long',
        path: ['items', 1, 'minutes', 'situation'],
        length: sharedLength,
        max: MAX,
      },
    ]);
    expect(await opens(content)).toBe(false);
  });

  it('has nothing to say about content that opens', async () => {
    const content = contentOf(minutesWith('Daan was moe.'));
    expect(sealProblems(content)).toEqual([]);
    expect(await opens(content)).toBe(true);
  });

  it('agrees with the opener around the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: MAX - 60, max: MAX }),
        fc.integer({ min: 0, max: 8 }),
        async (length, names) => {
          const situation = `${'Daan '.repeat(names)}${'x'.repeat(length - names * 5)}`;
          const content = contentOf(minutesWith(situation));
          expect(sealProblems(content).length === 0).toBe(await opens(content));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('contentSchemaOf', () => {
  it('checks each kind with the schema its opener uses: a referral package is not meeting content', () => {
    expect(contentSchemaOf('referral')).toBe(referralPackageSchema);
    expect(contentSchemaOf('meeting-minutes')).toBe(SHARED_FILE_CONTENT_SCHEMA);
    expect(contentSchemaOf('reply')).toBe(SHARED_FILE_CONTENT_SCHEMA);
  });
});
