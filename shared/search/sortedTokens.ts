// Runs in: any environment.
//
// The distinct tokens of the search index in sorted order, so that every token starting
// with a typed prefix is found by one binary search and a short walk. Adding a record must
// stay cheap (the vault indexes in slices while the user may already search), so new tokens
// wait in `pending` and tokens that lost their last record stay as "dead" entries; both are
// settled on the next query, in one merge and an occasional compaction.

/** First index in `sorted` whose token is >= `value` (UTF-16 code unit order, like Array#sort). */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const token = sorted[mid];
    if (token !== undefined && token < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Merges two sorted, disjoint token arrays in one linear pass. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x <= y) {
      out[k] = x;
      i += 1;
    } else {
      out[k] = y;
      j += 1;
    }
    k += 1;
  }
  while (i < a.length) out[k++] = a[i++] as string;
  while (j < b.length) out[k++] = b[j++] as string;
  return out;
}

export class SortedTokens {
  /** Distinct tokens in sorted order; may still hold tokens without records ("dead"). */
  private sorted: string[] = [];
  /** Live tokens that are not yet in `sorted`; merged in by settle(). */
  private readonly pending = new Set<string>();
  private deadInSorted = 0;

  /** `minDeadForCompaction`: dead tokens tolerated before settle() filters them out (if also a quarter of all). */
  constructor(private readonly minDeadForCompaction = 1024) {}

  /** A token got its first record. */
  added(token: string): void {
    const at = lowerBound(this.sorted, token);
    if (this.sorted[at] === token) this.deadInSorted -= 1;
    else this.pending.add(token);
  }

  /** A token lost its last record. */
  removed(token: string): void {
    if (!this.pending.delete(token)) this.deadInSorted += 1;
  }

  clear(): void {
    this.sorted = [];
    this.pending.clear();
    this.deadInSorted = 0;
  }

  /** Brings the sorted array up to date: merges pending tokens, compacts when many are dead. */
  settle(isLive: (token: string) => boolean): void {
    if (this.pending.size > 0) {
      if (this.pending.size <= 8) {
        // A typical edit adds a handful of tokens: splicing them in is cheapest.
        for (const token of this.pending)
          this.sorted.splice(lowerBound(this.sorted, token), 0, token);
      } else {
        this.sorted = mergeSorted(this.sorted, [...this.pending].sort());
      }
      this.pending.clear();
    }
    if (
      this.deadInSorted >= this.minDeadForCompaction &&
      this.deadInSorted * 4 > this.sorted.length
    ) {
      this.sorted = this.sorted.filter(isLive);
      this.deadInSorted = 0;
    }
  }

  /**
   * Calls `visit` for every settled token starting with `prefix`, in sorted order (dead
   * ones included: the caller knows which tokens still have records).
   */
  forEachWithPrefix(prefix: string, visit: (token: string) => void): void {
    const sorted = this.sorted;
    for (let i = lowerBound(sorted, prefix); i < sorted.length; i += 1) {
      const token = sorted[i] as string;
      if (!token.startsWith(prefix)) break;
      visit(token);
    }
  }
}
