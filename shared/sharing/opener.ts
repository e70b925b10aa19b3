// Runs in: any environment.
//
// What the one opener does with any `.zorgtafel` file once it has a key (the sharing worker
// runs it): open and validate it (shared/sharing/container.ts), then check that the content
// is of the kind the signed header states, so a reply is never shown as a meeting, and that a
// referral package's letter is the one its fingerprint (printed on the paper letter) names.
import { err, ok, type Result } from '../result';
import type { ReferralAnswer } from '../referrals/answer';
import { checkPackageFingerprint, type ReferralPackage } from '../referrals/package';
import { openSharedFile, type OpenedSharedFile, type OpenKey, type ShareError } from './container';
import type { SharedMeetingContent } from './meetingContent';
import type { ReplyContent } from './reply';
import { OPENER_CONTENT_SCHEMA } from './sealCheck';

/** A validated file: a meeting (agenda/minutes), a reply, a referral package (fingerprint checked) or a referral answer. */
export type OpenedContent =
  | { readonly kind: 'meeting'; readonly content: SharedMeetingContent }
  | { readonly kind: 'reply'; readonly content: ReplyContent }
  | { readonly kind: 'referral'; readonly content: ReferralPackage }
  | { readonly kind: 'referral-answer'; readonly content: ReferralAnswer };

export type OpenedFile = Omit<OpenedSharedFile<unknown>, 'content'> & {
  readonly opened: OpenedContent;
};

/** Why the opener refused a file: the container's reasons, or a package whose letter does not match its fingerprint. */
export type OpenRefusal =
  ShareError | { readonly code: 'package.fingerprint-mismatch'; readonly message: string };
export type OpenRefusalCode = OpenRefusal['code'];

/** Opens any file Zorgtafel makes, or says why not. Never throws. */
export async function openReceivedFile(
  bytes: Uint8Array,
  key: OpenKey,
  options: {
    readonly now: Date;
    readonly maxBytes: number;
    readonly knownSenders?: readonly string[];
  },
): Promise<Result<OpenedFile, OpenRefusal>> {
  const result = await openSharedFile(bytes, key, { ...options, schema: OPENER_CONTENT_SCHEMA });
  if (!result.ok) return result;
  const { content, ...rest } = result.value;
  if (rest.kind === 'referral' && 'letter' in content) {
    const checked = await checkPackageFingerprint(content);
    if (!checked.ok)
      return err({
        code: checked.error.code,
        message: 'The letter does not match its fingerprint.',
      });
    return ok({ ...rest, opened: { kind: 'referral', content: checked.value } });
  }
  if (rest.kind === 'referral-answer' && 'answeredOn' in content)
    return ok({ ...rest, opened: { kind: 'referral-answer', content } });
  if (rest.kind === 'reply' && 'meetingId' in content)
    return ok({ ...rest, opened: { kind: 'reply', content } });
  if (
    (rest.kind === 'meeting-agenda' || rest.kind === 'meeting-minutes') &&
    'phase' in content &&
    (content.phase === 'agenda') === (rest.kind === 'meeting-agenda')
  )
    return ok({ ...rest, opened: { kind: 'meeting', content } });
  return err({ code: 'share.invalid-content', message: 'Content does not match the file kind.' });
}
