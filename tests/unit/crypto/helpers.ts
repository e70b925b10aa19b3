// Runs in: Node (unit tests).
//
// Shared fixtures for the crypto tests: cheap Argon2id parameters so the suite stays fast.
// Application code never lowers the floor; only tests pass TEST_FLOOR.
import { newArgon2idParams, type Argon2idParams, type KdfFloor } from '../../../shared/crypto/kdf';

/** A floor low enough for the tiny parameters below and for published test vectors. */
export const TEST_FLOOR: KdfFloor = { memoryKiB: 8, iterations: 1, parallelism: 1, saltBytes: 8 };

/** Options object to pass wherever a KdfOptions is accepted. */
export const TEST_KDF = { floor: TEST_FLOOR } as const;

/** Fresh, very cheap Argon2id parameters (64 KiB, 1 pass) with a random 16-byte salt. */
export function cheapParams(): Argon2idParams {
  return newArgon2idParams({ memoryKiB: 64, iterations: 1, parallelism: 1 });
}
