// Runs in: any environment.
//
// How a vault keeps its sharing identity: one singleton record ('sharing.identity') inside the
// encrypted vault, created the first time the user needs it (showing the deelsleutel, sending
// or opening a file). Key bytes are stored as base64 text so the record is plain JSON; reading
// it back re-checks that the public parts really belong to the secret parts, so a damaged or
// edited record cannot make the app sign or encrypt with mismatched keys.
import { identityToRecipient } from 'age-encryption';
import { z } from 'zod';
import { BASE64_PATTERN, fromBase64, toBase64 } from '../crypto/bytes';
import { bufferSource, subtle } from '../crypto/webcrypto';
import { timestampSchema } from '../domain/dates';
import { defineRecordType } from '../records/registry';
import { err, errorInfo, ok, type ErrorInfo, type Result } from '../result';
import { ED25519_PUBLIC_KEY_BYTES, type SharingIdentity } from './identity';

/** The fixed id of the one identity record of a vault. */
export const SHARING_IDENTITY_RECORD_ID = 'sharing.identity';

const base64Bytes = (length: number) =>
  z
    .string()
    .regex(BASE64_PATTERN)
    .refine((text) => fromBase64(text).length === length, { message: `expected ${length} bytes` });

export const sharingIdentityRecordSchema = z
  .object({
    id: z.literal(SHARING_IDENTITY_RECORD_ID),
    /** `AGE-SECRET-KEY-1…` (age X25519 identity, bech32 upper case). */
    ageIdentity: z.string().regex(/^AGE-SECRET-KEY-1[02-9ACDEFGHJKLMNPQRSTUVWXYZ]{58}$/),
    /** `age1…` recipient of that identity. */
    ageRecipient: z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/),
    /** Ed25519 private key, PKCS#8 DER (48 bytes), base64. */
    signingPrivateKeyPkcs8: base64Bytes(48),
    /** Ed25519 public key, raw 32 bytes, base64. */
    signingPublicKey: base64Bytes(ED25519_PUBLIC_KEY_BYTES),
    createdAt: timestampSchema,
  })
  .strict();
export type SharingIdentityRecord = z.infer<typeof sharingIdentityRecordSchema>;

export const sharingIdentityRecordType = defineRecordType({
  type: 'sharing.identity',
  version: 1,
  schema: sharingIdentityRecordSchema,
  migrations: {},
});

/** The record to store for a freshly generated identity. */
export function identityToRecord(identity: SharingIdentity, now: string): SharingIdentityRecord {
  return {
    id: SHARING_IDENTITY_RECORD_ID,
    ageIdentity: identity.ageIdentity,
    ageRecipient: identity.ageRecipient,
    signingPrivateKeyPkcs8: toBase64(identity.signingPrivateKeyPkcs8),
    signingPublicKey: toBase64(identity.signingPublicKey),
    createdAt: now,
  };
}

/**
 * The identity in a stored record, after checking that the recipient is derived from the
 * age identity and the public signing key from the private one. Never throws; a mismatch
 * or undecodable key is `sharing.identity-invalid`.
 */
export async function identityFromRecord(
  record: unknown,
): Promise<Result<SharingIdentity, ErrorInfo>> {
  const invalid = (message: string): Result<never, ErrorInfo> =>
    err(errorInfo('sharing.identity-invalid', message));
  const parsed = sharingIdentityRecordSchema.safeParse(record);
  if (!parsed.success) return invalid('The identity record does not match its schema.');
  const r = parsed.data;
  try {
    if ((await identityToRecipient(r.ageIdentity)) !== r.ageRecipient)
      return invalid('The age recipient does not belong to the identity.');
    const privateBytes = fromBase64(r.signingPrivateKeyPkcs8);
    const publicBytes = fromBase64(r.signingPublicKey);
    // WebCrypto cannot derive the public key from PKCS#8 directly: sign and verify a probe instead.
    const privateKey = await subtle().importKey(
      'pkcs8',
      bufferSource(privateBytes),
      { name: 'Ed25519' },
      false,
      ['sign'],
    );
    const publicKey = await subtle().importKey(
      'raw',
      bufferSource(publicBytes),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    const probe = new TextEncoder().encode('zorgtafel/identity-probe/v1');
    const signature = await subtle().sign({ name: 'Ed25519' }, privateKey, bufferSource(probe));
    if (!(await subtle().verify({ name: 'Ed25519' }, publicKey, signature, bufferSource(probe))))
      return invalid('The signing keys do not belong together.');
    return ok({
      ageIdentity: r.ageIdentity,
      ageRecipient: r.ageRecipient,
      signingPrivateKeyPkcs8: privateBytes,
      signingPublicKey: publicBytes,
    });
  } catch {
    return invalid('A key in the identity record does not decode.');
  }
}
