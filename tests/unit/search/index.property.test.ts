// Property tests for the search index: after any interleaving of add/update/remove/clear
// and queries (the vault indexes in slices while the user already searches), the index
// answers exactly like a brute-force search over the same records. No timing assertions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../shared/search/index';
import { tokenizeForSearch } from '../../../shared/search/normalize';

/** The ranking contract, by brute force: every record, every token, full sort. */
function tokensOf(texts: readonly string[]): string[] {
  return [
    ...new Set(texts.flatMap((text) => tokenizeForSearch(text).map((token) => token.slice(0, 64)))),
  ];
}

function referenceQuery(
  records: ReadonlyMap<string, readonly string[]>,
  text: string,
  limit: number,
): string[] {
  const query = tokensOf([text]);
  if (query.length === 0 || !(limit >= 1)) return [];
  const hits: { id: string; prefixOnly: number; extra: number; length: number }[] = [];
  for (const [id, texts] of records) {
    const tokens = tokensOf(texts);
    let prefixOnly = 0;
    let extra = 0;
    let matches = tokens.length > 0;
    for (const q of query) {
      const over = tokens.filter((t) => t.startsWith(q)).map((t) => t.length - q.length);
      if (over.length === 0) {
        matches = false;
        break;
      }
      const best = Math.min(...over);
      if (best > 0) prefixOnly += 1;
      extra += best;
    }
    if (matches)
      hits.push({ id, prefixOnly, extra, length: tokens.reduce((n, t) => n + t.length, 0) });
  }
  hits.sort(
    (a, b) =>
      a.prefixOnly - b.prefixOnly ||
      a.extra - b.extra ||
      a.length - b.length ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return hits.slice(0, Math.floor(limit)).map((hit) => hit.id);
}

function indexedCount(records: ReadonlyMap<string, readonly string[]>): number {
  return [...records.values()].filter((texts) => tokensOf(texts).length > 0).length;
}

// Few letters, so that prefixes collide a lot; diacritics, capitals and separators so that
// normalisation takes part; tussenvoegsels as whole words.
const syllable = fc.constantFrom('a', 'b', 'd', 'e', 'é', 'Ö', 'o', 'ij', 'Ĳ', 'de', 'van', '-');
const word = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const text = fc.array(word, { maxLength: 6 }).map((words) => words.join(' '));
const recordId = fc.integer({ min: 0, max: 15 }).map((n) => `r${String(n).padStart(2, '0')}`);

type Op =
  | { readonly kind: 'update'; readonly id: string; readonly texts: readonly string[] }
  | { readonly kind: 'slice'; readonly from: number; readonly texts: readonly string[] }
  | { readonly kind: 'remove'; readonly id: string }
  | { readonly kind: 'query'; readonly text: string; readonly limit: number }
  | { readonly kind: 'clear' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      id: recordId,
      texts: fc.array(text, { maxLength: 2 }),
    }),
  },
  // A slice of new records at once, as the vault's background indexing does.
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('slice' as const),
      from: fc.integer({ min: 0, max: 40 }),
      texts: fc.array(text, { minLength: 1, maxLength: 12 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('remove' as const), id: recordId }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('query' as const),
      text: fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
      limit: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(100)),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
);

function replay(index: SearchIndex, records: Map<string, readonly string[]>, step: Op): void {
  switch (step.kind) {
    case 'update':
      index.update(step.id, step.texts);
      records.set(step.id, step.texts);
      return;
    case 'slice':
      step.texts.forEach((t, i) => {
        const id = `s${String(step.from + i).padStart(2, '0')}`;
        index.update(id, [t]);
        records.set(id, [t]);
      });
      return;
    case 'remove':
      index.remove(step.id);
      records.delete(step.id);
      return;
    case 'query':
      expect(index.query(step.text, step.limit)).toEqual(
        referenceQuery(records, step.text, step.limit),
      );
      return;
    case 'clear':
      index.clear();
      records.clear();
      return;
    default: {
      const never: never = step;
      throw new Error(`unknown step ${JSON.stringify(never)}`);
    }
  }
}

describe('SearchIndex against a brute-force reference', () => {
  it('agrees after any interleaving of updates, removals, slices, clears and queries', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 120 }),
        fc.integer({ min: 1, max: 4 }),
        (ops, minDeadForCompaction) => {
          // A low compaction threshold so that dead slots and tokens are compacted mid-run.
          const index = new SearchIndex({ minDeadForCompaction });
          const records = new Map<string, readonly string[]>();
          for (const step of ops) replay(index, records, step);
          expect(index.size).toBe(indexedCount(records));
          for (const id of records.keys())
            expect(index.has(id)).toBe(tokensOf(records.get(id) ?? []).length > 0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('ranks every prefix of a query like the reference (search as you type)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 40 }),
        text,
        fc.integer({ min: 1, max: 8 }),
        (texts, typed, limit) => {
          const index = new SearchIndex();
          const records = new Map<string, readonly string[]>();
          texts.forEach((t, i) => {
            const id = `d${String(i).padStart(2, '0')}`;
            index.add(id, t);
            records.set(id, t);
          });
          const chars = [...typed];
          for (let end = 1; end <= chars.length; end += 1) {
            const prefix = chars.slice(0, end).join('');
            expect(index.query(prefix, limit)).toEqual(referenceQuery(records, prefix, limit));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees when a rare query token meets common ones (candidates checked by their own tokens)', () => {
    // Every record carries common words, so the second query token matches far more
    // records than the first: the index then checks the few candidates' tokens directly.
    const common = fc.subarray(['de', 'van', 'daar', 'dan', 'vaak', 'bij', 'en'], { minLength: 2 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('ab', 'bo', 'ij', 'Öd', 'abé', 'dé'), common), {
          minLength: 5,
          maxLength: 40,
        }),
        fc.integer({ min: 0, max: 39 }),
        fc.constantFrom('d', 'de', 'va', 'van', 'b', 'e', 'da'),
        fc.integer({ min: 1, max: 5 }),
        (rows, pick, second, limit) => {
          const index = new SearchIndex({ minDeadForCompaction: 1 });
          const records = new Map<string, readonly string[]>();
          rows.forEach(([rare, words], i) => {
            const texts = [`${rare} ${words.join(' ')}`];
            index.add(`d${String(i).padStart(2, '0')}`, texts);
            records.set(`d${String(i).padStart(2, '0')}`, texts);
          });
          const [rare] = rows[pick % rows.length] ?? ['a'];
          for (const q of [
            `${rare} ${second}`,
            `${second} ${rare}`,
            `${rare.slice(0, 1)} ${second}`,
          ]) {
            expect(index.query(q, limit)).toEqual(referenceQuery(records, q, limit));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays correct when records move during compaction and are changed afterwards', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 4, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        text,
        word,
        (texts, removeMask, replacement, q) => {
          const index = new SearchIndex({ minDeadForCompaction: 1 });
          const records = new Map<string, readonly string[]>();
          texts.forEach((t, i) => {
            index.add(`d${i}`, [t]);
            records.set(`d${i}`, [t]);
          });
          texts.forEach((_, i) => {
            if (removeMask[i] === true) {
              index.remove(`d${i}`);
              records.delete(`d${i}`);
            }
          });
          index.query(q, 5); // compacts when more slots are dead than live
          // Change and remove survivors after they may have moved to other slots.
          for (const id of [...records.keys()].slice(0, 3)) {
            index.update(id, [replacement]);
            records.set(id, [replacement]);
          }
          const last = [...records.keys()].at(-1);
          if (last !== undefined) {
            index.remove(last);
            records.delete(last);
          }
          expect(index.query(q, 100)).toEqual(referenceQuery(records, q, 100));
          expect(index.query(replacement, 100)).toEqual(referenceQuery(records, replacement, 100));
          expect(index.size).toBe(indexedCount(records));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same answers whether built at once or in slices with queries in between', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(word, { minLength: 1, maxLength: 5 }),
        (texts, sliceSize, queries) => {
          const whole = new SearchIndex();
          texts.forEach((t, i) => whole.add(`d${i}`, [t]));
          const sliced = new SearchIndex();
          for (let from = 0; from < texts.length; from += sliceSize) {
            texts
              .slice(from, from + sliceSize)
              .forEach((t, i) => sliced.update(`d${from + i}`, [t]));
            for (const q of queries) sliced.query(q, 3);
          }
          for (const q of queries) expect(sliced.query(q, 10)).toEqual(whole.query(q, 10));
        },
      ),
      { numRuns: 150 },
    );
  });
});
