// Runs in: renderer.
//
// The messages between a session and the audit-chain worker (auditChain.worker.ts). The
// session reads the encrypted audit rows from IndexedDB in slices and posts them; the worker
// decrypts them and verifies the chain, so the decrypted entries, digest inputs and hex
// strings of 10,000+ entries (and the garbage collections they cause) stay off the UI thread.
import type { AuditHead, AuditVerification } from '../../../shared/audit/chain';
import type { AuditRow } from './storage/db';

export type AuditChainRequest =
  /** First message: the key the rows decrypt under (a CryptoKey clones) and the head to reach. */
  | { readonly type: 'start'; readonly key: CryptoKey; readonly head: AuditHead }
  /** The next rows in sequence order. */
  | { readonly type: 'rows'; readonly rows: readonly AuditRow[] }
  /** No more rows: answer with the verdict. */
  | { readonly type: 'end' };

export type AuditChainResponse =
  | { readonly type: 'verdict'; readonly verdict: AuditVerification }
  /** The worker could not finish (a programming error): the caller rejects. */
  | { readonly type: 'failed' };
