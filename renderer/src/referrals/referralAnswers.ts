// Runs in: renderer.
//
// The school takes in a recipient's answer (issue 15 §3), apart from the dialog so it only
// asks and reports. Which referral it is about and whether the sender may answer for it, and
// what still differs, are decided by the shared rules on the vault as it is now; taking over
// reads the vault again, so a choice made on a stale screen cannot write something unseen. The
// writes go through the records repository (which audits each) plus one `import` entry.
import { todayIso, type IsoDate } from '../../../shared/domain/dates';
import { actieplanIdFor } from '../../../shared/meetings/actieplan';
import type { ReferralAnswer } from '../../../shared/referrals/answer';
import {
  applyAnswerChoices,
  matchAnswer,
  reviewAnswer,
  type AnswerApplyProblem,
  type AnswerRefusal,
  type AnswerReview,
} from '../../../shared/referrals/answerImport';
import type { Referral } from '../../../shared/referrals/referral';
import { err, ok, type Result } from '../../../shared/result';
import type { AppSession } from '../security/VaultProvider';
import { newRecordId } from '../vault';

export interface AnswerState {
  readonly referral: Referral;
  readonly review: AnswerReview;
}

type Refusal = AnswerRefusal | { readonly code: 'answer.no-pupil' };

function sources(session: AppSession, referral: Referral) {
  const pupil = session.records.get('pupil', referral.pupilId);
  return {
    pupil,
    plan: session.records.get('case.actieplan', actieplanIdFor(referral.caseId)),
    consents: session.records.list('case.consent').filter((c) => c.pupilId === referral.pupilId),
  };
}

/** The referral the answer is about and what it would change, or why it is refused. */
export function readAnswer(
  session: AppSession,
  answer: ReferralAnswer,
  senderDeelsleutel: string,
  today: IsoDate = todayIso(),
): Result<AnswerState, Refusal> {
  const matched = matchAnswer(
    answer,
    senderDeelsleutel,
    session.records.list('case.referral'),
    session.records.list('directory.contact'),
  );
  if (!matched.ok) return matched;
  const { referral } = matched.value;
  const { pupil, plan, consents } = sources(session, referral);
  if (pupil === undefined) return err({ code: 'answer.no-pupil' });
  return ok({ referral, review: reviewAnswer(answer, referral, plan, pupil, consents, today) });
}

/** Takes over the chosen items; the number taken over, or why the rules refused. */
export async function takeAnswer(
  session: AppSession,
  answer: ReferralAnswer,
  senderDeelsleutel: string,
  chosen: readonly string[],
  now: Date = new Date(),
): Promise<Result<number, Refusal | AnswerApplyProblem>> {
  const today = todayIso(now);
  const state = readAnswer(session, answer, senderDeelsleutel, today);
  if (!state.ok) return state;
  const { referral, review } = state.value;
  const { pupil, plan, consents } = sources(session, referral);
  if (pupil === undefined) return err({ code: 'answer.no-pupil' });
  const applied = applyAnswerChoices({ referral, plan, pupil, consents }, review, chosen, {
    today,
    now: now.toISOString(),
    newId: newRecordId,
  });
  if (!applied.ok) return applied;
  if (applied.value.referral !== undefined)
    await session.records.put('case.referral', applied.value.referral);
  if (applied.value.plan !== undefined)
    await session.records.put('case.actieplan', applied.value.plan);
  await session.audit.append('import', {
    recordType: 'case.referral',
    recordId: referral.id,
    detail: `referral-answer;taken=${chosen.length};offered=${review.items.length}`,
  });
  return ok(chosen.length);
}
