// Runs in: renderer.
//
// The message key for every refusal of a shared file: each says what happened and what to do.
import { SHARE_ERROR_CODES, type ShareErrorCode } from '../../../shared/sharing/container';
import type { OpenRefusalCode } from './shareProtocol';

export type ShareErrorKey =
  | 'notAFile'
  | 'unsupportedVersion'
  | 'unknownKind'
  | 'truncated'
  | 'tooLarge'
  | 'wrongPassphrase'
  | 'notForYou'
  | 'tampered'
  | 'badSignature'
  | 'expired'
  | 'invalidContent'
  | 'fingerprintMismatch';

export function shareErrorKey(code: OpenRefusalCode): ShareErrorKey {
  switch (code) {
    case 'share.not-a-file':
      return 'notAFile';
    case 'share.unsupported-version':
      return 'unsupportedVersion';
    case 'share.unknown-kind':
      return 'unknownKind';
    case 'share.truncated':
      return 'truncated';
    case 'share.too-large':
      return 'tooLarge';
    case 'share.wrong-passphrase':
      return 'wrongPassphrase';
    case 'share.not-for-you':
      return 'notForYou';
    case 'share.tampered':
      return 'tampered';
    case 'share.bad-signature':
      return 'badSignature';
    case 'share.expired':
      return 'expired';
    case 'share.invalid-content':
      return 'invalidContent';
    case 'package.fingerprint-mismatch':
      return 'fingerprintMismatch';
    default: {
      const _never: never = code;
      return _never;
    }
  }
}

/** True for a code this build knows (a worker answer is checked before it is translated). */
export function isShareErrorCode(code: string): code is ShareErrorCode {
  return (SHARE_ERROR_CODES as readonly string[]).includes(code);
}
