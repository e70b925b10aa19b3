// Runs in: any environment.
//
// The in-memory search index that lives in an unlocked vault session. It never touches
// disk (a persisted index would be plaintext personal data) and is dropped at lock.
// Built for search-as-you-type over a working set of up to ~200k records, where the first
// keystrokes ("d", "de", "de V") match most of the vault:
// - every record gets an integer slot and every distinct token one shared entry with the
//   slots of its records, so a keystroke walks integer arrays, never sets of id strings;
// - a query starts from its most selective token and checks the other tokens either by
//   walking their postings or, once few candidates are left, by looking at the candidates'
//   own tokens, whichever touches less;
// - a one-token query visits matching tokens shortest first and stops once `limit` records
//   are found, and only the best `limit` candidates are kept (TopK), never all sorted.
// Removing a record only marks its slot dead; dead slots are skipped and compacted away once
// they outnumber the live ones, so update() and remove() stay cheap while the vault indexes
// in slices and the user searches in between.
import { splitForSearch } from './normalize';
import { SortedTokens } from './sortedTokens';
import { TopK } from './topK';

/** One distinct token and the slots of the records that contain it. */
interface TokenEntry {
  readonly text: string;
  /** Slots of records with this token, oldest first; dead slots stay until compaction. */
  postings: number[];
  /** Live records with this token; the entry is dropped when it reaches 0. */
  live: number;
  /** Query scratch: equal to the index's `markEpoch` while this token matches the query token being checked. */
  mark: number;
  /** Query scratch: characters this token has beyond that query token. */
  extra: number;
}

/** Tokens longer than this are cut: nobody types 200 letters, and it bounds memory. */
const MAX_TOKEN_LENGTH = 64;
/** A record slot without a record (removed or replaced); `slotLength` holds this. */
const DEAD = -1;
/** Rank = prefix-only query tokens * PREFIX_WEIGHT + extra characters; extra stays far below it. */
const PREFIX_WEIGHT = 1 << 20;
/** Compaction waits until at least this many slots or tokens are dead (see SearchIndexOptions). */
const MIN_DEAD_FOR_COMPACTION = 1024;
/** The token entries of a dead slot (shared, so a removal allocates nothing). */
const NO_ENTRIES: readonly TokenEntry[] = Object.freeze([]);

export interface SearchIndexOptions {
  /**
   * How many dead record slots (and dead sorted tokens) may pile up before they are
   * compacted away; compaction also waits until the dead outnumber the live (slots) or a
   * quarter of them (tokens). Default 1024. Tests lower it to exercise compaction.
   */
  readonly minDeadForCompaction?: number;
}

/** The distinct tokens of a record's texts (or of a query), in first-seen order. */
function tokensOf(texts: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    for (const token of splitForSearch(text))
      tokens.add(token.length > MAX_TOKEN_LENGTH ? token.slice(0, MAX_TOKEN_LENGTH) : token);
  }
  return [...tokens];
}

/** Matching token entries of one query token, shortest (best) first. */
interface Expansion {
  readonly query: string;
  readonly entries: TokenEntry[];
  /** Postings of all those entries together: what walking them costs. */
  readonly postings: number;
}

export class SearchIndex {
  private readonly tokens = new Map<string, TokenEntry>();
  private readonly sorted: SortedTokens;
  private readonly minDeadForCompaction: number;
  private readonly slotOf = new Map<string, number>();
  /** Per slot: the record id, or undefined for a dead slot. */
  private slotIds: (string | undefined)[] = [];
  /** Per slot: the record's token entries (empty for a dead slot). */
  private slotTokens: (readonly TokenEntry[])[] = [];
  /** Per slot: total characters of the record's tokens (shorter records rank first), or DEAD. */
  private slotLength: number[] = [];
  private deadSlots = 0;
  /** Token references of all live records: the average tells what checking a candidate costs. */
  private tokenRefs = 0;

  // Query scratch, one number per slot, reused across queries (no allocation per candidate).
  // Each query reserves fresh stage values `base .. base + tokens - 1`; `stage[slot] ===
  // base + i` means the slot matched the query's first i + 1 tokens (by selectivity). Old
  // values are always below the next base, so nothing needs clearing between queries.
  private stage = new Int32Array(0);
  private extraSum = new Int32Array(0);
  private prefixOnly = new Int32Array(0);
  /** The candidate slots of a several-token query. */
  private candidates = new Int32Array(0);
  private stageBase = 0;
  private markEpoch = 0;

  constructor(options: SearchIndexOptions = {}) {
    this.minDeadForCompaction = options.minDeadForCompaction ?? MIN_DEAD_FOR_COMPACTION;
    this.sorted = new SortedTokens(this.minDeadForCompaction);
  }

  /** Number of indexed records. */
  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Indexes a record's texts; replaces what was indexed for `id` before. */
  add(id: string, texts: readonly string[]): void {
    const tokens = tokensOf(texts);
    const previous = this.slotOf.get(id);
    if (previous !== undefined) {
      if (sameTokens(this.slotTokens[previous] ?? NO_ENTRIES, tokens)) return;
      this.remove(id);
    }
    if (tokens.length === 0) return;
    const slot = this.slotIds.length;
    const entries: TokenEntry[] = new Array<TokenEntry>(tokens.length);
    let length = 0;
    tokens.forEach((text, i) => {
      length += text.length;
      let entry = this.tokens.get(text);
      if (entry === undefined) {
        entry = { text, postings: [], live: 0, mark: 0, extra: 0 };
        this.tokens.set(text, entry);
        this.sorted.added(text);
      }
      entry.postings.push(slot);
      entry.live += 1;
      entries[i] = entry;
    });
    this.slotIds.push(id);
    this.slotTokens.push(entries);
    this.slotLength.push(length);
    this.slotOf.set(id, slot);
    this.tokenRefs += entries.length;
  }

  /** Same as add: re-indexes a changed record. */
  update(id: string, texts: readonly string[]): void {
    this.add(id, texts);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    const entries = this.slotTokens[slot] ?? NO_ENTRIES;
    for (const entry of entries) {
      entry.live -= 1;
      if (entry.live === 0) {
        this.tokens.delete(entry.text);
        this.sorted.removed(entry.text);
      }
    }
    this.tokenRefs -= entries.length;
    this.slotIds[slot] = undefined;
    this.slotTokens[slot] = NO_ENTRIES;
    this.slotLength[slot] = DEAD;
    this.deadSlots += 1;
  }

  clear(): void {
    this.tokens.clear();
    this.sorted.clear();
    this.slotOf.clear();
    this.slotIds = [];
    this.slotTokens = [];
    this.slotLength = [];
    this.deadSlots = 0;
    this.tokenRefs = 0;
    this.stage = new Int32Array(0);
    this.extraSum = new Int32Array(0);
    this.prefixOnly = new Int32Array(0);
    this.candidates = new Int32Array(0);
  }

  /**
   * Ids of records where every query token is a prefix of some token of the record,
   * best first: records matching more query tokens exactly, then with fewer extra
   * characters in the matched tokens, then shorter records (then by id).
   */
  query(text: string, limit = 50): string[] {
    if (!(limit >= 1)) return [];
    const queryTokens = tokensOf([text]);
    if (queryTokens.length === 0 || this.slotOf.size === 0) return [];
    this.settle();
    const expansions: Expansion[] = [];
    for (const query of queryTokens) {
      const expansion = this.expand(query);
      if (expansion.entries.length === 0) return [];
      expansions.push(expansion);
    }
    const capacity = Math.min(Math.floor(limit), this.slotOf.size);
    const top = new TopK(capacity, this.slotIds);
    const [only] = expansions;
    if (expansions.length === 1 && only !== undefined) this.rankSingle(only, top, capacity);
    else this.rankAll(expansions, top);
    return top.drain().map((slot) => this.slotIds[slot] as string);
  }

  /**
   * One query token (the first keystrokes): walks the matching tokens shortest first and
   * stops after the length at which `limit` records are found. A record's shortest matching
   * token is its best match, so no record left unvisited could rank higher.
   */
  private rankSingle(expansion: Expansion, top: TopK, limit: number): void {
    const base = this.nextStageBase(1);
    const { stage, slotLength } = this;
    const { entries, query } = expansion;
    let found = 0;
    let i = 0;
    while (i < entries.length && found < limit) {
      const length = (entries[i] as TokenEntry).text.length;
      const extra = length - query.length;
      const rank = extra === 0 ? 0 : PREFIX_WEIGHT + extra;
      for (; i < entries.length && (entries[i] as TokenEntry).text.length === length; i += 1) {
        for (const slot of (entries[i] as TokenEntry).postings) {
          const recordLength = slotLength[slot] as number;
          if (recordLength === DEAD || stage[slot] === base) continue;
          stage[slot] = base;
          found += 1;
          top.offer(rank, recordLength, slot);
        }
      }
    }
  }

  /**
   * Several query tokens: the most selective one yields the candidates, every other one
   * narrows them down (smallest first), then the best `limit` are kept.
   */
  private rankAll(expansions: Expansion[], top: TopK): void {
    expansions.sort((a, b) => a.postings - b.postings);
    const base = this.nextStageBase(expansions.length);
    const { stage, extraSum, prefixOnly, slotLength, candidates } = this;
    let count = 0;
    expansions.forEach((expansion, i) => {
      if (i === 0) {
        count = this.firstCandidates(expansion, base);
        return;
      }
      const checkCost = count * (this.tokenRefs / Math.max(1, this.slotOf.size));
      if (checkCost < expansion.postings) this.narrowByRecordTokens(count, expansion, base + i);
      else this.narrowByPostings(expansion, base + i);
      // Keep the candidates that reached this stage, in place.
      let kept = 0;
      for (let c = 0; c < count; c += 1) {
        const slot = candidates[c] as number;
        if (stage[slot] === base + i) candidates[kept++] = slot;
      }
      count = kept;
    });
    for (let c = 0; c < count; c += 1) {
      const slot = candidates[c] as number;
      top.offer(
        (prefixOnly[slot] as number) * PREFIX_WEIGHT + (extraSum[slot] as number),
        slotLength[slot] as number,
        slot,
      );
    }
  }

  /** Records matching the first (most selective) query token, with their best extra, into `candidates`; returns how many. */
  private firstCandidates(expansion: Expansion, base: number): number {
    const { stage, extraSum, prefixOnly, slotLength, candidates } = this;
    let count = 0;
    for (const entry of expansion.entries) {
      const extra = entry.text.length - expansion.query.length;
      for (const slot of entry.postings) {
        if (slotLength[slot] === DEAD || stage[slot] === base) continue;
        stage[slot] = base;
        extraSum[slot] = extra;
        prefixOnly[slot] = extra === 0 ? 0 : 1;
        candidates[count++] = slot;
      }
    }
    return count;
  }

  /** Moves candidates that also match this query token to stage `to` (walks its postings). */
  private narrowByPostings(expansion: Expansion, to: number): void {
    const { stage, extraSum, prefixOnly } = this;
    const from = to - 1;
    for (const entry of expansion.entries) {
      const extra = entry.text.length - expansion.query.length;
      for (const slot of entry.postings) {
        if (stage[slot] !== from) continue;
        stage[slot] = to;
        extraSum[slot] = (extraSum[slot] as number) + extra;
        if (extra > 0) prefixOnly[slot] = (prefixOnly[slot] as number) + 1;
      }
    }
  }

  /** The same, by looking at each candidate's own tokens: cheaper when few candidates are left. */
  private narrowByRecordTokens(count: number, expansion: Expansion, to: number): void {
    const { stage, extraSum, prefixOnly, slotTokens, candidates } = this;
    this.markEpoch += 1;
    const mark = this.markEpoch;
    for (const entry of expansion.entries) {
      entry.mark = mark;
      entry.extra = entry.text.length - expansion.query.length;
    }
    for (let c = 0; c < count; c += 1) {
      const slot = candidates[c] as number;
      let best = -1;
      for (const entry of slotTokens[slot] ?? NO_ENTRIES) {
        if (entry.mark === mark && (best === -1 || entry.extra < best)) best = entry.extra;
      }
      if (best === -1) continue;
      stage[slot] = to;
      extraSum[slot] = (extraSum[slot] as number) + best;
      if (best > 0) prefixOnly[slot] = (prefixOnly[slot] as number) + 1;
    }
  }

  /** The live token entries starting with `query`, shortest first. */
  /**
   * The benchmark's floor for a query (docs/performance.md): finds the tokens each query token
   * is a prefix of and reads every one of their postings once, without intersecting, checking
   * or ranking. Returns the number of postings read.
   */
  scanPostings(text: string): number {
    this.settle();
    let read = 0;
    for (const query of tokensOf([text])) {
      for (const entry of this.expand(query).entries) {
        for (const slot of entry.postings) read += slot >= 0 ? 1 : 0;
      }
    }
    return read;
  }

  private expand(query: string): Expansion {
    const entries: TokenEntry[] = [];
    let postings = 0;
    this.sorted.forEachWithPrefix(query, (text) => {
      const entry = this.tokens.get(text);
      if (entry === undefined) return;
      entries.push(entry);
      postings += entry.postings.length;
    });
    entries.sort((a, b) => a.text.length - b.text.length);
    return { query, entries, postings };
  }

  /** Reserves `stages` fresh stage values for one query; grows the scratch arrays to the slot count. */
  private nextStageBase(stages: number): number {
    const slots = this.slotIds.length;
    if (this.stage.length < slots) {
      const capacity = Math.max(slots, this.stage.length * 2, 1024);
      const stage = new Int32Array(capacity);
      stage.set(this.stage);
      this.stage = stage;
      this.extraSum = new Int32Array(capacity);
      this.prefixOnly = new Int32Array(capacity);
      this.candidates = new Int32Array(capacity);
    }
    if (this.stageBase + stages + 1 >= 0x3fffffff) {
      this.stage.fill(0);
      this.stageBase = 0;
    }
    const base = this.stageBase + 1;
    this.stageBase += stages + 1;
    return base;
  }

  /** Merges new tokens into the sorted list and drops dead slots once they outnumber the live ones. */
  private settle(): void {
    this.sorted.settle((token) => this.tokens.has(token));
    if (this.deadSlots >= this.minDeadForCompaction && this.deadSlots > this.slotOf.size)
      this.compact();
  }

  /** Renumbers the live slots densely and drops dead slots from every posting list. */
  private compact(): void {
    const renumber = new Int32Array(this.slotIds.length).fill(-1);
    const ids: (string | undefined)[] = [];
    const tokens: (readonly TokenEntry[])[] = [];
    const lengths: number[] = [];
    this.slotIds.forEach((id, slot) => {
      if (id === undefined) return;
      renumber[slot] = ids.length;
      this.slotOf.set(id, ids.length);
      ids.push(id);
      tokens.push(this.slotTokens[slot] ?? NO_ENTRIES);
      lengths.push(this.slotLength[slot] ?? DEAD);
    });
    for (const entry of this.tokens.values()) {
      const postings: number[] = [];
      for (const slot of entry.postings) {
        const to = renumber[slot] as number;
        if (to !== -1) postings.push(to);
      }
      entry.postings = postings;
    }
    this.slotIds = ids;
    this.slotTokens = tokens;
    this.slotLength = lengths;
    this.deadSlots = 0;
    // Old stage values may now sit on other records: start the scratch afresh.
    this.stage.fill(0);
    this.stageBase = 0;
  }
}

/** Whether a record's indexed entries are exactly these tokens (an unchanged re-index). */
function sameTokens(entries: readonly TokenEntry[], tokens: readonly string[]): boolean {
  if (entries.length !== tokens.length) return false;
  for (let i = 0; i < tokens.length; i += 1) if (entries[i]?.text !== tokens[i]) return false;
  return true;
}
