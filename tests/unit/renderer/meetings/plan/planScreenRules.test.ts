// Runs in: Node (Vitest).
//
// The pure decisions behind the meeting planning screens: grouping on the list, the checks
// of the meeting form, which cases may go on an agenda, unfilled template roles, file names
// without personal data and keyboard moves.
import { describe, expect, it } from 'vitest';
import type { Zorgdossier } from '../../../../../shared/domain/case';
import type { Pupil } from '../../../../../shared/domain/pupil';
import type { Meeting } from '../../../../../shared/meetings/meeting';
import { DEFAULT_MEETING_TEMPLATES } from '../../../../../shared/meetings/templates';
import {
  caseOptions,
  defaultEndTime,
  groupMeetings,
  meetingFileName,
  movedIndex,
  unfilledRoles,
  validateMeetingDraft,
} from '../../../../../renderer/src/areas/overleggen/plan/planScreenRules';

const NOW = '2026-11-22T09:00:00.000Z';

function meeting(
  id: string,
  status: Meeting['status'],
  date: string,
  startTime = '14:00',
): Meeting {
  return {
    id,
    kind: 'zorgteam',
    date,
    startTime,
    endTime: '15:30',
    place: '',
    attendees: [],
    status,
    agenda: [],
    addenda: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...(status === 'vastgesteld' ? { approvedAt: NOW, approvedBy: 'IB' } : {}),
  };
}

function pupil(id: string, firstName: string, lastName: string): Pupil {
  return {
    id,
    firstName,
    lastName,
    dateOfBirth: '2017-03-14',
    guardians: [],
    createdAt: NOW,
    updatedAt: NOW,
  };
}

function zorgdossier(
  id: string,
  pupilId: string,
  status: Zorgdossier['status'],
  signalDate = '2026-10-01',
): Zorgdossier {
  return {
    id,
    pupilId,
    status,
    signal: { date: signalDate },
    hulpvraag: '',
    leefgebieden: [],
    createdAt: NOW,
    updatedAt: NOW,
  } as unknown as Zorgdossier;
}

describe('groupMeetings', () => {
  it('puts each status in its group, planned meetings in the past awaiting approval', () => {
    const groups = groupMeetings(
      [
        meeting('a', 'concept', '2026-10-01'),
        meeting('b', 'gepland', '2026-12-01'),
        meeting('c', 'gepland', '2026-11-01'),
        meeting('d', 'bezig', '2026-11-22'),
        meeting('e', 'vastgesteld', '2026-09-01'),
        meeting('f', 'vastgesteld', '2026-10-15'),
        meeting('g', 'gepland', '2026-11-22', '09:00'),
      ],
      '2026-11-22',
    );
    expect(groups.inProgress.map((m) => m.id)).toEqual(['d']);
    expect(groups.upcoming.map((m) => m.id)).toEqual(['a', 'g', 'b']);
    expect(groups.awaitingApproval.map((m) => m.id)).toEqual(['c']);
    expect(groups.held.map((m) => m.id)).toEqual(['f', 'e']);
  });
});

describe('validateMeetingDraft', () => {
  const ok = {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '14:00',
    endTime: '15:30',
    place: 'Teamkamer',
  } as const;
  it('accepts a complete draft', () => {
    expect(validateMeetingDraft(ok)).toEqual({});
  });
  it('asks for the date and a real date', () => {
    expect(validateMeetingDraft({ ...ok, date: '' })).toEqual({ date: 'required' });
    expect(validateMeetingDraft({ ...ok, date: '2026-02-30' })).toEqual({ date: 'invalid' });
  });
  it('wants the end after the start', () => {
    expect(validateMeetingDraft({ ...ok, endTime: '14:00' })).toEqual({
      endTime: 'end-before-start',
    });
    expect(validateMeetingDraft({ ...ok, endTime: '13:00' })).toEqual({
      endTime: 'end-before-start',
    });
  });
  it('reports missing and malformed times', () => {
    expect(validateMeetingDraft({ ...ok, startTime: '', endTime: '25:00' })).toEqual({
      startTime: 'required',
      endTime: 'invalid',
    });
  });
  it('limits the place to 200 characters', () => {
    expect(validateMeetingDraft({ ...ok, place: 'x'.repeat(201) })).toEqual({ place: 'too-long' });
  });
});

describe('defaultEndTime', () => {
  it('adds the usual length and stops at 23:59', () => {
    expect(defaultEndTime('14:00', DEFAULT_MEETING_TEMPLATES.zorgteam)).toBe('15:30');
    expect(defaultEndTime('23:00', DEFAULT_MEETING_TEMPLATES.zat)).toBe('23:59');
    expect(defaultEndTime('', DEFAULT_MEETING_TEMPLATES.zat)).toBeUndefined();
  });
});

describe('caseOptions', () => {
  it('offers open cases not yet on the agenda, by surname', () => {
    const pupils = [
      pupil('p1', 'Daan', 'Visser'),
      pupil('p2', 'Noor', 'Çelik'),
      pupil('p3', 'Sem', 'Brouwer'),
    ];
    const cases = [
      zorgdossier('c1', 'p1', 'signalering'),
      zorgdossier('c2', 'p2', 'in-bespreking'),
      zorgdossier('c3', 'p3', 'afgesloten'),
      zorgdossier('c4', 'p1', 'verwezen', '2026-11-01'),
      zorgdossier('c5', 'missing', 'signalering'),
    ];
    const onAgenda = { agenda: [{ caseId: 'c2' }] } as unknown as Pick<Meeting, 'agenda'>;
    expect(caseOptions(pupils, cases, onAgenda).map((o) => o.caseId)).toEqual(['c4', 'c1']);
    expect(caseOptions(pupils, cases, { agenda: [] }).map((o) => o.caseId)).toEqual([
      'c2',
      'c4',
      'c1',
    ]);
  });
});

describe('unfilledRoles', () => {
  it('lists required roles nobody takes, matching role texts loosely', () => {
    const zorgteam = DEFAULT_MEETING_TEMPLATES.zorgteam;
    expect(unfilledRoles(zorgteam, []).map((r) => r.role)).toEqual([
      'intern begeleider',
      'schoolmaatschappelijk werker',
      'jeugdverpleegkundige',
    ]);
    expect(
      unfilledRoles(zorgteam, [
        { role: 'Intern Begeleider' },
        { role: 'jeugdverpleegkundige' },
      ]).map((r) => r.role),
    ).toEqual(['schoolmaatschappelijk werker']);
  });
  it('fills the parents seat with any parent or guardian', () => {
    const drie = DEFAULT_MEETING_TEMPLATES.driehoeksoverleg;
    expect(
      unfilledRoles(drie, [{ role: 'intern begeleider' }]).some((r) => r.parents === true),
    ).toBe(true);
    expect(
      unfilledRoles(drie, [{ role: 'moeder' }, { role: 'intern begeleider' }]).some(
        (r) => r.parents === true,
      ),
    ).toBe(false);
  });
});

describe('meetingFileName', () => {
  it('names the document, the kind and the date only', () => {
    expect(meetingFileName('agenda', { kind: 'zorgteam', date: '2026-12-01' }, 'pdf')).toBe(
      'agenda-zorgteam-2026-12-01.pdf',
    );
    expect(meetingFileName('voorbereiding', { kind: 'zat', date: '2026-12-01' }, 'pdf', 2)).toBe(
      'voorbereiding-zat-2026-12-01-punt-2.pdf',
    );
    expect(
      meetingFileName('uitnodiging', { kind: 'driehoeksoverleg', date: '2027-01-05' }, 'ics'),
    ).toBe('uitnodiging-driehoeksoverleg-2027-01-05.ics');
  });
});

describe('movedIndex', () => {
  it('moves one place and stops at the ends', () => {
    expect(movedIndex(['a', 'b', 'c'], 'c', -1)).toBe(1);
    expect(movedIndex(['a', 'b', 'c'], 'a', -1)).toBeUndefined();
    expect(movedIndex(['a', 'b', 'c'], 'c', 1)).toBeUndefined();
    expect(movedIndex(['a', 'b', 'c'], 'x', 1)).toBeUndefined();
  });
});
