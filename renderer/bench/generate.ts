// Runs in: renderer.
//
// The benchmark's deterministic test-data generator. Given a target record count and a seed
// it yields the records of ten years of school care work (brief §10): pupils, about one in
// two of whom over ten years gets a zorgdossier (10% per year), each case with a chronology
// of several entries, working notes, involved professionals and consents; the meetings that
// discussed the cases (zorgteam, ZAT, driehoeksoverleg) with approved minutes, the actieplan
// that follows up their actions, referrals with their lifecycle and feedback; the
// organisations and contact persons of the sociale kaart; and the fixed benchmark targets
// (targets.ts). Only record types of the app's catalog are produced; the vault validates
// each one with the registry when it is written. Pure: no DOM, no clock, no Math.random, so
// the same seed gives the same vault everywhere.
import type { AppRecordMap } from '../../shared/records/catalog';
import type { Organisation } from '../../shared/domain/directory';
import type { PlanAction } from '../../shared/meetings/actions';
import { actieplanFor, referralFor } from './careWork';
import { ORGANISATION_TEMPLATES } from './dutchData';
import { MeetingPlanner } from './meetings';
import { Prng } from './prng';
import { caseFor, directory, pupil, TODAY_DAY, type CaseBundle } from './records';
import { targetRecords, type BenchTargets } from './targets';

export { BENCH_CLOCK, BENCH_TODAY } from './records';
export type { BenchTargets } from './targets';

/** Named sizes (approximate record counts). `10k` is issue 8's `school`, `large` a large secondary school, `region` a samenwerkingsverband. */
export const BENCH_SIZES = {
  tiny: 200,
  '1k': 1_000,
  '10k': 10_000,
  large: 50_000,
  region: 200_000,
} as const;
export type BenchSize = keyof typeof BENCH_SIZES;

export function isBenchSize(value: string): value is BenchSize {
  return Object.hasOwn(BENCH_SIZES, value);
}

/** The record types the generator writes. */
export const GENERATED_TYPES = [
  'directory.organisation',
  'directory.contact',
  'pupil',
  'case',
  'case.entry',
  'case.working-note',
  'case.involvement',
  'case.consent',
  'meeting',
  'case.actieplan',
  'case.referral',
] as const satisfies readonly (keyof AppRecordMap)[];
export type GeneratedType = (typeof GENERATED_TYPES)[number];

/** Records of one type, ready for `session.records.putMany(type, records)`. */
export type GeneratedBatch = {
  [K in GeneratedType]: { readonly type: K; readonly records: AppRecordMap[K][] };
}[GeneratedType];

export interface GenerateOptions {
  /** Records per yielded batch (one putMany transaction each). */
  readonly batchSize?: number;
  /** Seed string; the default makes every run of the benchmark write the same vault. */
  readonly seed?: string;
}

export const DEFAULT_SEED = 'zorgtafel-bench-v1';

type Buffers = { [K in GeneratedType]: AppRecordMap[K][] };

/** The sociale kaart and the fixed targets: the start of every vault, computed alone by benchTargets. */
function prelude(target: number, seed: string) {
  const rng = new Prng(`${seed}/${String(target)}`);
  // The sociale kaart: about 0.4% of the records, at least one of each kind.
  const { orgs, contacts } = directory(
    rng,
    Math.max(ORGANISATION_TEMPLATES.length, Math.round(target * 0.004)),
  );
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  // The targets have their own stream, so they do not shift the bulk data (and vice versa).
  const fixed = targetRecords(
    new Prng(`${seed}/${String(target)}/targets`),
    contacts,
    orgs,
    orgById,
  );
  return { rng, orgs, contacts, orgById, fixed };
}

/** The ids of the fixed benchmark targets in the vault `generateVault(target)` writes. */
export function benchTargets(
  target: number,
  options: Pick<GenerateOptions, 'seed'> = {},
): BenchTargets {
  return prelude(target, options.seed ?? DEFAULT_SEED).fixed.targets;
}

/** Referral recipients: the teams that take referrals (brief §6). */
function referralRecipients(orgs: readonly Organisation[]): Organisation[] {
  const teams = orgs.filter((o) => o.kind === 'ondersteuningsteam' || o.kind === 'wijkteam');
  return teams.length > 0 ? teams : [...orgs];
}

/**
 * Yields the records of a vault of about `target` records, grouped by type in batches of at
 * most `batchSize`. The total lands within one case (about 50 records) of the target.
 */
export function* generateVault(
  target: number,
  options: GenerateOptions = {},
): Generator<GeneratedBatch> {
  const batchSize = options.batchSize ?? 2000;
  const { rng, orgs, contacts, orgById, fixed } = prelude(target, options.seed ?? DEFAULT_SEED);
  const buffers: Buffers = {
    'directory.organisation': [],
    'directory.contact': [],
    pupil: [],
    case: [],
    'case.entry': [],
    'case.working-note': [],
    'case.involvement': [],
    'case.consent': [],
    meeting: [],
    'case.actieplan': [],
    'case.referral': [],
  };
  let total = 0;
  const push = <K extends GeneratedType>(type: K, records: readonly AppRecordMap[K][]): void => {
    // Push one by one: spreading 100k+ arguments would overflow the stack.
    for (const record of records) buffers[type].push(record);
    total += records.length;
  };
  const pushCase = (bundle: CaseBundle): void => {
    push('case', [bundle.zorgdossier]);
    push('case.entry', bundle.entries);
    push('case.working-note', bundle.notes);
    push('case.involvement', bundle.involvements);
    push('case.consent', bundle.consents);
  };
  function* flush(force: boolean): Generator<GeneratedBatch> {
    for (const type of GENERATED_TYPES) {
      const records = buffers[type];
      if (records.length === 0 || (!force && records.length < batchSize)) continue;
      // The buffer is replaced, so a yielded batch is never changed afterwards.
      buffers[type] = [] as never;
      yield { type, records } as GeneratedBatch;
    }
  }
  push('directory.organisation', orgs);
  push('directory.contact', contacts);
  push('pupil', fixed.pupils);
  fixed.cases.forEach(pushCase);
  push('case.consent', fixed.consents);
  push('meeting', fixed.meetings);
  push('case.actieplan', fixed.plans);
  push('case.referral', fixed.referrals);

  const planner = new MeetingPlanner(rng, contacts, orgById);
  const recipients = referralRecipients(orgs);
  while (total < target) {
    const child = pupil(rng);
    push('pupil', [child]);
    // Ten years at ~10% a year with a care need: about half of all pupils get a case at some
    // point, a few of them two.
    const cases = rng.chance(0.45) ? (rng.chance(0.12) ? 2 : 1) : 0;
    for (let c = 0; c < cases && total < target; c++) {
      const bundle = caseFor(rng, child, contacts, orgById);
      const { zorgdossier } = bundle;
      const firstDay = bundle.signalDay;
      // An open case is still being worked on today.
      const lastDay = zorgdossier.closedAt === undefined ? TODAY_DAY - 1 : bundle.lastDay;
      const subject = { caseId: zorgdossier.id, child, consents: bundle.consents };
      // Brief §10: a case comes to the zorgteam a few times, some to a driehoeksoverleg, the complex ones to the ZAT.
      const landed: PlanAction[] = [];
      if (zorgdossier.status !== 'signalering') {
        const times = rng.int(1, 3);
        for (let t = 0; t < times; t++)
          landed.push(
            ...planner.discuss(
              subject,
              'zorgteam',
              rng.int(firstDay + 7, Math.max(firstDay + 7, lastDay)),
            ),
          );
        if (rng.chance(0.3))
          landed.push(
            ...planner.discuss(
              subject,
              'driehoeksoverleg',
              rng.int(firstDay + 7, Math.max(firstDay + 7, lastDay)),
            ),
          );
        if (rng.chance(0.15))
          landed.push(
            ...planner.discuss(
              subject,
              'zat',
              rng.int(firstDay + 14, Math.max(firstDay + 14, lastDay)),
            ),
          );
      }
      if (landed.length > 0 || rng.chance(0.4))
        push('case.actieplan', [actieplanFor(rng, zorgdossier.id, firstDay, lastDay, landed)]);
      if (
        zorgdossier.status === 'verwezen' ||
        (zorgdossier.status !== 'signalering' && rng.chance(0.15))
      ) {
        const startDay = Math.min(
          TODAY_DAY - 2,
          rng.int(firstDay + 14, Math.max(firstDay + 14, lastDay)),
        );
        const referral = referralFor(rng, {
          caseId: zorgdossier.id,
          child,
          recipient: rng.pick(recipients),
          startDay,
          involvementIds: bundle.involvements.slice(0, 2).map((i) => i.id),
          send: true,
        });
        bundle.consents.push(...referral.consents);
        push('case.referral', [referral.referral]);
      }
      pushCase(bundle);
    }
    push('meeting', planner.take(false));
    yield* flush(false);
  }
  push('meeting', planner.take(true));
  yield* flush(true);
}
