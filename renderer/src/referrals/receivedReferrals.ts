// Runs in: renderer.
//
// What the recipient's screens change (issue 15), apart from the screens so they only ask and
// report: keeping an opened referral package as a received referral, and recording one
// lifecycle step. Each reads the vault as it is now and lets the shared rules decide; every
// write goes through the records repository, which audits it (the keep also as an import).
import { todayIso, type IsoDate } from '../../../shared/domain/dates';
import type { ReferralPackage } from '../../../shared/referrals/package';
import {
  keptReferralOf,
  receivedReferralSchema,
  type ReceivedReferral,
  type ReceivedStep,
} from '../../../shared/referrals/received';
import {
  recordReceivedStep,
  type ReceivedStepError,
} from '../../../shared/referrals/receivedLifecycle';
import { err, ok, type Result } from '../../../shared/result';
import type { AppSession } from '../security/VaultProvider';
import { newRecordId } from '../vault';

/** An opened, fingerprint-checked package with its signed header facts. */
export interface OpenedPackage {
  readonly package: ReferralPackage;
  readonly createdAt: Date;
  readonly expiresAt?: Date;
  readonly sender: { readonly deelsleutel: string; readonly fingerprint: string };
}

/** The received referral this package already is, when it was kept before. */
export function alreadyKept(
  session: AppSession,
  opened: OpenedPackage,
): ReceivedReferral | undefined {
  return keptReferralOf(session.records.list('referral.received'), opened);
}

/** Keeps the package as a received referral (the contact term starts today) and audits the import. */
export async function keepReceivedReferral(
  session: AppSession,
  opened: OpenedPackage,
  contactId: string | undefined,
  now: Date = new Date(),
): Promise<ReceivedReferral> {
  const record = receivedReferralSchema.parse({
    id: newRecordId(),
    receivedAt: now.toISOString(),
    receivedOn: todayIso(now),
    fileCreatedAt: opened.createdAt.toISOString(),
    ...(opened.expiresAt === undefined ? {} : { expiresAt: opened.expiresAt.toISOString() }),
    sender: {
      deelsleutel: opened.sender.deelsleutel,
      fingerprint: opened.sender.fingerprint,
      ...(contactId === undefined ? {} : { contactId }),
    },
    package: opened.package,
    history: [],
  });
  const saved = await session.records.put('referral.received', record);
  await session.audit.append('import', {
    recordType: 'referral.received',
    recordId: saved.id,
    detail: 'referral-package',
  });
  return saved;
}

export type StepProblem = { readonly code: 'missing' } | ReceivedStepError;

/** Records one step on the saved record, or says why the rules refused it. */
export async function recordStep(
  session: AppSession,
  id: string,
  step: ReceivedStep,
  today: IsoDate = todayIso(),
): Promise<Result<void, StepProblem>> {
  const current = session.records.get('referral.received', id);
  if (current === undefined) return err({ code: 'missing' });
  const next = recordReceivedStep(current, step, today);
  if (!next.ok) return next;
  await session.records.put('referral.received', next.value);
  return ok(undefined);
}
