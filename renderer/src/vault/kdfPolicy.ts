// Runs in: renderer.
//
// Which Argon2id cost new passphrase slots get and which floor unlocking enforces. In the
// app both are the crypto core's defaults (>= 64 MiB, 3 passes): a vault with weaker
// parameters does not open. Only tests and benchmarks construct a VaultService with
// `insecureKdfForTests`, which lowers both so a test run does not spend seconds in Argon2id.
import {
  DEFAULT_ARGON2ID,
  MIN_ARGON2ID,
  type Argon2idCost,
  type KdfFloor,
  type KdfOptions,
} from '../../../shared/crypto/kdf';

export interface KdfPolicy {
  /** Cost for new passphrase slots (and the target a weaker slot is upgraded to on unlock). */
  readonly cost: Argon2idCost;
  /** Options passed to every derivation (the floor). */
  readonly options: KdfOptions;
}

export const PRODUCTION_KDF: KdfPolicy = { cost: DEFAULT_ARGON2ID, options: {} };

/** Cheap parameters for tests: 1 MiB, 1 pass. Never use outside tests. */
export const TEST_KDF_COST: Argon2idCost = { memoryKiB: 1024, iterations: 1, parallelism: 1 };

/**
 * The test policy: new slots get `cost`, and the floor is the cheap test cost, so a test can
 * also check that a slot below the configured cost is upgraded at unlock.
 */
export function testKdfPolicy(cost: Argon2idCost = TEST_KDF_COST): KdfPolicy {
  const floor: KdfFloor = { ...TEST_KDF_COST, saltBytes: MIN_ARGON2ID.saltBytes };
  return { cost, options: { floor } };
}
