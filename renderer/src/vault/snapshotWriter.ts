// Runs in: renderer.
//
// Writes a new working-set snapshot in the background of an unlocked session. The working
// set is captured at one point in the write queue (records are immutable objects, so holding
// the entries is a consistent copy); from then on the writer tracks every id committed. The
// packs are serialised and encrypted one at a time with the event loop given back between
// them; then one commit through the write queue replaces the packs and points the meta
// record at the new snapshot, with the ids committed since the capture as its `dirty` list.
// No audit entry: a cache is not a user action. A lock at any point abandons the write;
// nothing is half-written because the commit is one transaction.
import { isVaultError } from './errors';
import { SNAPSHOT_DIRTY_LIMIT } from './meta';
import type { SessionCore } from './sessionCore';
import { encryptPack, newSnapshotId, packCount, PACK_RECORDS } from './snapshot';
import type { PackRow } from './storage/db';
import type { UnreadableRecord } from './unreadable';
import { yieldToEventLoop } from './yieldToEventLoop';

/** 'abandoned': the session locked, or too much changed during the write to describe it. */
export type SnapshotOutcome = 'written' | 'abandoned';

/**
 * Captures, encrypts and commits a snapshot. `unreadable` is what the session knows to be
 * unreadable; the snapshot carries it so the next (snapshot) unlock still reports it.
 */
export async function writeSnapshot(
  core: SessionCore,
  unreadable: readonly UnreadableRecord[],
): Promise<SnapshotOutcome> {
  let capture;
  try {
    capture = await core.write(({ workingSet, writer }) =>
      Promise.resolve({ entries: workingSet.entries(), changes: writer.trackChanges() }),
    );
  } catch (error) {
    if (isVaultError(error, 'vault.locked')) return 'abandoned';
    throw error;
  }
  const { entries, changes } = capture;
  try {
    const id = newSnapshotId();
    const count = packCount(entries.length);
    const packs: PackRow[] = [];
    for (let n = 0; n < count; n += 1) {
      await yieldToEventLoop();
      // open() throws 'vault.locked' once the session locked: stop without writing.
      const { keys } = core.open();
      packs.push(
        await encryptPack(
          keys.records,
          id,
          n,
          count,
          entries.slice(n * PACK_RECORDS, (n + 1) * PACK_RECORDS),
        ),
      );
    }
    return await core.write(async ({ workingSet, writer }) => {
      const dirty = [...changes.ids];
      if (dirty.length > SNAPSHOT_DIRTY_LIMIT) return 'abandoned';
      // A record once unreadable and since written again is in `dirty` or in the packs.
      const carried = unreadable.filter((u) => workingSet.entry(u.id) === undefined);
      await writer.commit({
        audit: [],
        replacePacks: packs,
        meta: (m) => ({ ...m, snapshot: { id, packs: count, dirty, unreadable: carried } }),
      });
      return 'written';
    });
  } catch (error) {
    if (isVaultError(error, 'vault.locked')) return 'abandoned';
    throw error;
  } finally {
    changes.stop();
  }
}
