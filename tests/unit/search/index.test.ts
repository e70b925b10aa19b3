// Unit tests for the in-memory search index (no timing assertions).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../shared/search/index';

describe('SearchIndex', () => {
  it('finds diacritics with plain letters and the other way round', () => {
    const index = new SearchIndex();
    index.add('a', ['Ayşe Özdemir', 'groep 5']);
    index.add('b', ['Coördinator zorg']);
    index.add('c', ['Ĳsselmeer']);
    expect(index.query('ozdemir')).toEqual(['a']);
    expect(index.query('ÖZDEMİR')).toEqual(['a']);
    expect(index.query('ayse ozd')).toEqual(['a']);
    expect(index.query('coordinator')).toEqual(['b']);
    expect(index.query('ijssel')).toEqual(['c']);
  });

  it('requires every query token to prefix-match some token', () => {
    const index = new SearchIndex();
    index.add('a', ['Jan de Vries']);
    index.add('b', ['Jan Jansen']);
    // Both match "jan" exactly; the shorter record ("jan jansen") ranks first.
    expect(index.query('jan')).toEqual(['b', 'a']);
    expect(index.query('jan vri')).toEqual(['a']);
    expect(index.query('jan xyz')).toEqual([]);
    expect(index.query('')).toEqual([]);
    expect(index.query('  -- ')).toEqual([]);
  });

  it('ranks exact matches before prefix matches, then shorter tokens, then shorter records', () => {
    const index = new SearchIndex();
    index.add('prefix-long', ['Jansenius']);
    index.add('prefix-short', ['Jansen']);
    index.add('exact-long-record', ['Jans', 'met een hele lange beschrijving erbij']);
    index.add('exact', ['Jans']);
    expect(index.query('jans')).toEqual([
      'exact',
      'exact-long-record',
      'prefix-short',
      'prefix-long',
    ]);
  });

  it('respects the limit', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 100; i += 1)
      index.add(`id${String(i).padStart(3, '0')}`, [`leerling ${i}`]);
    expect(index.query('leerling', 10)).toHaveLength(10);
    expect(index.query('leerling', 0)).toEqual([]);
    expect(index.query('leerling 42')).toEqual(['id042']);
  });

  it('updates and removes', () => {
    const index = new SearchIndex();
    index.add('a', ['Bakker']);
    expect(index.query('bak')).toEqual(['a']);
    index.update('a', ['Visser']);
    expect(index.query('bak')).toEqual([]);
    expect(index.query('vis')).toEqual(['a']);
    index.remove('a');
    expect(index.query('vis')).toEqual([]);
    expect(index.size).toBe(0);
    index.add('a', ['Visser']);
    expect(index.query('vis')).toEqual(['a']);
    index.clear();
    expect(index.query('vis')).toEqual([]);
  });

  it('stays correct through many adds and removes (tokens merged, dead tokens compacted)', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 5000; i += 1) index.add(`r${i}`, [`naam${i} gemeenschappelijk`]);
    expect(index.query('naam4999')).toEqual(['r4999']);
    for (let i = 0; i < 4000; i += 1) index.remove(`r${i}`);
    expect(index.query('naam1')).toEqual([]);
    expect(index.query('gemeen', 5000)).toHaveLength(1000);
    for (let i = 0; i < 50; i += 1) index.add(`s${i}`, [`naam${i}`]);
    expect(index.query('naam10')).toEqual(['s10']);
    expect(index.query('naam4500')).toEqual(['r4500']);
  });

  it('agrees with a brute-force reference implementation', () => {
    const word = fc.constantFrom(
      'jan',
      'jansen',
      'de',
      'vries',
      'özdemir',
      'ozil',
      'ab',
      'abc',
      'zorg',
      'coördinator',
    );
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        id: fc.integer({ min: 0, max: 9 }),
        words: fc.array(word, { maxLength: 4 }),
      }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 9 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 30 }),
        fc.array(word, { minLength: 1, maxLength: 2 }),
        (ops, queryWords) => {
          const index = new SearchIndex();
          const reference = new Map<string, string[]>();
          const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
          for (const step of ops) {
            const id = `id${step.id}`;
            if (step.kind === 'add') {
              index.add(id, step.words);
              reference.set(id, step.words.map(fold));
            } else {
              index.remove(id);
              reference.delete(id);
            }
          }
          const query = queryWords.map(fold);
          const expected = [...reference.entries()]
            .filter(([, tokens]) => query.every((q) => tokens.some((t) => t.startsWith(q))))
            .map(([id]) => id)
            .sort();
          expect(index.query(queryWords.join(' '), 100).sort()).toEqual(expected);
        },
      ),
    );
  });

  it('ranks exactly like a brute-force reference, also when the limit cuts the list short', () => {
    const word = fc.constantFrom(
      'a',
      'ab',
      'abc',
      'abcd',
      'abd',
      'b',
      'bar',
      'barend',
      'de',
      'dekker',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { maxLength: 25 }),
        fc.array(fc.constantFrom('a', 'ab', 'b', 'ba', 'd', 'de', 'abc'), {
          minLength: 1,
          maxLength: 2,
        }),
        fc.integer({ min: 1, max: 6 }),
        (docs, query, limit) => {
          const index = new SearchIndex();
          docs.forEach((words, i) =>
            index.add(`d${String(i).padStart(2, '0')}`, [words.join(' ')]),
          );
          const queryTokens = [...new Set(query)];
          const expected = docs
            .map((words, i) => {
              const tokens = [...new Set(words)];
              let prefixOnly = 0;
              let extra = 0;
              for (const q of queryTokens) {
                const over = tokens.filter((t) => t.startsWith(q)).map((t) => t.length - q.length);
                if (over.length === 0) return null;
                const best = Math.min(...over);
                if (best > 0) prefixOnly += 1;
                extra += best;
              }
              const length = tokens.reduce((n, t) => n + t.length, 0);
              return {
                id: `d${String(i).padStart(2, '0')}`,
                key: [prefixOnly, extra, length] as const,
              };
            })
            .filter((entry) => entry !== null)
            .sort(
              (a, b) =>
                a.key[0] - b.key[0] ||
                a.key[1] - b.key[1] ||
                a.key[2] - b.key[2] ||
                (a.id < b.id ? -1 : 1),
            )
            .slice(0, limit)
            .map((entry) => entry.id);
          expect(index.query(query.join(' '), limit)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: any text with diacritics is found by its stripped version', () => {
    const marks = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0308', '\u030a', '\u0327', '\u030c'];
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
    const decoratedLetter = fc.tuple(
      letter,
      fc.array(fc.constantFrom(...marks), { maxLength: 2 }),
      fc.boolean(),
    );
    const word = fc.array(decoratedLetter, { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const decorated = words
          .map((w) =>
            w
              .map(([l, m, upper]) => (upper ? l.toUpperCase() : l) + m.join(''))
              .join('')
              .normalize('NFC'),
          )
          .join(' ');
        const plain = words.map((w) => w.map(([l]) => l).join('')).join(' ');
        const index = new SearchIndex();
        index.add('other', ['iets anders']);
        index.add('target', [decorated]);
        expect(index.query(plain)).toContain('target');
        // And the decorated text finds a record stored without diacritics.
        const reverse = new SearchIndex();
        reverse.add('target', [plain]);
        expect(reverse.query(decorated)).toEqual(['target']);
      }),
    );
  });

  it('scanPostings (the benchmark floor) reads every posting of the tokens each query word prefixes, and no more', () => {
    const index = new SearchIndex();
    index.add('a', ['Jan de Vries', 'groep 5']);
    index.add('b', ['Janneke Vos']);
    index.add('c', ['Johan de Jong']);
    // "jan": jan (a), janneke (b); "de": de (a, c)
    expect(index.scanPostings('jan')).toBe(2);
    expect(index.scanPostings('jan de')).toBe(4);
    expect(index.scanPostings('xyz')).toBe(0);
    index.remove('a');
    expect(index.scanPostings('jan')).toBe(1);
  });
});
