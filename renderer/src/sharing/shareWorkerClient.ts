// Runs in: renderer.
//
// Promise wrapper around the sharing worker: one worker per request, terminated afterwards,
// so no key material stays in a long-lived thread. `onStage` reports progress for the UI.
import type { OpenedFile, OpenRefusal, WorkerRequest, WorkerResponse } from './shareProtocol';

type Stage = Extract<WorkerResponse, { type: 'stage' }>['stage'];
type Request = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'id'>
    : never
  : never;

let nextId = 1;

function run(request: Request, onStage?: (stage: Stage) => void): Promise<WorkerResponse> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./share.worker.ts', import.meta.url), { type: 'module' });
    const id = nextId++;
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      if (response.id !== id) return;
      if (response.type === 'stage') {
        onStage?.(response.stage);
        return;
      }
      worker.terminate();
      resolve(response);
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('sharing worker failed'));
    };
    worker.postMessage({ ...request, id });
  });
}

/** Seals a file in the worker; rejects on a programming error. */
export async function sealInWorker(
  request: Omit<Extract<WorkerRequest, { type: 'seal' }>, 'id' | 'type'>,
  onStage?: (stage: Stage) => void,
): Promise<Uint8Array> {
  const response = await run({ type: 'seal', ...request }, onStage);
  if (response.type === 'sealed') return response.bytes;
  throw new Error('sealing failed');
}

/** Opens a file in the worker: the opened file or the refusal. Never rejects. */
export async function openInWorker(
  request: Omit<Extract<WorkerRequest, { type: 'open' }>, 'id' | 'type'>,
  onStage?: (stage: Stage) => void,
): Promise<{ ok: true; file: OpenedFile } | { ok: false; error: OpenRefusal }> {
  try {
    const response = await run({ type: 'open', ...request }, onStage);
    if (response.type === 'opened') return { ok: true, file: response.file };
    if (response.type === 'refused') return { ok: false, error: response.error };
  } catch {
    // Falls through: a crashed worker is reported like a damaged file.
  }
  return { ok: false, error: { code: 'share.tampered', message: 'The worker failed.' } };
}
