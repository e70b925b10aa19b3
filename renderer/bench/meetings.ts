// Runs in: renderer.
//
// The benchmark's meetings (brief §3, §10): zorgteams every six weeks with 5-10 cases each,
// a monthly ZAT for the complex cases and a driehoeksoverleg per case now and then. A case
// is put on the agenda of the next meeting of its kind; the item is named only when a valid
// 'bespreken-op-naam' consent covers that kind of meeting on that date (the app's own rule,
// agendaItemMode), otherwise it gets the meeting's next pseudonym. Past meetings have
// approved minutes with decisions and actions; the actions land in the case's actieplan with
// their source. Pure and seeded, like the rest of the generator.
import type { Consent, MeetingKind } from '../../shared/domain/consent';
import type { ContactPerson, Organisation } from '../../shared/domain/directory';
import type { Pupil } from '../../shared/domain/pupil';
import type { MeetingAction, PlanAction } from '../../shared/meetings/actions';
import { agendaItemMode, pseudonymForIndex } from '../../shared/meetings/agenda';
import {
  BESPREEKDOELEN,
  type AgendaItem,
  type Attendee,
  type Meeting,
} from '../../shared/meetings/meeting';
import { schoolAction } from './careWork';
import { DECISION_TEXTS, PLACES, PROCESS_EVALUATIONS, QUESTIONS } from './dutchData';
import type { Prng } from './prng';
import { dayToIso, NOW, paragraph, timestampOf, TODAY_DAY } from './records';

/** The app user of the benchmark vault (its profile): the IB who chairs and approves. */
export const IB_NAME = 'Anouk van den Berg';

const TIMES: Readonly<Record<MeetingKind, readonly [string, string]>> = {
  zorgteam: ['15:00', '16:30'],
  zat: ['13:30', '16:00'],
  driehoeksoverleg: ['08:30', '09:15'],
};
/** Days between two meetings of a kind (the driehoeksoverleg is planned per case). */
const PERIOD: Readonly<Record<'zorgteam' | 'zat', number>> = { zorgteam: 42, zat: 30 };

/** The child and consents an agenda item needs. */
export interface ItemCase {
  readonly caseId: string;
  readonly child: Pupil;
  readonly consents: readonly Consent[];
}

interface OpenMeeting {
  readonly id: string;
  readonly kind: MeetingKind;
  readonly day: number;
  readonly attendees: Attendee[];
  readonly items: AgendaItem[];
  readonly capacity: number;
  anonymous: number;
}

/** Attendees: the IB and 2-4 professionals of the sociale kaart. */
export function attendeesFor(
  rng: Prng,
  contacts: readonly ContactPerson[],
  orgById: ReadonlyMap<string, Organisation>,
  approved: boolean,
): Attendee[] {
  const presence = (): Attendee['presence'] =>
    !approved
      ? 'onbekend'
      : rng.chance(0.85)
        ? 'aanwezig'
        : rng.pick(['afwezig', 'afgemeld'] as const);
  const ib: Attendee = {
    id: rng.recordId(),
    name: IB_NAME,
    role: 'intern begeleider',
    organisation: '',
    presence: approved ? 'aanwezig' : 'onbekend',
  };
  const others = rng.sample(contacts, rng.int(2, 4)).map((c): Attendee => ({
    id: rng.recordId(),
    contactId: c.id,
    name: c.name,
    role: c.role,
    organisation: orgById.get(c.organisationId)?.name ?? '',
    presence: presence(),
  }));
  return [ib, ...others];
}

export interface ItemResult {
  readonly item: AgendaItem;
  /** The item's actions as they land in the case's actieplan (with their source). */
  readonly planActions: PlanAction[];
}

/**
 * One agenda item of `meeting` for `subject`: named when consent allows it on the meeting's
 * date, else under the next pseudonym. With `minutes`, the item carries what the team
 * recorded (situation, discussion, decisions, actions, feedback to parents).
 */
export function agendaItemFor(
  rng: Prng,
  meeting: Pick<OpenMeeting, 'id' | 'kind' | 'day' | 'attendees' | 'items' | 'anonymous'>,
  subject: ItemCase,
  minutes: boolean,
): ItemResult {
  const date = dayToIso(meeting.day);
  const decision = agendaItemMode(subject.child, subject.consents, { kind: meeting.kind }, date);
  const named = decision.mode === 'named';
  const itemId = rng.recordId();
  const base = {
    id: itemId,
    caseId: subject.caseId,
    pupilId: subject.child.id,
    order: meeting.items.length,
    bespreekdoel: rng.pick(BESPREEKDOELEN),
    question: rng.pick(QUESTIONS),
    timeboxMinutes: rng.pick([5, 10, 10, 15]),
    ...(named
      ? { mode: 'named' as const, consentIds: [...decision.consentIds] }
      : { mode: 'anonymous' as const, pseudonym: pseudonymForIndex(meeting.anonymous) }),
  };
  if (!minutes)
    return {
      item: { ...base, situation: '', discussed: '', decisions: [], actions: [] },
      planActions: [],
    };
  const partners = meeting.attendees.filter((a) => a.contactId !== undefined);
  const planActions: PlanAction[] = Array.from({ length: rng.int(1, 2) }, () => {
    const dueDay = meeting.day + rng.int(7, 42);
    const partner =
      named && rng.chance(0.4) ? partners[rng.int(0, partners.length - 1)] : undefined;
    const action = schoolAction(rng, dueDay, IB_NAME);
    const owned: PlanAction =
      partner === undefined
        ? action
        : {
            ...action,
            ownerName: partner.name,
            ownerOrganisation: partner.organisation,
            ownerKind: 'partner',
          };
    return {
      ...owned,
      source: { meetingId: meeting.id, meetingKind: meeting.kind, meetingDate: date, itemId },
    };
  });
  // The minutes keep the action as agreed at the table; the plan follows it up from there.
  const actions: MeetingAction[] = planActions.map((a) => ({
    id: a.id,
    description: a.description,
    ownerName: a.ownerName,
    ownerOrganisation: a.ownerOrganisation,
    ownerKind: a.ownerKind,
    ...(a.dueDate === undefined ? {} : { dueDate: a.dueDate }),
    status: 'open',
    outcome: '',
  }));
  const item: AgendaItem = {
    ...base,
    situation: paragraph(rng, 1, 3),
    discussed: paragraph(rng, 1, 4),
    decisions: Array.from({ length: rng.int(1, 2) }, () => ({
      id: rng.recordId(),
      text: rng.pick(DECISION_TEXTS),
    })),
    actions,
    parentsFeedback: rng.chance(0.85)
      ? { given: true, by: { name: IB_NAME, organisation: '', kind: 'school' } }
      : { given: false, reasonIfNot: 'Ouders zijn al op de hoogte via de wijkcoach.' },
    nextEvaluationDate: dayToIso(meeting.day + rng.int(28, 70)),
  };
  return { item, planActions };
}

/** The meeting record of an open meeting: approved minutes when `approved`, else a planned agenda. */
export function meetingRecord(
  rng: Prng,
  open: Omit<OpenMeeting, 'capacity'>,
  approved: boolean,
): Meeting {
  const [startTime, endTime] = TIMES[open.kind];
  const evaluation = rng.pick(PROCESS_EVALUATIONS);
  return {
    id: open.id,
    kind: open.kind,
    date: dayToIso(open.day),
    startTime,
    endTime,
    place: rng.pick(PLACES),
    attendees: open.attendees,
    status: approved ? 'vastgesteld' : 'gepland',
    agenda: open.items,
    ...(open.anonymous > 0 ? { pseudonymsHandedOut: open.anonymous } : {}),
    ...(open.kind === 'zat'
      ? {
          processEvaluation: approved
            ? { wentWell: evaluation[0], didNotGoWell: evaluation[1], doDifferently: evaluation[2] }
            : { wentWell: '', didNotGoWell: '', doDifferently: '' },
        }
      : {}),
    ...(approved ? { approvedAt: timestampOf(open.day, 17 * 60), approvedBy: IB_NAME } : {}),
    addenda: [],
    createdAt: NOW,
    updatedAt: NOW,
  };
}

/**
 * Collects the discussions of all cases into meetings: each case goes to the next meeting
 * of its kind after `day`; a meeting that has its 5-10 cases (one for a driehoeksoverleg)
 * is finished and handed out by takeFinished.
 */
export class MeetingPlanner {
  private readonly open = new Map<string, OpenMeeting>();
  private finished: Meeting[] = [];

  constructor(
    private readonly rng: Prng,
    private readonly contacts: readonly ContactPerson[],
    private readonly orgById: ReadonlyMap<string, Organisation>,
  ) {}

  /** Puts the case on the next meeting of `kind` after `day`; returns the actions it lands in the plan (none when that meeting would lie after today). */
  discuss(subject: ItemCase, kind: MeetingKind, day: number): PlanAction[] {
    const meetingDay =
      kind === 'driehoeksoverleg' ? day : Math.ceil(day / PERIOD[kind]) * PERIOD[kind];
    if (meetingDay >= TODAY_DAY) return [];
    const key = `${kind}/${String(meetingDay)}`;
    let meeting = this.open.get(key);
    if (meeting === undefined || meeting.items.some((i) => i.caseId === subject.caseId)) {
      if (meeting !== undefined) this.finish(key, meeting);
      meeting = {
        id: this.rng.recordId(),
        kind,
        day: meetingDay,
        attendees: attendeesFor(this.rng, this.contacts, this.orgById, true),
        items: [],
        capacity: kind === 'driehoeksoverleg' ? 1 : this.rng.int(5, 10),
        anonymous: 0,
      };
      this.open.set(key, meeting);
    }
    const { item, planActions } = agendaItemFor(this.rng, meeting, subject, true);
    meeting.items.push(item);
    if (item.mode === 'anonymous') meeting.anonymous += 1;
    if (meeting.items.length >= meeting.capacity) this.finish(key, meeting);
    return planActions;
  }

  private finish(key: string, meeting: OpenMeeting): void {
    this.open.delete(key);
    this.finished.push(meetingRecord(this.rng, meeting, true));
  }

  /** Finished meetings since the last call; with `all`, the meetings still filling up as well. */
  take(all: boolean): Meeting[] {
    if (all) for (const [key, meeting] of [...this.open]) this.finish(key, meeting);
    const out = this.finished;
    this.finished = [];
    return out;
  }
}
