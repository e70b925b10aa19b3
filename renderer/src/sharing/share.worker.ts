// Runs in: renderer (web worker).
//
// Seals and opens `.zorgtafel` files off the UI thread (scrypt takes about a second). The
// worker holds no state: each request carries the key it needs and is forgotten afterwards.
import { sealSharedFile } from '../../../shared/sharing/container';
import { openReceivedFile } from '../../../shared/sharing/opener';
import { contentSchemaOf, sealProblems } from '../../../shared/sharing/sealCheck';
import type { WorkerRequest, WorkerResponse } from './shareProtocol';

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
  const result = await openReceivedFile(request.bytes, request.key, {
    now: new Date(request.now),
    maxBytes: request.maxBytes,
    knownSenders: request.knownSenders,
  });
  return result.ok
    ? { type: 'opened', id, file: result.value }
    : { type: 'refused', id, error: result.error };
}

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).then(
    (response) => scope.postMessage(response),
    () => scope.postMessage({ type: 'failed', id: request.id }),
  );
};
