// Runs in: renderer (web worker).
//
// Seals and opens `.zorgtafel` files off the UI thread (scrypt takes about a second). The
// worker holds no state: each request carries the key it needs and is forgotten afterwards.
import { z } from 'zod';
import { openSharedFile, sealSharedFile } from '../../../shared/sharing/container';
import { sharedMeetingContentSchema } from '../../../shared/sharing/meetingContent';
import { replyContentSchema } from '../../../shared/sharing/reply';
import type { OpenedContent, WorkerRequest, WorkerResponse } from './shareProtocol';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

const contentSchema = z.union([sharedMeetingContentSchema, replyContentSchema]);

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  const id = request.id;
  if (request.type === 'seal') {
    scope.postMessage({ type: 'stage', id, stage: 'encrypting' });
    const bytes = await sealSharedFile({
      kind: request.kind,
      content: request.content,
      sender: request.sender,
      to: request.to,
      createdAt: new Date(request.createdAt),
      ...(request.expiresAt === undefined ? {} : { expiresAt: new Date(request.expiresAt) }),
    });
    return { type: 'sealed', id, bytes };
  }
  scope.postMessage({ type: 'stage', id, stage: 'decrypting' });
  const result = await openSharedFile(request.bytes, request.key, { now: new Date(request.now), maxBytes: request.maxBytes, knownSenders: request.knownSenders, schema: contentSchema });
  if (!result.ok) return { type: 'refused', id, error: result.error };
  const { content, ...rest } = result.value;
  // The kind in the signed header must match the content: a reply is never shown as a meeting.
  let opened: OpenedContent;
  if (rest.kind === 'reply' && 'meetingId' in content) opened = { kind: 'reply', content };
  else if ((rest.kind === 'meeting-agenda' || rest.kind === 'meeting-minutes') && 'phase' in content && (content.phase === 'agenda') === (rest.kind === 'meeting-agenda')) opened = { kind: 'meeting', content };
  else return { type: 'refused', id, error: { code: 'share.invalid-content', message: 'Content does not match the file kind.' } };
  return { type: 'opened', id, file: { ...rest, opened } };
}

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).then(
    (response) => scope.postMessage(response),
    () => scope.postMessage({ type: 'failed', id: request.id }),
  );
};
