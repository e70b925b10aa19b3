// Runs in: any environment.
//
// The in-memory search index that lives in an unlocked vault session. It never touches
// disk (a persisted index would be plaintext personal data) and is dropped at lock.
// Built for a working set of up to ~200k records: a token -> ids map plus a sorted array
// of distinct tokens, so a keystroke costs a binary search and a walk over the matching
// tokens, never a scan over every record.
import { tokenizeForSearch } from './normalize';

interface IndexedDoc {
  /** Distinct normalised tokens of the record's search texts. */
  readonly tokens: readonly string[];
  /** Total characters of those tokens: a tie-breaker (shorter records rank first). */
  readonly length: number;
}

interface Ranked {
  readonly id: string;
  /** Query tokens that only matched as a prefix (fewer is better). */
  readonly prefixOnly: number;
  /** Characters the matched tokens have beyond the query tokens (fewer is better). */
  readonly extra: number;
  readonly length: number;
}

/** Tokens longer than this are cut: nobody types 200 letters, and it bounds memory. */
const MAX_TOKEN_LENGTH = 64;

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

function compareRanked(a: Ranked, b: Ranked): number {
  return a.prefixOnly - b.prefixOnly || a.extra - b.extra || a.length - b.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function tokensOf(texts: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    for (const token of tokenizeForSearch(text)) tokens.add(token.slice(0, MAX_TOKEN_LENGTH));
  }
  return [...tokens];
}

export class SearchIndex {
  private readonly docs = new Map<string, IndexedDoc>();
  private readonly postings = new Map<string, Set<string>>();
  /** Distinct tokens in sorted order; may still hold tokens whose postings became empty ("dead"). */
  private sorted: string[] = [];
  /** Tokens with postings that are not yet in `sorted`; merged in on the next query. */
  private readonly pending = new Set<string>();
  private deadInSorted = 0;

  /** Number of indexed records. */
  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /** Indexes a record's texts; replaces what was indexed for `id` before. */
  add(id: string, texts: readonly string[]): void {
    if (this.docs.has(id)) this.remove(id);
    const tokens = tokensOf(texts);
    if (tokens.length === 0) return;
    let length = 0;
    for (const token of tokens) {
      length += token.length;
      let ids = this.postings.get(token);
      if (ids === undefined) {
        ids = new Set<string>();
        this.postings.set(token, ids);
        this.noteNewToken(token);
      }
      ids.add(id);
    }
    this.docs.set(id, { tokens, length });
  }

  /** Same as add: re-indexes a changed record. */
  update(id: string, texts: readonly string[]): void {
    this.add(id, texts);
  }

  remove(id: string): void {
    const doc = this.docs.get(id);
    if (doc === undefined) return;
    this.docs.delete(id);
    for (const token of doc.tokens) {
      const ids = this.postings.get(token);
      if (ids === undefined) continue;
      ids.delete(id);
      if (ids.size === 0) {
        this.postings.delete(token);
        if (this.pending.has(token)) this.pending.delete(token);
        else this.deadInSorted += 1;
      }
    }
  }

  clear(): void {
    this.docs.clear();
    this.postings.clear();
    this.sorted = [];
    this.pending.clear();
    this.deadInSorted = 0;
  }

  /**
   * Ids of records where every query token is a prefix of some token of the record,
   * best first: records matching more query tokens exactly, then with fewer extra
   * characters in the matched tokens, then shorter records.
   */
  query(text: string, limit = 50): string[] {
    if (limit <= 0) return [];
    const queryTokens = tokensOf([text]);
    if (queryTokens.length === 0) return [];
    this.settle();
    const [only] = queryTokens;
    if (queryTokens.length === 1 && only !== undefined) return this.querySingle(only, limit);
    // Drive the search with the longest query token: it has the fewest matching tokens.
    const driver = queryTokens.reduce((best, token) => (token.length > best.length ? token : best));
    const candidates = new Set<string>();
    for (const token of this.tokensWithPrefix(driver)) {
      const ids = this.postings.get(token);
      if (ids !== undefined) for (const id of ids) candidates.add(id);
    }
    const ranked: Ranked[] = [];
    for (const id of candidates) {
      const doc = this.docs.get(id);
      if (doc === undefined) continue;
      const score = scoreDoc(doc, queryTokens);
      if (score !== undefined) ranked.push({ id, ...score, length: doc.length });
    }
    ranked.sort(compareRanked);
    return ranked.slice(0, limit).map((entry) => entry.id);
  }

  /**
   * One query token (the first keystrokes): walks the matching tokens shortest first and
   * stops after the length at which `limit` records are found. A record's shortest matching
   * token is its best match, so no record left unvisited could rank higher.
   */
  private querySingle(query: string, limit: number): string[] {
    const tokens = this.tokensWithPrefix(query).sort((a, b) => a.length - b.length);
    const seen = new Set<string>();
    const ranked: Ranked[] = [];
    let i = 0;
    while (i < tokens.length && ranked.length < limit) {
      const length = (tokens[i] as string).length;
      for (; i < tokens.length && (tokens[i] as string).length === length; i += 1) {
        for (const id of this.postings.get(tokens[i] as string) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          const doc = this.docs.get(id);
          if (doc !== undefined) ranked.push({ id, prefixOnly: length === query.length ? 0 : 1, extra: length - query.length, length: doc.length });
        }
      }
    }
    ranked.sort(compareRanked);
    return ranked.slice(0, limit).map((entry) => entry.id);
  }

  /** Live tokens starting with `prefix`, in sorted order (binary search, then a walk). */
  private tokensWithPrefix(prefix: string): string[] {
    const found: string[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i += 1) {
      const token = this.sorted[i];
      if (token === undefined || !token.startsWith(prefix)) break;
      if (this.postings.has(token)) found.push(token);
    }
    return found;
  }

  /** A new token: usually goes to `pending`, unless it is still in `sorted` as a dead entry. */
  private noteNewToken(token: string): void {
    const at = lowerBound(this.sorted, token);
    if (this.sorted[at] === token) this.deadInSorted -= 1;
    else this.pending.add(token);
  }

  /** Brings `sorted` up to date: merges pending tokens and compacts when many are dead. */
  private settle(): void {
    if (this.pending.size > 0) {
      if (this.pending.size <= 8) {
        // A typical edit adds a handful of tokens: splicing them in is cheapest.
        for (const token of this.pending) this.sorted.splice(lowerBound(this.sorted, token), 0, token);
      } else {
        this.sorted = mergeSorted(this.sorted, [...this.pending].sort());
      }
      this.pending.clear();
    }
    if (this.deadInSorted > 1024 && this.deadInSorted * 4 > this.sorted.length) {
      this.sorted = this.sorted.filter((token) => this.postings.has(token));
      this.deadInSorted = 0;
    }
  }
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

function scoreDoc(doc: IndexedDoc, queryTokens: readonly string[]): { prefixOnly: number; extra: number } | undefined {
  let prefixOnly = 0;
  let extra = 0;
  for (const query of queryTokens) {
    let best = -1;
    for (const token of doc.tokens) {
      if (!token.startsWith(query)) continue;
      const over = token.length - query.length;
      if (best === -1 || over < best) best = over;
      if (over === 0) break;
    }
    if (best === -1) return undefined;
    if (best > 0) prefixOnly += 1;
    extra += best;
  }
  return { prefixOnly, extra };
}
