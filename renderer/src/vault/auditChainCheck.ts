// Runs in: renderer.
//
// The session's side of the audit-chain worker: start it with the key and head, feed it the
// encrypted rows slice by slice, then wait for the verdict. Used by the background check after
// unlock and by "Logboek controleren", so the chain is verified in one way, off the UI thread.
import type { AuditHead, AuditVerification } from '../../../shared/audit/chain';
import type { AuditChainRequest, AuditChainResponse } from './auditChainProtocol';
import type { AuditRow } from './storage/db';

export class AuditChainCheck {
  private readonly worker = new Worker(new URL('./auditChain.worker.ts', import.meta.url), {
    type: 'module',
  });
  private readonly verdict: Promise<AuditVerification>;

  constructor(key: CryptoKey, head: AuditHead) {
    this.verdict = new Promise((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent<AuditChainResponse>) => {
        this.worker.terminate();
        const response = event.data;
        if (response.type === 'verdict') resolve(response.verdict);
        else reject(new Error('The audit-chain worker failed.'));
      };
      this.worker.onerror = () => {
        this.worker.terminate();
        reject(new Error('The audit-chain worker failed.'));
      };
    });
    this.post({ type: 'start', key, head });
  }

  /** The next rows, in sequence order. */
  add(rows: readonly AuditRow[]): void {
    this.post({ type: 'rows', rows });
  }

  /** No more rows; resolves with the verdict (rejects if the worker failed). */
  finish(): Promise<AuditVerification> {
    this.post({ type: 'end' });
    return this.verdict;
  }

  /** Stops the worker without a verdict (the session locked). */
  cancel(): void {
    this.worker.terminate();
  }

  private post(request: AuditChainRequest): void {
    this.worker.postMessage(request);
  }
}
