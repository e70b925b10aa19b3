// Runs in: renderer.
//
// "Antwoord aan school maken" (issue 15 §3): the answer is built from the received referral as
// it is in the vault now (the shared rules decide what may go in: feedback text only with the
// consent to feed back that came in the package), sealed in the sharing worker to the
// deelsleutel the package came from, signed with the team's own key, saved where the user
// chooses under a name without personal data, and audited (counts only).
import type { IsoDate } from '../../../../shared/domain/dates';
import {
  buildReferralAnswer,
  referralAnswerFileName,
  type AnswerBuildProblem,
} from '../../../../shared/referrals/answer';
import { parseDeelsleutel } from '../../../../shared/sharing/identity';
import type { Host } from '../../host/Host';
import type { AppSession } from '../../security/VaultProvider';
import { ZORGTAFEL_FILTERS } from '../../sharing/files';
import { sharingIdentity } from '../../sharing/sharingIdentity';
import { sealInWorker } from '../../sharing/shareWorkerClient';

export type SendAnswerOutcome =
  | { readonly kind: 'saved'; readonly name: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'refused'; readonly problem: AnswerBuildProblem };

export interface AnswerInput {
  readonly organisation: string;
  readonly feedbackText: string;
  readonly includeHomeGoals: boolean;
}

/** Builds, seals and saves the answer; throws only when the vault or the worker fails. */
export async function sendReferralAnswer(
  session: AppSession,
  host: Host,
  receivedId: string,
  input: AnswerInput,
  today: IsoDate,
): Promise<SendAnswerOutcome> {
  const record = session.records.get('referral.received', receivedId);
  if (record === undefined) throw new Error('received referral missing');
  const built = buildReferralAnswer(
    record,
    {
      from: { name: session.profile.userName, organisation: input.organisation },
      feedbackText: input.feedbackText,
      includeHomeGoals: input.includeHomeGoals,
    },
    today,
  );
  if (!built.ok) return { kind: 'refused', problem: built.error };
  const school = parseDeelsleutel(record.sender.deelsleutel);
  if (!school.ok) throw new Error(school.error.code);
  const bytes = await sealInWorker({
    kind: 'referral-answer',
    content: built.value,
    sender: await sharingIdentity(session),
    to: { recipients: [school.value] },
    createdAt: new Date().toISOString(),
  });
  const saved = await host.saveFile({
    suggestedName: referralAnswerFileName(today),
    bytes,
    filters: ZORGTAFEL_FILTERS,
  });
  if (!saved.saved) return { kind: 'cancelled' };
  await session.audit.append('export', {
    recordType: 'referral.received',
    recordId: record.id,
    detail: `referral-answer;steps=${built.value.steps.length};feedback=${built.value.feedback.kind};goals=${built.value.homeGoals.length}`,
  });
  return { kind: 'saved', name: saved.name };
}
