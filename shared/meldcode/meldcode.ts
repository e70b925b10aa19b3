// Runs in: any environment.
//
// The meldcode track of a case (issue 16; brief §8): the five steps of the meldcode
// huiselijk geweld en kindermishandeling, walked in order, each recorded with what was done,
// by whom and when; the afwegingskader's questions answered in step 4; the decision of step 5
// with its reasons, a decision NOT to report recorded as fully as a report; after the
// decision the report to Veilig Thuis and its answer; and the closing of the track.
// One record per track, hung under its case (`parentOf`), so retention deletes it with the
// case. The schema itself refuses an out-of-order or back-dated track, so no screen and no
// import can store one; `recordStep` and friends say why in codes the screen translates.
import { z } from 'zod';
import { compareIsoDates, isoDateSchema, timestampSchema, type IsoDate } from '../domain/dates';
import { freeText, recordIdSchema, requiredText } from '../domain/fields';
import { defineRecordType } from '../records/registry';
import { addWorkingDays } from '../referrals/workingDays';
import { err, ok, type Result } from '../result';
import {
  AFWEGING_QUESTION_IDS,
  AFWEGINGSKADER_QUESTIONS,
  type AfwegingQuestionId,
} from './afwegingskader';

/** The five steps of the meldcode, in their required order. */
export const MELDCODE_STEPS = ['signalen', 'overleg', 'gesprek', 'afweging', 'besluit'] as const;
export type MeldcodeStep = (typeof MELDCODE_STEPS)[number];

/** Working days within which Veilig Thuis is expected to answer a report (issue 16, point 2). */
export const VEILIG_THUIS_ANSWER_WORKING_DAYS = 5;

/** What every step records: when it was done and by whom. */
const stepBase = {
  /** When the step was done (a calendar day; never before the signal, never in the future). */
  date: isoDateSchema,
  /** Who did it: a name and role as people write them. */
  by: requiredText(200),
};

/** Step 1: the signals, observations kept factual and apart from their interpretation. */
export const signalenStepSchema = z
  .object({
    ...stepBase,
    observations: requiredText(8000),
    interpretation: freeText(4000),
    /** Chronology entries of the case these signals come from. */
    entryIds: z.array(recordIdSchema).max(100),
  })
  .strict();
export type SignalenStep = z.infer<typeof signalenStepSchema>;

/** A consultation of Veilig Thuis; anonymous consultation is allowed and recorded as such. */
export const veiligThuisConsultationSchema = z
  .object({
    date: isoDateSchema,
    /** The person at Veilig Thuis who was consulted. */
    person: requiredText(200),
    /** True when the case was discussed without naming the child or family. */
    anonymous: z.boolean(),
    advice: requiredText(4000),
  })
  .strict();
export type VeiligThuisConsultation = z.infer<typeof veiligThuisConsultationSchema>;

/** Step 2: collegial consultation and, where needed, Veilig Thuis. */
export const overlegStepSchema = z
  .object({
    ...stepBase,
    /** The colleague consulted (e.g. the aandachtsfunctionaris). */
    colleague: requiredText(200),
    advice: requiredText(4000),
    veiligThuis: veiligThuisConsultationSchema.optional(),
  })
  .strict();
export type OverlegStep = z.infer<typeof overlegStepSchema>;

/** Why the conversation of step 3 was not held: the meldcode allows only safety. */
export const GESPREK_NOT_HELD_REASONS = ['veiligheid-kind', 'veiligheid-anderen'] as const;
export type GesprekNotHeldReason = (typeof GESPREK_NOT_HELD_REASONS)[number];

/** Step 3: the conversation with the parents and (by age) the child, or why it was not held. */
export const gesprekStepSchema = z.discriminatedUnion('held', [
  z
    .object({
      ...stepBase,
      held: z.literal(true),
      withParents: z.boolean(),
      withChild: z.boolean(),
      summary: requiredText(8000),
    })
    .strict()
    .refine((s) => s.withParents || s.withChild, {
      message: 'a conversation is with the parents, the child or both',
      path: ['withParents'],
    }),
  z
    .object({
      ...stepBase,
      held: z.literal(false),
      reason: z.enum(GESPREK_NOT_HELD_REASONS),
      explanation: requiredText(4000),
    })
    .strict(),
]);
export type GesprekStep = z.infer<typeof gesprekStepSchema>;

export const AFWEGING_ANSWERS = ['ja', 'nee'] as const;
export type AfwegingAnswerValue = (typeof AFWEGING_ANSWERS)[number];

export const afwegingAnswerSchema = z
  .object({
    questionId: z.enum(AFWEGING_QUESTION_IDS),
    /** The question's text as it was asked: the file keeps it even if the wording changes later. */
    question: requiredText(1000),
    answer: z.enum(AFWEGING_ANSWERS),
    motivation: requiredText(2000),
  })
  .strict();
export type AfwegingAnswer = z.infer<typeof afwegingAnswerSchema>;

/** Step 4: the afwegingskader's questions, each answered with a motivation. */
export const afwegingStepSchema = z
  .object({
    ...stepBase,
    answers: z.array(afwegingAnswerSchema).max(AFWEGING_QUESTION_IDS.length),
  })
  .strict()
  .superRefine((step, ctx) => {
    const ids = step.answers.map((a) => a.questionId);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: 'each question is answered once',
      });
    for (const id of requiredQuestions(step.answers)) {
      if (!ids.includes(id))
        ctx.addIssue({ code: 'custom', path: ['answers', id], message: 'question not answered' });
    }
  });
export type AfwegingStep = z.infer<typeof afwegingStepSchema>;

/** The decisions of step 5: report to Veilig Thuis, organise help, both, or neither. */
export const MELDCODE_DECISIONS = ['melden', 'hulp', 'melden-en-hulp', 'geen'] as const;
export type MeldcodeDecision = (typeof MELDCODE_DECISIONS)[number];

/** The decisions as the school's Dutch documents name them (the verslag, a referral's named part). */
export const MELDCODE_DECISION_LABELS_NL: { readonly [K in MeldcodeDecision]: string } = {
  melden: 'Melden bij Veilig Thuis',
  hulp: 'Hulp organiseren en de effecten volgen (niet melden)',
  'melden-en-hulp': 'Melden bij Veilig Thuis én hulp organiseren',
  geen: 'Niet melden en geen hulp organiseren',
};

/** Step 5: the decision, always with its reasons. */
export const besluitStepSchema = z
  .object({
    ...stepBase,
    decision: z.enum(MELDCODE_DECISIONS),
    reasons: requiredText(4000),
  })
  .strict();
export type BesluitStep = z.infer<typeof besluitStepSchema>;

/** The report to Veilig Thuis after a decision to report, and its answer once it came. */
export const veiligThuisReportSchema = z
  .object({
    date: isoDateSchema,
    by: requiredText(200),
    /** Who at Veilig Thuis took the report. */
    contact: requiredText(200),
    answer: z
      .object({ date: isoDateSchema, summary: requiredText(4000) })
      .strict()
      .optional(),
  })
  .strict();
export type VeiligThuisReport = z.infer<typeof veiligThuisReportSchema>;

export const meldcodeClosingSchema = z
  .object({ date: isoDateSchema, by: requiredText(200), reason: requiredText(2000) })
  .strict();
export type MeldcodeClosing = z.infer<typeof meldcodeClosingSchema>;

const stepsSchema = z
  .object({
    signalen: signalenStepSchema.optional(),
    overleg: overlegStepSchema.optional(),
    gesprek: gesprekStepSchema.optional(),
    afweging: afwegingStepSchema.optional(),
    besluit: besluitStepSchema.optional(),
  })
  .strict();
export type MeldcodeSteps = z.infer<typeof stepsSchema>;

export const meldcodeTrackSchema = z
  .object({
    id: recordIdSchema,
    caseId: recordIdSchema,
    /** The day of the signal the track is about; no date of the track may lie before it. */
    signalDate: isoDateSchema,
    /** The chronology entry the track was started from, if it was. */
    sourceEntryId: recordIdSchema.optional(),
    startedBy: requiredText(200),
    steps: stepsSchema,
    report: veiligThuisReportSchema.optional(),
    closed: meldcodeClosingSchema.optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict()
  .superRefine((track, ctx) => {
    for (const problem of trackProblems(track))
      ctx.addIssue({ code: 'custom', path: [...problem.path], message: problem.code });
  });
export type MeldcodeTrack = z.infer<typeof meldcodeTrackSchema>;

export const meldcodeTrackRecordType = defineRecordType({
  type: 'case.meldcode',
  version: 1,
  schema: meldcodeTrackSchema,
  migrations: {},
  // Not searchable: a suspicion of abuse must not surface in search results of anyone
  // glancing at the search box (issue 16, point 3: the track never travels).
  parentOf: (track) => track.caseId,
});

// ---- Rules -------------------------------------------------------------------------------

/** Which questions must be answered: all, unless question 1 (a suspicion at all) is "nee". */
export function requiredQuestions(
  answers: readonly Pick<AfwegingAnswer, 'questionId' | 'answer'>[],
): AfwegingQuestionId[] {
  const vermoeden = answers.find((a) => a.questionId === 'vermoeden');
  return vermoeden?.answer === 'nee' ? ['vermoeden'] : [...AFWEGING_QUESTION_IDS];
}

/**
 * What the afwegingskader's answers point to: no suspicion ends the track ('afsluiten'); any
 * answer that meets the meldnorm ('melden'); otherwise help can be organised ('hulp'). An
 * advice, not a decision: the professional decides in step 5 and gives the reasons.
 */
export function afwegingAdvice(
  answers: readonly Pick<AfwegingAnswer, 'questionId' | 'answer'>[],
): 'afsluiten' | 'melden' | 'hulp' {
  if (answers.some((a) => a.questionId === 'vermoeden' && a.answer === 'nee')) return 'afsluiten';
  const meetsNorm = answers.some(
    (a) => AFWEGINGSKADER_QUESTIONS.find((q) => q.id === a.questionId)?.reportWhen === a.answer,
  );
  return meetsNorm ? 'melden' : 'hulp';
}

/** True when the decision includes a report to Veilig Thuis. */
export function decisionReports(decision: MeldcodeDecision): boolean {
  switch (decision) {
    case 'melden':
    case 'melden-en-hulp':
      return true;
    case 'hulp':
    case 'geen':
      return false;
  }
}

/**
 * True when the decision includes organising help, whose effects the school follows: the
 * monitoring agreements (what, who, when to look again) then go into the case's actieplan.
 */
export function decisionOrganisesHelp(decision: MeldcodeDecision): boolean {
  switch (decision) {
    case 'hulp':
    case 'melden-en-hulp':
      return true;
    case 'melden':
    case 'geen':
      return false;
  }
}

/** The steps before `step`, in order. */
export function stepsBefore(step: MeldcodeStep): MeldcodeStep[] {
  return MELDCODE_STEPS.slice(0, MELDCODE_STEPS.indexOf(step));
}

/**
 * The first earlier step that has not been recorded, or undefined when `step` may be
 * recorded now. A conversation that was not held for safety counts as recorded (step 3
 * holds the documented reason): that is the meldcode's one exception to talking first.
 */
export function missingBefore(steps: MeldcodeSteps, step: MeldcodeStep): MeldcodeStep | undefined {
  return stepsBefore(step).find((s) => steps[s] === undefined);
}

/** Each dated thing in the track, with where it sits, for the date rules. */
function datesOf(
  track: Pick<MeldcodeTrack, 'steps' | 'report' | 'closed'>,
): { readonly path: readonly (string | number)[]; readonly date: IsoDate }[] {
  const dates: { path: (string | number)[]; date: IsoDate }[] = [];
  for (const step of MELDCODE_STEPS) {
    const recorded = track.steps[step];
    if (recorded !== undefined) dates.push({ path: ['steps', step, 'date'], date: recorded.date });
  }
  const vt = track.steps.overleg?.veiligThuis;
  if (vt !== undefined)
    dates.push({ path: ['steps', 'overleg', 'veiligThuis', 'date'], date: vt.date });
  if (track.report !== undefined) dates.push({ path: ['report', 'date'], date: track.report.date });
  if (track.report?.answer !== undefined)
    dates.push({ path: ['report', 'answer', 'date'], date: track.report.answer.date });
  if (track.closed !== undefined) dates.push({ path: ['closed', 'date'], date: track.closed.date });
  return dates;
}

export type MeldcodeTrackProblemCode =
  | 'meldcode.out-of-order'
  | 'meldcode.date-before-signal'
  | 'meldcode.report-without-decision'
  | 'meldcode.answer-before-report'
  | 'meldcode.closed-before-decision';

/** What makes a stored track inconsistent (the schema refuses a track with any). */
export function trackProblems(
  track: Pick<MeldcodeTrack, 'signalDate' | 'steps' | 'report' | 'closed'>,
): { readonly code: MeldcodeTrackProblemCode; readonly path: readonly (string | number)[] }[] {
  const problems: { code: MeldcodeTrackProblemCode; path: (string | number)[] }[] = [];
  for (const step of MELDCODE_STEPS) {
    if (track.steps[step] !== undefined && missingBefore(track.steps, step) !== undefined)
      problems.push({ code: 'meldcode.out-of-order', path: ['steps', step] });
  }
  for (const { path, date } of datesOf(track)) {
    if (compareIsoDates(date, track.signalDate) < 0)
      problems.push({ code: 'meldcode.date-before-signal', path: [...path] });
  }
  const besluit = track.steps.besluit;
  if (track.report !== undefined && (besluit === undefined || !decisionReports(besluit.decision)))
    problems.push({ code: 'meldcode.report-without-decision', path: ['report'] });
  if (
    track.report?.answer !== undefined &&
    compareIsoDates(track.report.answer.date, track.report.date) < 0
  )
    problems.push({ code: 'meldcode.answer-before-report', path: ['report', 'answer', 'date'] });
  if (track.closed !== undefined && besluit === undefined)
    problems.push({ code: 'meldcode.closed-before-decision', path: ['closed'] });
  return problems;
}

// ---- Edits -------------------------------------------------------------------------------

export type MeldcodeProblem =
  | { readonly code: 'meldcode.closed' }
  | { readonly code: 'meldcode.out-of-order'; readonly missing: MeldcodeStep }
  | { readonly code: 'meldcode.date-before-signal'; readonly signalDate: IsoDate }
  | { readonly code: 'meldcode.date-in-future' }
  | { readonly code: 'meldcode.reasons-required' }
  | { readonly code: 'meldcode.not-reported' }
  | { readonly code: 'meldcode.answer-before-report' }
  | { readonly code: 'meldcode.no-decision' }
  | { readonly code: 'meldcode.invalid'; readonly paths: readonly string[] };

/** A step as the caller records it: which step, and its data. */
export type StepRecord =
  | { readonly step: 'signalen'; readonly data: SignalenStep }
  | { readonly step: 'overleg'; readonly data: OverlegStep }
  | { readonly step: 'gesprek'; readonly data: GesprekStep }
  | { readonly step: 'afweging'; readonly data: AfwegingStep }
  | { readonly step: 'besluit'; readonly data: BesluitStep };

export interface StartInput {
  readonly id: string;
  readonly caseId: string;
  readonly signalDate: IsoDate;
  readonly sourceEntryId?: string | undefined;
  readonly startedBy: string;
  readonly now: string;
}

/** A new track, with no step recorded yet. */
export function startTrack(input: StartInput): Result<MeldcodeTrack, MeldcodeProblem> {
  const track = {
    id: input.id,
    caseId: input.caseId,
    signalDate: input.signalDate,
    ...(input.sourceEntryId === undefined ? {} : { sourceEntryId: input.sourceEntryId }),
    startedBy: input.startedBy.trim(),
    steps: {},
    createdAt: input.now,
    updatedAt: input.now,
  };
  return finalise(track, input.now);
}

function finalise(track: MeldcodeTrack, now: string): Result<MeldcodeTrack, MeldcodeProblem> {
  const parsed = meldcodeTrackSchema.safeParse({ ...track, updatedAt: now });
  return parsed.success
    ? ok(parsed.data)
    : err({
        code: 'meldcode.invalid',
        paths: parsed.error.issues.map((i) => i.path.map(String).join('.')),
      });
}

/** The date checks every edit shares: not before the signal, not after today. */
function checkDate(
  track: MeldcodeTrack,
  date: IsoDate,
  today: IsoDate,
): MeldcodeProblem | undefined {
  if (compareIsoDates(date, track.signalDate) < 0)
    return { code: 'meldcode.date-before-signal', signalDate: track.signalDate };
  if (compareIsoDates(date, today) > 0) return { code: 'meldcode.date-in-future' };
  return undefined;
}

/**
 * Records (or corrects) one step. Refused, with the reason, when the track is closed, an
 * earlier step is missing, a date lies before the signal or after today, or a decision has
 * no reasons. Correcting an earlier step later is allowed: the audit trail keeps each version.
 */
export function recordStep(
  track: MeldcodeTrack,
  record: StepRecord,
  today: IsoDate,
  now: string,
): Result<MeldcodeTrack, MeldcodeProblem> {
  if (track.closed !== undefined) return err({ code: 'meldcode.closed' });
  const missing = missingBefore(track.steps, record.step);
  if (missing !== undefined) return err({ code: 'meldcode.out-of-order', missing });
  const dateProblem = checkDate(track, record.data.date, today);
  if (dateProblem !== undefined) return err(dateProblem);
  if (record.step === 'overleg' && record.data.veiligThuis !== undefined) {
    const vtProblem = checkDate(track, record.data.veiligThuis.date, today);
    if (vtProblem !== undefined) return err(vtProblem);
  }
  if (record.step === 'besluit' && record.data.reasons.trim() === '')
    return err({ code: 'meldcode.reasons-required' });
  const steps: MeldcodeSteps = { ...track.steps, [record.step]: record.data };
  // A changed decision that no longer reports cannot keep a report.
  const keepsReport = record.step !== 'besluit' || decisionReports(record.data.decision);
  const { report, ...rest } = track;
  return finalise(
    { ...rest, ...(report !== undefined && keepsReport ? { report } : {}), steps },
    now,
  );
}

/** Records the report to Veilig Thuis; only after a decision to report. */
export function recordReport(
  track: MeldcodeTrack,
  report: Omit<VeiligThuisReport, 'answer'>,
  today: IsoDate,
  now: string,
): Result<MeldcodeTrack, MeldcodeProblem> {
  if (track.closed !== undefined) return err({ code: 'meldcode.closed' });
  const besluit = track.steps.besluit;
  if (besluit === undefined) return err({ code: 'meldcode.no-decision' });
  if (!decisionReports(besluit.decision)) return err({ code: 'meldcode.not-reported' });
  const dateProblem = checkDate(track, report.date, today);
  if (dateProblem !== undefined) return err(dateProblem);
  const answer = track.report?.answer;
  return finalise(
    { ...track, report: { ...report, ...(answer === undefined ? {} : { answer }) } },
    now,
  );
}

/** Records Veilig Thuis's answer to the report. */
export function recordAnswer(
  track: MeldcodeTrack,
  answer: NonNullable<VeiligThuisReport['answer']>,
  today: IsoDate,
  now: string,
): Result<MeldcodeTrack, MeldcodeProblem> {
  if (track.closed !== undefined) return err({ code: 'meldcode.closed' });
  if (track.report === undefined) return err({ code: 'meldcode.not-reported' });
  const dateProblem = checkDate(track, answer.date, today);
  if (dateProblem !== undefined) return err(dateProblem);
  if (compareIsoDates(answer.date, track.report.date) < 0)
    return err({ code: 'meldcode.answer-before-report' });
  return finalise({ ...track, report: { ...track.report, answer } }, now);
}

/** Closes the track; only once the decision is recorded. */
export function closeTrack(
  track: MeldcodeTrack,
  closing: MeldcodeClosing,
  today: IsoDate,
  now: string,
): Result<MeldcodeTrack, MeldcodeProblem> {
  if (track.closed !== undefined) return err({ code: 'meldcode.closed' });
  if (track.steps.besluit === undefined) return err({ code: 'meldcode.no-decision' });
  const dateProblem = checkDate(track, closing.date, today);
  if (dateProblem !== undefined) return err(dateProblem);
  return finalise({ ...track, closed: closing }, now);
}

// ---- Status ------------------------------------------------------------------------------

/** What the track waits for next. */
export type MeldcodeNext =
  | { readonly kind: 'step'; readonly step: MeldcodeStep }
  | { readonly kind: 'report' }
  | { readonly kind: 'answer'; readonly dueDate: IsoDate; readonly overdue: boolean }
  | { readonly kind: 'close' }
  | { readonly kind: 'closed' };

/** When Veilig Thuis's answer to a report made on `reportDate` is due. */
export function answerDueDate(reportDate: IsoDate): IsoDate {
  return addWorkingDays(reportDate, VEILIG_THUIS_ANSWER_WORKING_DAYS);
}

/** The next thing to do on the track, for the case tab and the dashboard. */
export function nextOnTrack(track: MeldcodeTrack, today: IsoDate): MeldcodeNext {
  if (track.closed !== undefined) return { kind: 'closed' };
  const step = MELDCODE_STEPS.find((s) => track.steps[s] === undefined);
  if (step !== undefined) return { kind: 'step', step };
  const besluit = track.steps.besluit;
  if (besluit !== undefined && decisionReports(besluit.decision)) {
    if (track.report === undefined) return { kind: 'report' };
    if (track.report.answer === undefined) {
      const dueDate = answerDueDate(track.report.date);
      return { kind: 'answer', dueDate, overdue: compareIsoDates(dueDate, today) < 0 };
    }
  }
  return { kind: 'close' };
}

/** The open track of a case (at most one is open at a time), or undefined. */
export function openTrackOf(
  tracks: readonly MeldcodeTrack[],
  caseId: string,
): MeldcodeTrack | undefined {
  return tracks.find((t) => t.caseId === caseId && t.closed === undefined);
}
