// Runs in: Node (test tooling).
//
// Builders for meetings tests: a zorgteam on 10 March 2026 with three pupils, one of whom
// (Daan) has no consent to be discussed by name.
import {
  addAgendaItem,
  createMeeting,
  type AgendaItemInput,
} from '../../../shared/meetings/agenda';
import type { MeetingAction } from '../../../shared/meetings/actions';
import type { Meeting } from '../../../shared/meetings/meeting';
import { DEFAULT_MEETING_TEMPLATES } from '../../../shared/meetings/templates';
import type { Consent } from '../../../shared/domain/consent';
import type { Pupil } from '../../../shared/domain/pupil';
import { consent, mother, father, pupil as basePupil, T0 } from '../domain/builders';

export { T0 };
export const NOW = '2026-03-10T16:45:00.000+01:00';

export const zoe: Pupil = basePupil();
export const daan: Pupil = basePupil({
  id: 'p-daan',
  firstName: 'Daan',
  tussenvoegsel: undefined,
  lastName: 'Çelik',
  dateOfBirth: '2016-09-23',
  group: '4A',
  guardians: [{ id: 'g-daan-m', name: 'Fatima Çelik', relation: 'moeder', hasGezag: true }],
});
export const noor: Pupil = basePupil({
  id: 'p-noor',
  firstName: 'Noor',
  tussenvoegsel: 'de',
  lastName: 'Vries',
  dateOfBirth: '2017-01-30',
  group: '3',
  guardians: [mother, father],
});
export const pupils: readonly Pupil[] = [zoe, daan, noor];

export const zoeConsent: Consent = consent();
export const noorConsent: Consent = consent({
  id: 'k-noor',
  caseId: 'c-noor',
  pupilId: 'p-noor',
  givenBy: [
    {
      personKind: 'guardian',
      guardianId: 'g-mother',
      name: 'Marieke van der Berg',
      method: 'schriftelijk',
      date: '2026-01-10',
    },
    {
      personKind: 'guardian',
      guardianId: 'g-father',
      name: 'Thomas van der Berg',
      method: 'schriftelijk',
      date: '2026-01-10',
    },
  ],
});
export const consents: readonly Consent[] = [zoeConsent, noorConsent];

export function unwrap<T, E>(result: { ok: true; value: T } | { ok: false; error: E }): T {
  if (!result.ok) throw new Error(`unexpected error: ${JSON.stringify(result.error)}`);
  return result.value;
}

export function emptyZorgteam(overrides: Partial<Meeting> = {}): Meeting {
  const meeting = unwrap(
    createMeeting(
      {
        kind: 'zorgteam',
        date: '2026-03-10',
        startTime: '15:00',
        place: 'Teamkamer, OBS De Tweemaster',
      },
      DEFAULT_MEETING_TEMPLATES.zorgteam,
      { id: 'm-1', now: T0 },
    ),
  );
  return { ...meeting, ...overrides };
}

const pupilOf = (id: string): Pupil => pupils.find((p) => p.id === id) ?? zoe;

export function addItem(
  meeting: Meeting,
  input: Partial<AgendaItemInput> & Pick<AgendaItemInput, 'id' | 'caseId' | 'pupilId'>,
): Meeting {
  const result = addAgendaItem(
    meeting,
    { bespreekdoel: 'niet-pluis', question: 'Hoe verder?', ...input },
    { pupil: pupilOf(input.pupilId), consents },
    DEFAULT_MEETING_TEMPLATES[meeting.kind],
    T0,
  );
  return unwrap(result).meeting;
}

/** A zorgteam with Zoë (named), Daan (forced anonymous) and Noor (named), all attendees present. */
export function threeCaseZorgteam(): Meeting {
  let meeting = emptyZorgteam({
    status: 'gepland',
    attendees: [
      {
        id: 'a-ib',
        name: 'Anouk de Wit',
        role: 'intern begeleider',
        organisation: 'OBS De Tweemaster',
        presence: 'aanwezig',
      },
      {
        id: 'a-smw',
        name: 'Joost Kamphuis',
        role: 'schoolmaatschappelijk werker',
        organisation: 'SMW Twente',
        presence: 'aanwezig',
      },
      {
        id: 'a-jgz',
        name: 'Priya Ramdin',
        role: 'jeugdverpleegkundige',
        organisation: 'GGD Twente',
        presence: 'afgemeld',
      },
    ],
  });
  meeting = addItem(meeting, { id: 'i-zoe', caseId: 'c-1', pupilId: 'p-zoe' });
  meeting = addItem(meeting, { id: 'i-daan', caseId: 'c-daan', pupilId: 'p-daan' });
  meeting = addItem(meeting, { id: 'i-noor', caseId: 'c-noor', pupilId: 'p-noor' });
  return meeting;
}

export function action(
  overrides: Partial<MeetingAction> & Pick<MeetingAction, 'id'>,
): MeetingAction {
  return {
    description: 'Observatie in de klas',
    ownerName: 'Anouk de Wit',
    ownerOrganisation: 'OBS De Tweemaster',
    ownerKind: 'school',
    dueDate: '2026-03-24',
    status: 'open',
    outcome: '',
    ...overrides,
  };
}
