// Unit tests for the list computations of the long lists and the search dialog: at most
// 20 search results with a "more" flag, lookups by id for the Acties rows, and the pupil
// list's filter over a regional number of pupils (the same array back without a query, so
// memoised rows stay valid).
import { describe, expect, it } from 'vitest';
import type { Pupil } from '../../../../shared/domain/pupil';
import { buildPupilRows, filterPupilRows, pupilRowKey } from '../../../../shared/domain/pupilList';
import { byId } from '../../../../shared/meetings/actionsView';
import { searchResultsView, type SearchHitLike } from '../../../../shared/search/searchResults';

const NOW = '2026-11-22T10:00:00+01:00';
const pupil = (i: number): Pupil => ({
  id: `p${i}`,
  firstName: `Kind${i}`,
  lastName: i % 2 === 0 ? 'Özdemir' : 'de Vries',
  dateOfBirth: '2015-03-12',
  group: `${(i % 8) + 1}`,
  guardians: [],
  createdAt: NOW,
  updatedAt: NOW,
});
const lookup = { pupil: () => undefined, case: () => undefined };
const hitsOf = (n: number): SearchHitLike[] =>
  Array.from({ length: n }, (_, i) => ({ type: 'pupil', id: `p${i}`, record: pupil(i) }));

describe('searchResultsView', () => {
  it('shows everything when there are few results', () => {
    const view = searchResultsView(hitsOf(5), lookup, 20, 80);
    expect(view.items).toHaveLength(5);
    expect(view.more).toBe(false);
  });
  it('shows at most 20 rows and says there are more', () => {
    const view = searchResultsView(hitsOf(21), lookup, 20, 80);
    expect(view.items).toHaveLength(20);
    expect(view.items[19]?.key).toBe('pupil:p19');
    expect(view.more).toBe(true);
  });
  it('says there are more when the index stopped at the raw limit', () => {
    const sameCaseHits: SearchHitLike[] = [
      ...hitsOf(3),
      ...Array.from({ length: 77 }, (_, i) => ({
        type: 'directory.contact',
        id: `x${i}`,
        record: {},
      })),
    ];
    const view = searchResultsView(sameCaseHits, lookup, 20, 80);
    expect(view.items).toHaveLength(3);
    expect(view.more).toBe(true);
  });
});

describe('byId', () => {
  it('finds records by id', () => {
    const map = byId([pupil(1), pupil(2)]);
    expect(map.get('p2')?.firstName).toBe('Kind2');
    expect(map.get('p3')).toBeUndefined();
  });
});

describe('pupil list at regional size', () => {
  const rows = buildPupilRows(
    Array.from({ length: 14_000 }, (_, i) => pupil(i)),
    [],
  );
  it('returns the same rows without a query (memoised rows stay valid)', () => {
    expect(filterPupilRows(rows, '  ')).toBe(rows);
  });
  it('filters over every row without accents and keys rows by id', () => {
    const found = filterPupilRows(rows, 'ozdemir kind1399');
    expect(found.map(pupilRowKey).sort()).toEqual([
      'p13990',
      'p13992',
      'p13994',
      'p13996',
      'p13998',
    ]);
  });
});
