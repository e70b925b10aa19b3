// Runs in: any environment.
//
// What a file is, told before anything secret is asked: the opener shows the kind, the
// sender's controlecode and the date from the signed outer header, and refuses a damaged,
// forged, expired, unknown or foreign file, before it asks for a passphrase or uses the own
// key. Every check here needs no key (checkSharedFile); openSharedFile does them all again.
// A Zorgtafel backup dropped on the window is recognised too: it is not opened here but
// restored in Instellingen, and the user is told so.
import { BACKUP_MAGIC, readBackupHeader } from '../crypto/backup';
import { utf8Encode } from '../crypto/bytes';
import { checkSharedFile, type ShareErrorCode, type ShareKind } from './container';
import { deelsleutelFingerprint } from './identity';

/** What the opener learns from a file without a key. */
export type PeekedFile =
  | {
      readonly type: 'share';
      readonly kind: ShareKind;
      /** Which key opens it: a passphrase to ask for, or the member's own deelsleutel. */
      readonly mode: 'passphrase' | 'recipients';
      readonly createdAt: Date;
      readonly expiresAt?: Date;
      /** From the signed header; the signature has been checked against this key. */
      readonly sender: { readonly deelsleutel: string; readonly fingerprint: string };
    }
  /** A Zorgtafel backup (`.ztbackup`), with its date when the header reads. */
  | { readonly type: 'backup'; readonly createdAt?: Date }
  | { readonly type: 'refused'; readonly code: ShareErrorCode };

const BACKUP_MAGIC_BYTES = utf8Encode(BACKUP_MAGIC);

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function backupDate(bytes: Uint8Array): Date | undefined {
  try {
    return new Date(readBackupHeader(bytes).createdAt);
  } catch {
    return undefined;
  }
}

/** Classifies a file for the opener. Never throws. */
export async function peekFile(
  bytes: Uint8Array,
  options: { readonly now: Date; readonly maxBytes: number },
): Promise<PeekedFile> {
  if (startsWith(bytes, BACKUP_MAGIC_BYTES)) {
    const createdAt = backupDate(bytes);
    return createdAt === undefined ? { type: 'backup' } : { type: 'backup', createdAt };
  }
  const checked = await checkSharedFile(bytes, options);
  if (!checked.ok) return { type: 'refused', code: checked.error.code };
  const { header, sender } = checked.value;
  return {
    type: 'share',
    kind: header.kind,
    mode: header.mode,
    createdAt: new Date(header.createdAt),
    ...(header.expiresAt === undefined ? {} : { expiresAt: new Date(header.expiresAt) }),
    sender: { deelsleutel: sender.text, fingerprint: await deelsleutelFingerprint(sender) },
  };
}
