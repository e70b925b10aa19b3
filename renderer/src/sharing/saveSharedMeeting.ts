// Runs in: renderer.
//
// Making the meeting's `.zorgtafel` file once the IB's choices are checked: sealed in the
// share worker to the recipients' deelsleutels or with the passphrase, saved where the user
// chooses under a name without personal data, and the export audited (counts only). The
// dialog shows the outcome; a failure rejects and the dialog says to try again.
import type { Deelsleutel } from '../../../shared/sharing/identity';
import {
  shareKindOfPhase,
  type SharedMeetingContent,
} from '../../../shared/sharing/meetingContent';
import { sharedFileName } from '../../../shared/sharing/passphrase';
import type { Meeting } from '../../../shared/meetings/meeting';
import type { Host } from '../host/Host';
import type { AppSession } from '../security/VaultProvider';
import { ZORGTAFEL_FILTERS } from './files';
import { sealInWorker } from './shareWorkerClient';
import { sharingIdentity } from './sharingIdentity';

export interface SharedMeetingRequest {
  readonly meeting: Meeting;
  readonly phase: 'agenda' | 'minutes';
  readonly content: SharedMeetingContent;
  readonly to: { readonly recipients: readonly Deelsleutel[] } | { readonly passphrase: string };
  /** How many recipients were chosen (for the audit). */
  readonly recipientCount: number;
  /** An ISO date; the file opens until the end of that day. Undefined: no expiry. */
  readonly expiry: string | undefined;
}

/** Undefined when the user cancelled the save; otherwise the name the file got. */
export async function saveSharedMeeting(
  session: AppSession,
  host: Host,
  request: SharedMeetingRequest,
): Promise<string | undefined> {
  const kind = shareKindOfPhase(request.phase);
  const sender = await sharingIdentity(session);
  const expiresAt =
    request.expiry === undefined ? undefined : new Date(`${request.expiry}T23:59:59`).toISOString();
  const bytes = await sealInWorker({
    kind,
    content: request.content,
    sender,
    to:
      'passphrase' in request.to
        ? { passphrase: request.to.passphrase }
        : { recipients: [...request.to.recipients] },
    createdAt: new Date().toISOString(),
    ...(expiresAt === undefined ? {} : { expiresAt }),
  });
  const outcome = await host.saveFile({
    suggestedName: sharedFileName(kind, request.meeting.date),
    bytes,
    filters: ZORGTAFEL_FILTERS,
  });
  if (!outcome.saved) return undefined;
  const mode = 'passphrase' in request.to ? 'passphrase' : 'deelsleutel';
  await session.audit.append('export', {
    recordType: 'meeting',
    recordId: request.meeting.id,
    detail: `share=${kind};mode=${mode};recipients=${request.recipientCount}`,
  });
  return outcome.name;
}
