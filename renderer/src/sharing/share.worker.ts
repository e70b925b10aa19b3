// Runs in: renderer (web worker).
//
// Seals and opens `.zorgtafel` files off the UI thread (scrypt takes about a second). The
// worker holds no state: each request carries the key it needs and is forgotten afterwards.
import { openSharedFile, sealSharedFile } from '../../../shared/sharing/container';
import {
  contentSchemaOf,
  SHARED_FILE_CONTENT_SCHEMA,
  sealProblems,
} from '../../../shared/sharing/sealCheck';
import type { OpenedContent, WorkerRequest, WorkerResponse } from './shareProtocol';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  const id = request.id;
  if (request.type === 'seal') {
    // Seal only what opens: the same schema and limits as the opener below. The dialogs check
    // first and say which field is too long; this is the last line, so no unopenable file is made.
    if (sealProblems(request.content, contentSchemaOf(request.kind)).length > 0)
      return { type: 'failed', id };
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
  const result = await openSharedFile(request.bytes, request.key, {
    now: new Date(request.now),
    maxBytes: request.maxBytes,
    knownSenders: request.knownSenders,
    schema: SHARED_FILE_CONTENT_SCHEMA,
  });
  if (!result.ok) return { type: 'refused', id, error: result.error };
  const { content, ...rest } = result.value;
  // The kind in the signed header must match the content: a reply is never shown as a meeting.
  let opened: OpenedContent;
  if (rest.kind === 'reply' && 'meetingId' in content) opened = { kind: 'reply', content };
  else if (
    (rest.kind === 'meeting-agenda' || rest.kind === 'meeting-minutes') &&
    'phase' in content &&
    (content.phase === 'agenda') === (rest.kind === 'meeting-agenda')
  )
    opened = { kind: 'meeting', content };
  else
    return {
      type: 'refused',
      id,
      error: { code: 'share.invalid-content', message: 'Content does not match the file kind.' },
    };
  return { type: 'opened', id, file: { ...rest, opened } };
}

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).then(
    (response) => scope.postMessage(response),
    () => scope.postMessage({ type: 'failed', id: request.id }),
  );
};
