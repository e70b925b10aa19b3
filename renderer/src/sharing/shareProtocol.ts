// Runs in: renderer.
//
// The messages between the UI and the sharing worker. Sealing with a passphrase and opening a
// passphrase file run scrypt (about a second, 256 MiB); X25519 and the checks are quick but
// run there too, so the UI thread never stalls on a file, however large or hostile.
import type { SealTarget, ShareKind } from '../../../shared/sharing/container';
import type { SharingIdentity } from '../../../shared/sharing/identity';
import type {
  OpenedContent,
  OpenedFile,
  OpenRefusal,
  OpenRefusalCode,
} from '../../../shared/sharing/opener';

export type { OpenedContent, OpenedFile, OpenRefusal, OpenRefusalCode };

export type WorkerRequest =
  | {
      readonly type: 'seal';
      readonly id: number;
      readonly kind: ShareKind;
      readonly content: unknown;
      readonly sender: SharingIdentity;
      readonly to: SealTarget;
      readonly createdAt: string;
      readonly expiresAt?: string;
    }
  | {
      readonly type: 'open';
      readonly id: number;
      readonly bytes: Uint8Array;
      readonly key: { readonly identity: SharingIdentity } | { readonly passphrase: string };
      readonly now: string;
      readonly maxBytes: number;
      readonly knownSenders: readonly string[];
    };

export type WorkerResponse =
  | {
      readonly type: 'stage';
      readonly id: number;
      readonly stage: 'checking' | 'decrypting' | 'encrypting';
    }
  | { readonly type: 'sealed'; readonly id: number; readonly bytes: Uint8Array }
  | { readonly type: 'opened'; readonly id: number; readonly file: OpenedFile }
  | { readonly type: 'refused'; readonly id: number; readonly error: OpenRefusal }
  | { readonly type: 'failed'; readonly id: number };
