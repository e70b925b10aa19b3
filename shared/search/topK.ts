// Runs in: any environment.
//
// Picks the best `capacity` records out of many candidates without sorting them all: a
// search for "de" at regional scale has a hundred thousand candidates and the user sees
// fifty. A bounded max-heap keeps the worst kept candidate at the root, so most candidates
// cost one comparison. Order: lower rank first, then shorter record, then id (stable output).

export class TopK {
  private readonly slots: Int32Array;
  private readonly ranks: Float64Array;
  private readonly lengths: Float64Array;
  private count = 0;

  /** `ids[slot]` is the record id of a slot: the last tie-breaker. */
  constructor(
    private readonly capacity: number,
    private readonly ids: readonly (string | undefined)[],
  ) {
    this.slots = new Int32Array(capacity);
    this.ranks = new Float64Array(capacity);
    this.lengths = new Float64Array(capacity);
  }

  /** Offers one candidate; kept only while it is among the best `capacity` seen so far. */
  offer(rank: number, length: number, slot: number): void {
    if (this.count < this.capacity) {
      this.slots[this.count] = slot;
      this.ranks[this.count] = rank;
      this.lengths[this.count] = length;
      this.count += 1;
      this.siftUp(this.count - 1);
      return;
    }
    if (this.capacity === 0 || !this.worse(0, rank, length, slot)) return;
    this.slots[0] = slot;
    this.ranks[0] = rank;
    this.lengths[0] = length;
    this.siftDown(0);
  }

  /** The kept slots, best first. Empties the heap. */
  drain(): number[] {
    const out = new Array<number>(this.count);
    for (let i = this.count - 1; i >= 0; i -= 1) {
      out[i] = this.slots[0] as number;
      this.count -= 1;
      if (this.count > 0) {
        this.move(this.count, 0);
        this.siftDown(0);
      }
    }
    return out;
  }

  /** Whether the kept entry at `at` ranks after the candidate (rank, length, slot). */
  private worse(at: number, rank: number, length: number, slot: number): boolean {
    const r = this.ranks[at] as number;
    if (r !== rank) return r > rank;
    const l = this.lengths[at] as number;
    if (l !== length) return l > length;
    return (this.ids[this.slots[at] as number] ?? '') > (this.ids[slot] ?? '');
  }

  private worseAt(a: number, b: number): boolean {
    return this.worse(
      a,
      this.ranks[b] as number,
      this.lengths[b] as number,
      this.slots[b] as number,
    );
  }

  private move(from: number, to: number): void {
    this.slots[to] = this.slots[from] as number;
    this.ranks[to] = this.ranks[from] as number;
    this.lengths[to] = this.lengths[from] as number;
  }

  private swap(a: number, b: number): void {
    const slot = this.slots[a] as number;
    const rank = this.ranks[a] as number;
    const length = this.lengths[a] as number;
    this.move(b, a);
    this.slots[b] = slot;
    this.ranks[b] = rank;
    this.lengths[b] = length;
  }

  private siftUp(at: number): void {
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worseAt(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(at: number): void {
    let i = at;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.count) return;
      const right = left + 1;
      const child = right < this.count && this.worseAt(right, left) ? right : left;
      if (!this.worseAt(child, i)) return;
      this.swap(i, child);
      i = child;
    }
  }
}
