// Runs in: Node (Vitest).
//
// Meeting mode's action entry rules: an attendee's name fills in their organisation (never
// over a typed organisation, and never the owner kind: that is only suggested), and an entry row becomes an action only when it is
// complete enough, with an anonymously discussed pupil's action kept at the school.
import { describe, expect, it } from 'vitest';
import { actionFromEntry, ownerFromAttendee } from '../../../shared/meetings/actionEntry';
import { EMPTY_ENTRY_DRAFT } from '../../../shared/meetings/runState';

const attendees = [
  { name: 'Petra de Vries', organisation: 'SMW Utrecht' },
  { name: 'Jan Bakker', organisation: 'OBS De Linde' },
  { name: 'Moeder van Zoë', organisation: '' },
];

describe('ownerFromAttendee', () => {
  it("fills in an attendee's organisation for a name typed in another case", () => {
    expect(ownerFromAttendee(attendees, '  petra de vries ', '')).toBe('SMW Utrecht');
    expect(ownerFromAttendee(attendees, 'Jan Bakker', '')).toBe('OBS De Linde');
    expect(ownerFromAttendee(attendees, 'Moeder van Zoë', ' ')).toBe('');
  });

  it('leaves a typed organisation and an unknown name alone', () => {
    expect(ownerFromAttendee(attendees, 'Petra de Vries', 'GGD')).toBeUndefined();
    expect(ownerFromAttendee(attendees, 'Petra', '')).toBeUndefined();
  });
});

describe('actionFromEntry', () => {
  const draft = {
    ...EMPTY_ENTRY_DRAFT,
    actionDescription: '  Aanmelden bij SMW ',
    actionOwner: ' Petra de Vries ',
    actionOrganisation: ' SMW Utrecht ',
    actionOwnerKind: 'partner' as const,
    actionDue: '2026-03-24',
  };

  it('makes an open action with trimmed texts and the due date', () => {
    expect(actionFromEntry(draft, false, 'a-1')).toEqual({
      ok: true,
      value: {
        id: 'a-1',
        description: 'Aanmelden bij SMW',
        ownerName: 'Petra de Vries',
        ownerOrganisation: 'SMW Utrecht',
        ownerKind: 'partner',
        dueDate: '2026-03-24',
        status: 'open',
        outcome: '',
      },
    });
  });

  it('leaves the due date out when none is typed', () => {
    const result = actionFromEntry({ ...draft, actionDue: '' }, false, 'a-1');
    expect(result.ok && 'dueDate' in result.value).toBe(false);
    expect(result.ok).toBe(true);
  });

  it('refuses an empty description first, then an impossible date', () => {
    expect(
      actionFromEntry({ ...draft, actionDescription: '  ', actionDue: 'x' }, true, 'a'),
    ).toEqual({ ok: false, error: 'empty' });
    expect(actionFromEntry({ ...draft, actionDue: '2026-02-30' }, false, 'a')).toEqual({
      ok: false,
      error: 'invalid-date',
    });
  });

  it('refuses a partner owner for an anonymously discussed pupil, not a school owner', () => {
    expect(actionFromEntry(draft, true, 'a')).toEqual({ ok: false, error: 'anonymous-partner' });
    expect(actionFromEntry({ ...draft, actionOwnerKind: 'school' }, true, 'a').ok).toBe(true);
  });
});
