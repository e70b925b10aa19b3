// Runs in: renderer.
//
// The benchmark's fixed targets: the records the UI measurements open, the same in every
// vault of a size. Ten pupils under twelve with an open case each (the first with a long
// chronology), an approved zorgteam that discussed them five weeks ago (its minutes are the
// minutes-PDF target), the upcoming zorgteam on the benchmark's "today" with exactly these
// ten cases on its agenda (meeting mode), and a concept referral of the second case with a
// valid consent, ready to produce its letter. Seven of the ten have a fresh consent to be
// discussed by name; the others appear under a pseudonym unless an older consent covers them: the app's own rule decides.
import type { Consent } from '../../shared/domain/consent';
import type { ContactPerson, Organisation } from '../../shared/domain/directory';
import type { Pupil } from '../../shared/domain/pupil';
import type { Actieplan } from '../../shared/meetings/actieplan';
import type { PlanAction } from '../../shared/meetings/actions';
import type { Meeting } from '../../shared/meetings/meeting';
import type { Referral } from '../../shared/referrals/referral';
import { actieplanFor, referralFor } from './careWork';
import { agendaItemFor, attendeesFor, IB_NAME, meetingRecord, type ItemCase } from './meetings';
import type { Prng } from './prng';
import {
  BENCH_CLOCK,
  BENCH_TODAY,
  caseFor,
  consentGivers,
  dayToIso,
  NOW,
  pupil,
  TODAY_DAY,
  type CaseBundle,
} from './records';

/** The ids the UI measurements open (JSON: crosses page.evaluate). */
export interface BenchTargets {
  /** The benchmark's "today" (ISO date) and the fixed clock the app runs with. */
  readonly today: string;
  readonly clock: string;
  /** The upcoming zorgteam on `today` with exactly 10 agenda items (meeting mode). */
  readonly meetingId: string;
  /** An approved zorgteam of the same ten cases (minutes PDF). */
  readonly minutesMeetingId: string;
  /** The case with the long chronology (case open), and its pupil. */
  readonly caseId: string;
  readonly pupilId: string;
  /** Entries in that case's chronology. */
  readonly chronologyEntries: number;
  /** A concept referral with a valid consent, ready for its letter (referral PDF). */
  readonly referralId: string;
}

export interface TargetRecords {
  readonly targets: BenchTargets;
  readonly pupils: Pupil[];
  readonly cases: CaseBundle[];
  readonly consents: Consent[];
  readonly meetings: Meeting[];
  readonly plans: Actieplan[];
  readonly referrals: Referral[];
}

const CASES = 10;
const LONG_CHRONOLOGY = 150;
const NAMED = 7;

export function targetRecords(
  rng: Prng,
  contacts: readonly ContactPerson[],
  orgs: readonly Organisation[],
  orgById: ReadonlyMap<string, Organisation>,
): TargetRecords {
  const pupils: Pupil[] = [];
  const cases: CaseBundle[] = [];
  const consents: Consent[] = [];
  const subjects: ItemCase[] = [];
  for (let i = 0; i < CASES; i++) {
    // Born 2017-2020 (6 to 9 years old "today"), every guardian with gezag: their consent decides.
    const born = pupil(rng, rng.int(150, 1500));
    const child: Pupil = {
      ...born,
      guardians: born.guardians.map((g) => ({ ...g, hasGezag: true })),
    };
    const bundle = caseFor(rng, child, contacts, orgById, {
      signalDay: TODAY_DAY - rng.int(150, 500),
      middleEntries: i === 0 ? LONG_CHRONOLOGY : rng.int(4, 22),
    });
    const own: Consent[] = [];
    if (i < NAMED) {
      const day = TODAY_DAY - 60;
      own.push({
        id: rng.recordId(),
        caseId: bundle.zorgdossier.id,
        pupilId: child.id,
        purpose: 'bespreken-op-naam',
        meetingKinds: ['zorgteam', 'zat', 'driehoeksoverleg'],
        dataCategories: [
          'basisgegevens',
          'zorgsignaal-en-hulpvraag',
          'gedrag-en-welbevinden',
          'overlegverslagen',
        ],
        givenBy: consentGivers(rng, child, IB_NAME, day),
        date: dayToIso(day),
        validUntil: dayToIso(day + 365),
        createdAt: NOW,
        updatedAt: NOW,
      });
    }
    pupils.push(child);
    cases.push(bundle);
    consents.push(...own);
    subjects.push({ caseId: bundle.zorgdossier.id, child, consents: [...bundle.consents, ...own] });
  }

  // Five weeks ago: the same ten cases, approved minutes; the actions land in the plans.
  const pastDay = TODAY_DAY - 35;
  const past = {
    id: rng.recordId(),
    kind: 'zorgteam' as const,
    day: pastDay,
    attendees: attendeesFor(rng, contacts, orgById, true),
    items: [] as Meeting['agenda'],
    anonymous: 0,
  };
  const landed = new Map<string, PlanAction[]>();
  for (const subject of subjects) {
    const { item, planActions } = agendaItemFor(rng, past, subject, true);
    past.items.push(item);
    if (item.mode === 'anonymous') past.anonymous += 1;
    landed.set(subject.caseId, planActions);
  }
  const upcoming = {
    id: rng.recordId(),
    kind: 'zorgteam' as const,
    day: TODAY_DAY,
    attendees: attendeesFor(rng, contacts, orgById, false),
    items: [] as Meeting['agenda'],
    anonymous: 0,
  };
  for (const subject of subjects) {
    const { item } = agendaItemFor(rng, upcoming, subject, false);
    upcoming.items.push(item);
    if (item.mode === 'anonymous') upcoming.anonymous += 1;
  }
  const meetings = [meetingRecord(rng, past, true), meetingRecord(rng, upcoming, false)];
  const plans = cases.map((c) =>
    actieplanFor(
      rng,
      c.zorgdossier.id,
      TODAY_DAY - 150,
      TODAY_DAY,
      landed.get(c.zorgdossier.id) ?? [],
    ),
  );

  const recipient = orgs.find((o) => o.kind === 'ondersteuningsteam') ?? orgs[0];
  const referred = cases[1];
  const referredChild = pupils[1];
  if (
    recipient === undefined ||
    referred === undefined ||
    referredChild === undefined ||
    cases[0] === undefined
  )
    throw new RangeError('the directory and the target cases cannot be empty');
  const referral = referralFor(rng, {
    caseId: referred.zorgdossier.id,
    child: referredChild,
    recipient,
    startDay: TODAY_DAY - 3,
    involvementIds: referred.involvements.map((inv) => inv.id),
    send: false,
  });
  consents.push(...referral.consents);

  const longCase = cases[0];
  return {
    targets: {
      today: BENCH_TODAY,
      clock: BENCH_CLOCK,
      meetingId: upcoming.id,
      minutesMeetingId: past.id,
      caseId: longCase.zorgdossier.id,
      pupilId: longCase.zorgdossier.pupilId,
      chronologyEntries: longCase.entries.length,
      referralId: referral.referral.id,
    },
    pupils,
    cases,
    consents,
    meetings,
    plans,
    referrals: [referral.referral],
  };
}
