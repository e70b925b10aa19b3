// Runs in: Node (unit tests).
//
// What a member stores of a received file, and which actions are suggested as theirs. Also a
// full round trip: a meeting built by the consent filter, sealed, opened and validated.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/meetings/meeting';
import { openSharedFile, sealSharedFile } from '../../../shared/sharing/container';
import { generateSharingIdentity } from '../../../shared/sharing/identity';
import { sharedMeetingContentSchema } from '../../../shared/sharing/meetingContent';
import { buildSharedMeeting } from '../../../shared/sharing/meetingShare';
import {
  actionsOfContent,
  receivedFileSchema,
  suggestMyActions,
} from '../../../shared/sharing/received';
import { exchangeConsent } from '../domain/builders';
import { action, consents, pupils, threeCaseZorgteam, unwrap } from '../meetings/builders';
import { CREATED, OPEN, deelsleutelFor } from './helpers';

function content() {
  const meeting = threeCaseZorgteam();
  const carry = {
    takenOn: '2026-03-01',
    openActions: [
      action({
        id: 'x-1',
        ownerName: 'Joost  KAMPHUIS',
        ownerOrganisation: 'SMW Twente',
        ownerKind: 'partner',
      }),
      action({ id: 'x-2' }),
    ],
    decisions: [],
  };
  const withCarry: Meeting = {
    ...meeting,
    agenda: meeting.agenda.map((i) => (i.id === 'i-zoe' ? { ...i, carryOver: carry } : i)),
  };
  return unwrap(
    buildSharedMeeting({
      meeting: withCarry,
      phase: 'agenda',
      pupils,
      consents: [...consents, exchangeConsent()],
      organisationIds: ['org-wijk'],
      onDate: '2026-03-05',
      schoolName: 'OBS De Tweemaster',
    }),
  ).content;
}

describe('actions of a received file', () => {
  it('lists preparation and minutes actions with their item', () => {
    expect(actionsOfContent(content()).map((a) => [a.itemId, a.action.id, a.subject])).toEqual([
      ['i-zoe', 'x-1', 'Zoë van der Berg'],
      ['i-zoe', 'x-2', 'Zoë van der Berg'],
    ]);
  });

  it('suggests actions by name (case, accents and spaces ignored) or organisation', () => {
    expect(suggestMyActions(content(), { name: 'joost kamphuis' })).toEqual(['x-1']);
    expect(
      suggestMyActions(content(), { name: 'Iemand Anders', organisation: 'smw twente' }),
    ).toEqual(['x-1']);
    expect(suggestMyActions(content(), { name: '' })).toEqual([]);
  });
});

describe('round trip', () => {
  it('seals built content and opens it into a storable record', async () => {
    const ib = await generateSharingIdentity();
    const member = await generateSharingIdentity();
    const built = content();
    const bytes = await sealSharedFile({
      kind: 'meeting-agenda',
      content: built,
      sender: ib,
      to: { recipients: [deelsleutelFor(member)] },
      createdAt: CREATED,
    });
    const opened = await openSharedFile(
      bytes,
      { identity: member },
      { ...OPEN, schema: sharedMeetingContentSchema },
    );
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.content).toEqual(built);
    const record = {
      id: 'r-1',
      kind: opened.value.kind,
      receivedAt: '2026-03-03T10:00:00.000Z',
      fileCreatedAt: opened.value.createdAt.toISOString(),
      sender: {
        deelsleutel: opened.value.sender.deelsleutel,
        fingerprint: opened.value.sender.fingerprint,
      },
      content: opened.value.content,
      notes: [],
    };
    expect(receivedFileSchema.safeParse(record).success).toBe(true);
  });

  it('refuses content that breaks the schema (ids, long strings, extra keys)', async () => {
    const ib = await generateSharingIdentity();
    const member = await generateSharingIdentity();
    const built = content();
    const bad = [
      { ...built, extra: 1 },
      { ...built, items: [{ ...built.items[0], id: 'Bad Id!' }] },
      { ...built, meeting: { ...built.meeting, place: 'x'.repeat(201) } },
      { ...built, items: [...built.items, built.items[0]] },
      {
        ...built,
        meeting: { ...built.meeting, ...(JSON.parse('{"__proto__":{"polluted":true}}') as object) },
      },
      { ...built, items: [{ ...built.items[0], constructor: 'x' }] },
    ];
    for (const c of bad) {
      const bytes = await sealSharedFile({
        kind: 'meeting-agenda',
        content: c,
        sender: ib,
        to: { recipients: [deelsleutelFor(member)] },
        createdAt: CREATED,
      });
      const opened = await openSharedFile(
        bytes,
        { identity: member },
        { ...OPEN, schema: sharedMeetingContentSchema },
      );
      expect(opened.ok ? null : opened.error.code).toBe('share.invalid-content');
    }
  });
});
