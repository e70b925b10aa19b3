// Runs in: renderer (web worker).
//
// Verifies an audit chain off the UI thread (issue 12: no main-thread task over 50 ms after
// unlock). One worker per check: it keeps the decrypted entries until 'end', then answers
// with the same verdict verifyAuditChain gives; a row that does not decrypt under its own
// sequence number is 'edited' at that number. Messages are handled strictly in order.
import {
  verifyAuditChain,
  type AuditEntry,
  type AuditHead,
  type AuditProblem,
} from '../../../shared/audit/chain';
import type { AuditChainRequest, AuditChainResponse } from './auditChainProtocol';
import { decryptAuditRow } from './auditStorage';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<AuditChainRequest>) => void) | null;
  postMessage(message: AuditChainResponse): void;
};

let key: CryptoKey | null = null;
let head: AuditHead = { seq: 0, hash: '' };
const entries: AuditEntry[] = [];
let unreadable: AuditProblem | null = null;
let queue: Promise<void> = Promise.resolve();

async function handle(request: AuditChainRequest): Promise<void> {
  switch (request.type) {
    case 'start':
      key = request.key;
      head = request.head;
      return;
    case 'rows': {
      if (unreadable !== null || key === null) return;
      const k = key;
      const decrypted = await Promise.all(request.rows.map((row) => decryptAuditRow(k, row)));
      for (const [i, entry] of decrypted.entries()) {
        if (entry === null) {
          unreadable = { kind: 'edited', seq: request.rows[i]?.seq ?? 0 };
          return;
        }
        entries.push(entry);
      }
      return;
    }
    case 'end': {
      const verdict =
        unreadable !== null
          ? ({ ok: false, problem: unreadable } as const)
          : await verifyAuditChain(entries, head);
      scope.postMessage({ type: 'verdict', verdict });
      return;
    }
  }
}

// A failure (none is expected: unreadable rows are verdicts) is answered, so the session
// never waits for a verdict that will not come; later messages are then ignored.
let failed = false;
scope.onmessage = (event) => {
  queue = queue
    .then(() => (failed ? undefined : handle(event.data)))
    .catch(() => {
      failed = true;
      scope.postMessage({ type: 'failed' });
    });
};
