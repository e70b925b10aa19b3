// Unit tests for the sorted token list behind prefix search.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedTokens } from '../../../shared/search/sortedTokens';

function withPrefix(tokens: SortedTokens, prefix: string, live: ReadonlySet<string>): string[] {
  const found: string[] = [];
  tokens.forEachWithPrefix(prefix, (token) => {
    if (live.has(token)) found.push(token);
  });
  return found;
}

describe('SortedTokens', () => {
  it('walks the tokens with a prefix in sorted order once settled', () => {
    const tokens = new SortedTokens();
    const live = new Set(['jansen', 'jan', 'de', 'janssen', 'vries']);
    for (const token of live) tokens.added(token);
    tokens.settle((token) => live.has(token));
    expect(withPrefix(tokens, 'jan', live)).toEqual(['jan', 'jansen', 'janssen']);
    expect(withPrefix(tokens, 'x', live)).toEqual([]);
  });

  it('agrees with a filtered sort after any sequence of additions, removals and settles', () => {
    const token = fc.constantFrom('a', 'ab', 'abc', 'b', 'ba', 'de', 'dek', 'ö', 'z');
    const step = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), token }),
      fc.record({
        kind: fc.constant('settle' as const),
        prefix: fc.constantFrom('', 'a', 'ab', 'b', 'd', 'x'),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 80 }),
        fc.integer({ min: 1, max: 3 }),
        (steps, minDead) => {
          const tokens = new SortedTokens(minDead);
          const live = new Set<string>();
          for (const s of steps) {
            if (s.kind === 'flip') {
              if (live.delete(s.token)) tokens.removed(s.token);
              else {
                live.add(s.token);
                tokens.added(s.token);
              }
              continue;
            }
            tokens.settle((t) => live.has(t));
            expect(withPrefix(tokens, s.prefix, live)).toEqual(
              [...live].filter((t) => t.startsWith(s.prefix)).sort(),
            );
          }
        },
      ),
    );
  });
});
