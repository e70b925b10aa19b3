// Runs in: Node (Vitest).
//
// A case's retention deletion erases its agenda items in the meetings that stay: pseudonym,
// bespreekdoel, place and timebox only; no text, no case, pupil or consent reference. Other
// items are untouched.
import { describe, expect, it } from 'vitest';
import { eraseCaseFromMeeting } from '../../../shared/meetings/erase';
import { meetingSchema, type Meeting } from '../../../shared/meetings/meeting';
import { action, daan, threeCaseZorgteam, zoe } from './builders';

const LATER = '2026-12-01T10:00:00.000+01:00';

function withMinutes(meeting: Meeting): Meeting {
  return {
    ...meeting,
    place: 'Teamkamer; Zoë Berg haalt haar moeder op',
    agenda: meeting.agenda.map((i) => ({
      ...i,
      question: `Hoe verder met ${i.id}?`,
      situation:
        i.id === 'i-zoe' ? 'Zoë is vaak moe; vader werkt als bakker.' : 'Vader werkt als bakker.',
      discussed: 'Gesprek met de ouders',
      decisions: [{ id: `d-${i.id}`, text: 'Aanmelden bij SMW' }],
      actions: [action({ id: `a-${i.id}` })],
      nextEvaluationDate: '2026-04-01',
    })),
  };
}

describe('eraseCaseFromMeeting', () => {
  const before = withMinutes(threeCaseZorgteam());
  let n = 0;
  const newId = (): string => `rorphan${(n += 1)}`;

  it('turns a named item of the case into a new pseudonym without any text or reference', () => {
    const after = eraseCaseFromMeeting(before, 'c-1', newId, LATER, zoe);
    expect(meetingSchema.safeParse(after).success).toBe(true);
    const item = after.agenda.find((i) => i.id === 'i-zoe');
    expect(item).toMatchObject({
      mode: 'anonymous',
      question: '',
      situation: '',
      discussed: '',
      decisions: [],
      actions: [],
    });
    expect(item?.pseudonym).toMatch(/^Leerling [A-Z]$/);
    // Not the letter the anonymous Daan already has.
    expect(item?.pseudonym).not.toBe(before.agenda.find((i) => i.id === 'i-daan')?.pseudonym);
    expect(item?.caseId).not.toBe('c-1');
    expect(item?.pupilId).not.toBe(zoe.id);
    expect(item?.consentIds).toBeUndefined();
    expect(item?.nextEvaluationDate).toBeUndefined();
    expect(JSON.stringify(after)).not.toMatch(/Zoë|Zoe|Berg/);
    expect(after.place).not.toContain('Zoë');
  });

  it('keeps an anonymous item its own pseudonym, and leaves the other items exactly as they were', () => {
    const after = eraseCaseFromMeeting(before, 'c-daan', newId, LATER, daan);
    const pseudonym = before.agenda.find((i) => i.id === 'i-daan')?.pseudonym;
    expect(after.agenda.find((i) => i.id === 'i-daan')?.pseudonym).toBe(pseudonym);
    for (const id of ['i-zoe', 'i-noor'])
      expect(after.agenda.find((i) => i.id === id)).toEqual(before.agenda.find((i) => i.id === id));
    expect(after.updatedAt).toBe(LATER);
  });

  it('leaves a meeting without the case unchanged', () => {
    expect(eraseCaseFromMeeting(before, 'c-elsewhere', newId, LATER)).toBe(before);
  });
});
