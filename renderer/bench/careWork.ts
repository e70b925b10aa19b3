// Runs in: renderer.
//
// The benchmark's follow-up of a case after the chronology: its actieplan (goals school and
// thuis side by side, the actions the meetings agreed plus the plan's own, evaluation moments)
// and its referral with the lifecycle sent → contact → intake → help → closed (or sent back),
// the consent that allowed it and, where a feedback consent exists, the feedback that came
// back (brief §4, §6). Pure and seeded, like the rest of the generator.
import type { Consent, DataCategory } from '../../shared/domain/consent';
import { DEFAULT_LEEFGEBIEDEN, type LeefgebiedId } from '../../shared/domain/leefgebieden';
import type { Organisation } from '../../shared/domain/directory';
import type { Pupil } from '../../shared/domain/pupil';
import { actieplanIdFor, type Actieplan, type Goal } from '../../shared/meetings/actieplan';
import type { PlanAction } from '../../shared/meetings/actions';
import { REFERRAL_TRANSITIONS } from '../../shared/referrals/lifecycle';
import type {
  Referral,
  ReferralStatus,
  ReferralStatusChange,
} from '../../shared/referrals/referral';
import { expectedContactDate, expectedFeedbackDate } from '../../shared/referrals/workingDays';
import {
  ACTION_TEXTS,
  ASKS_OF_RECIPIENT,
  FEEDBACK_TEXTS,
  GOAL_TEXTS,
  STAFF_NAMES,
  STRENGTHS,
} from './dutchData';
import type { Prng } from './prng';
import { consentGivers, dayToIso, NOW, paragraph, TODAY_DAY } from './records';

const LEEFGEBIED_IDS: readonly LeefgebiedId[] = DEFAULT_LEEFGEBIEDEN.map((l) => l.id);

/** An action of the school, due on `dueDay`; done when that lies well in the past. */
export function schoolAction(rng: Prng, dueDay: number, owner: string): PlanAction {
  const open = dueDay > TODAY_DAY - 45 && rng.chance(0.7);
  return {
    id: rng.recordId(),
    description: rng.pick(ACTION_TEXTS),
    ownerName: owner,
    ownerOrganisation: '',
    ownerKind: 'school',
    dueDate: dayToIso(dueDay),
    status: open ? 'open' : rng.chance(0.85) ? 'gedaan' : 'niet-meer-nodig',
    outcome: open ? '' : paragraph(rng, 1, 1),
  };
}

/** The case's plan: 1-4 goals, the meetings' actions, 0-2 own actions, 1-3 evaluation moments. */
export function actieplanFor(
  rng: Prng,
  caseId: string,
  fromDay: number,
  toDay: number,
  meetingActions: readonly PlanAction[],
): Actieplan {
  const goals: Goal[] = Array.from({ length: rng.int(1, 4) }, () => ({
    id: rng.recordId(),
    side: rng.chance(0.6) ? 'school' : 'thuis',
    leefgebieden: rng.sample(LEEFGEBIED_IDS, rng.int(1, 2)),
    text: rng.pick(GOAL_TEXTS),
  }));
  const own = Array.from({ length: rng.int(0, 2) }, () =>
    schoolAction(rng, rng.int(fromDay, toDay + 30), rng.pick(STAFF_NAMES)),
  );
  const evaluationMoments = Array.from({ length: rng.int(1, 3) }, () => {
    const day = rng.int(fromDay + 30, toDay + 60);
    const done = day < TODAY_DAY;
    return {
      id: rng.recordId(),
      date: dayToIso(day),
      note: done ? paragraph(rng, 1, 2) : '',
      done,
    };
  });
  return {
    id: actieplanIdFor(caseId),
    caseId,
    goals,
    actions: [...meetingActions, ...own],
    evaluationMoments,
    createdAt: NOW,
    updatedAt: NOW,
  };
}

/** What a referral shares: always the basics and the care question, plus a few more. */
const REFERRAL_CATEGORIES: readonly DataCategory[] = [
  'schoolresultaten',
  'gedrag-en-welbevinden',
  'aanwezigheid-en-verzuim',
  'thuissituatie',
];

export interface ReferralBundle {
  readonly referral: Referral;
  /** The 'verwijzen' consent it rests on and, when feedback came back, the 'terugkoppeling-ontvangen' consent. */
  readonly consents: Consent[];
}

export interface ReferralInput {
  readonly caseId: string;
  readonly child: Pupil;
  readonly recipient: Organisation;
  /** The day the referral was started (the consent is given on this day). */
  readonly startDay: number;
  /** Ids of involvements to name in the letter. */
  readonly involvementIds: readonly string[];
  /** false: a concept ready to make the letter (the benchmark's target). */
  readonly send: boolean;
}

function withinDay(day: number): number {
  return Math.min(day, TODAY_DAY - 1);
}

/** A referral with its lifecycle up to a random point, the consent for it, and feedback where consented. */
export function referralFor(rng: Prng, input: ReferralInput): ReferralBundle {
  const { caseId, child, recipient, startDay } = input;
  const witness = rng.pick(STAFF_NAMES);
  const dataCategories: DataCategory[] = [
    'basisgegevens',
    'zorgsignaal-en-hulpvraag',
    ...rng.sample(REFERRAL_CATEGORIES, rng.int(0, 2)),
  ];
  const consentCommon = {
    caseId,
    pupilId: child.id,
    givenBy: consentGivers(rng, child, witness, startDay),
    date: dayToIso(startDay),
    validUntil: dayToIso(startDay + 365),
    createdAt: NOW,
    updatedAt: NOW,
  };
  const referConsent: Consent = {
    ...consentCommon,
    id: rng.recordId(),
    purpose: 'verwijzen',
    recipientOrganisationId: recipient.id,
    recipientOrganisationName: recipient.name,
    dataCategories,
  };
  const history: ReferralStatusChange[] = [{ status: 'concept', date: dayToIso(startDay) }];
  let status = 'concept' as ReferralStatus;
  let day = startDay;
  const sentDay = withinDay(startDay + rng.int(1, 10));
  if (input.send) {
    // Walk the lifecycle a random number of steps; a referral is sent back now and then.
    const steps = rng.int(1, 5);
    for (let step = 0; step < steps; step++) {
      const next: ReferralStatus | undefined =
        status === 'concept'
          ? 'verstuurd'
          : rng.chance(0.08) && REFERRAL_TRANSITIONS[status].includes('teruggestuurd')
            ? 'teruggestuurd'
            : REFERRAL_TRANSITIONS[status][0];
      if (next === undefined) break;
      day = status === 'concept' ? sentDay : withinDay(day + rng.int(3, 40));
      history.push(
        next === 'teruggestuurd'
          ? {
              status: next,
              date: dayToIso(day),
              reason: 'Past niet bij ons aanbod; verwezen naar het wijkteam.',
            }
          : { status: next, date: dayToIso(day) },
      );
      status = next;
    }
  }
  const sent = status !== 'concept';
  const consents: Consent[] = [referConsent];
  const feedback: Referral['feedback'] = [];
  if (sent && rng.chance(0.6)) {
    consents.push({
      ...consentCommon,
      id: rng.recordId(),
      purpose: 'terugkoppeling-ontvangen',
      recipientOrganisationId: recipient.id,
      recipientOrganisationName: recipient.name,
      dataCategories: ['zorgsignaal-en-hulpvraag'],
    });
    const count = rng.int(1, 2);
    for (let i = 0; i < count; i++) {
      feedback.push({
        date: dayToIso(withinDay(sentDay + rng.int(5, 60))),
        from: `${rng.pick(STAFF_NAMES)}, ${recipient.name}`,
        text: rng.pick(FEEDBACK_TEXTS),
      });
    }
  }
  const referral: Referral = {
    id: rng.recordId(),
    caseId,
    pupilId: child.id,
    recipientOrganisationId: recipient.id,
    status,
    history,
    ...(sent
      ? {
          sentVia: rng.pick(['post', 'persoonlijk', 'beveiligde-mail'] as const),
          expectedContactDate: expectedContactDate(dayToIso(sentDay)),
          expectedFeedbackDate: expectedFeedbackDate(dayToIso(sentDay)),
        }
      : {}),
    composition: {
      reasonAndQuestion: paragraph(rng, 2, 3),
      alreadyDone: { refIds: [], text: paragraph(rng, 1, 2) },
      strengths: rng.pick(STRENGTHS),
      concerns: rng
        .sample(LEEFGEBIED_IDS, rng.int(1, 2))
        .map((leefgebiedId) => ({ leefgebiedId, text: paragraph(rng, 1, 1) })),
      askOfRecipient: rng.pick(ASKS_OF_RECIPIENT),
      involvementIds: [...input.involvementIds],
    },
    attachments: [],
    dataCategories,
    feedback,
    createdAt: NOW,
    updatedAt: NOW,
  };
  return { referral, consents };
}
