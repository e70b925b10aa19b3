// Unit tests for planning helpers: attendee suggestions from the template and the
// directory, and the dashboard's meeting lists.
import { describe, expect, it } from 'vitest';
import type { ContactPerson } from '../../../shared/domain/directory';
import {
  minutesAwaitingApproval,
  suggestAttendees,
  upcomingMeetings,
  withParentsOfItem,
} from '../../../shared/meetings/planning';
import { createMeeting } from '../../../shared/meetings/agenda';
import { DEFAULT_MEETING_TEMPLATES } from '../../../shared/meetings/templates';
import { organisation } from '../domain/builders';
import { emptyZorgteam, NOW, T0, unwrap, zoe } from './builders';

const organisations = [
  organisation({ id: 'o-smw', name: 'SMW Twente', kind: 'smw' }),
  organisation({ id: 'o-ot', name: 'Ondersteuningsteam Oost', kind: 'ondersteuningsteam' }),
];
const contact = (
  c: Partial<ContactPerson> & Pick<ContactPerson, 'id' | 'organisationId' | 'name' | 'role'>,
): ContactPerson => ({ createdAt: T0, updatedAt: T0, ...c });
const contacts = [
  contact({
    id: 'ct-1',
    organisationId: 'o-smw',
    name: 'Joost Kamphuis',
    role: 'schoolmaatschappelijk werker',
    absentUntil: '2026-03-31',
    replacedBy: 'ct-2',
  }),
  contact({ id: 'ct-2', organisationId: 'o-smw', name: 'Els Mulder', role: 'teamleider SMW' }),
  contact({ id: 'ct-3', organisationId: 'o-ot', name: 'Rik Haverkamp', role: 'OT-medewerker' }),
];

describe('suggestAttendees', () => {
  it('fills a driehoeksoverleg with the parents with gezag and the care professional, leaving the IB to the user', () => {
    let n = 0;
    const result = suggestAttendees(DEFAULT_MEETING_TEMPLATES.driehoeksoverleg, {
      contacts,
      organisations,
      guardians: zoe.guardians,
      onDate: '2026-03-10',
      newId: () => `a-${++n}`,
    });
    expect(result.attendees.map((a) => [a.name, a.role, a.organisation])).toEqual([
      ['Marieke van der Berg', 'moeder', ''],
      ['Thomas van der Berg', 'vader', ''],
      ['Rik Haverkamp', 'OT-medewerker', 'Ondersteuningsteam Oost'],
    ]);
    expect(result.attendees.every((a) => a.presence === 'onbekend')).toBe(true);
    expect(result.unfilledRoles.map((r) => r.role)).toEqual(['intern begeleider']);
  });

  it('invites the stand-in of a contact who is away on the meeting date', () => {
    const result = suggestAttendees(DEFAULT_MEETING_TEMPLATES.zorgteam, {
      contacts,
      organisations,
      onDate: '2026-03-10',
      newId: () => 'a-x',
    });
    expect(result.attendees.map((a) => a.name)).toEqual(['Els Mulder']);
    expect(result.unfilledRoles.map((r) => r.role)).toEqual([
      'intern begeleider',
      'jeugdverpleegkundige',
    ]);
  });
});

describe('dashboard lists', () => {
  const meetings = [
    emptyZorgteam({ id: 'm-past', date: '2026-02-10', status: 'bezig' }),
    emptyZorgteam({ id: 'm-later', date: '2026-04-14', status: 'gepland' }),
    emptyZorgteam({ id: 'm-soon', date: '2026-03-12', status: 'gepland' }),
    emptyZorgteam({
      id: 'm-done',
      date: '2026-03-20',
      status: 'vastgesteld',
      approvedAt: T0,
      approvedBy: 'x',
    }),
  ];

  it('lists upcoming meetings soonest first, and held meetings whose minutes wait for approval', () => {
    expect(upcomingMeetings(meetings, '2026-03-11').map((m) => m.id)).toEqual([
      'm-soon',
      'm-later',
    ]);
    expect(upcomingMeetings(meetings, '2026-03-11', 1).map((m) => m.id)).toEqual(['m-soon']);
    expect(minutesAwaitingApproval(meetings, '2026-03-11').map((m) => m.id)).toEqual(['m-past']);
  });
});

describe('withParentsOfItem', () => {
  const driehoek = unwrap(
    createMeeting(
      { kind: 'driehoeksoverleg', date: '2026-03-10', startTime: '09:00', place: 'Kamer IB' },
      DEFAULT_MEETING_TEMPLATES.driehoeksoverleg,
      { id: 'm-d', now: T0 },
    ),
  );
  let next = 0;
  const newId = (): string => `att-${String((next += 1))}`;

  it('adds the parents with gezag of a child on the agenda by name, once', () => {
    const withParents = withParentsOfItem(
      driehoek,
      { mode: 'named' },
      zoe.guardians,
      DEFAULT_MEETING_TEMPLATES.driehoeksoverleg,
      NOW,
      newId,
    );
    const added = withParents.attendees.slice(driehoek.attendees.length).map((a) => a.name);
    expect(added).toEqual(['Marieke van der Berg', 'Thomas van der Berg']);
    expect(withParents.updatedAt).toBe(NOW);
    const again = withParentsOfItem(
      withParents,
      { mode: 'named' },
      zoe.guardians,
      DEFAULT_MEETING_TEMPLATES.driehoeksoverleg,
      NOW,
      newId,
    );
    expect(again).toBe(withParents);
  });

  it('never names the parents of an anonymous item, nor where parents take no seat', () => {
    const args = [zoe.guardians, DEFAULT_MEETING_TEMPLATES.driehoeksoverleg, NOW, newId] as const;
    expect(withParentsOfItem(driehoek, { mode: 'anonymous' }, ...args)).toBe(driehoek);
    const zorgteam = emptyZorgteam();
    expect(
      withParentsOfItem(
        zorgteam,
        { mode: 'named' },
        zoe.guardians,
        DEFAULT_MEETING_TEMPLATES.zorgteam,
        NOW,
        newId,
      ),
    ).toBe(zorgteam);
  });
});
