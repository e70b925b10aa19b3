// Unit tests for the Leerlingen list rows: Dutch sort order, the accent-free filter and open case counts.
import { describe, expect, it } from 'vitest';
import type { Pupil } from '../../../shared/domain/pupil';
import { buildPupilRows, filterPupilRows, openCaseCounts } from '../../../shared/domain/pupilList';

const NOW = '2026-11-22T10:00:00+01:00';

function pupil(id: string, firstName: string, lastName: string, extra: Partial<Pupil> = {}): Pupil {
  return {
    id,
    firstName,
    lastName,
    dateOfBirth: '2015-03-12',
    guardians: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  };
}

const pupils = [
  pupil('p1', 'Zoë', 'Berg', { tussenvoegsel: 'van der', group: '5B' }),
  pupil('p2', 'Ayla', 'Özdemir', { group: '7A', externalId: '1001' }),
  pupil('p3', 'Daan', 'Jansen', { group: '4A' }),
  pupil('p4', 'Emma', 'Aalders'),
];

describe('buildPupilRows', () => {
  it('sorts by surname proper, ignoring the tussenvoegsel, accents compared the Dutch way', () => {
    const rows = buildPupilRows(pupils, []);
    expect(rows.map((r) => r.sortName)).toEqual([
      'Aalders, Emma',
      'Berg, Zoë van der',
      'Jansen, Daan',
      'Özdemir, Ayla',
    ]);
  });

  it('counts only open cases per pupil', () => {
    const rows = buildPupilRows(pupils, [
      { pupilId: 'p2', status: 'signalering' },
      { pupilId: 'p2', status: 'afgesloten' },
      { pupilId: 'p2', status: 'verwezen' },
      { pupilId: 'p3', status: 'afgesloten' },
    ]);
    expect(rows.find((r) => r.pupil.id === 'p2')?.openCases).toBe(2);
    expect(rows.find((r) => r.pupil.id === 'p3')?.openCases).toBe(0);
  });

  it('keeps a stable order for namesakes (date of birth, then id)', () => {
    const twins = [
      pupil('b', 'Sem', 'Groot', { dateOfBirth: '2015-01-01' }),
      pupil('a', 'Sem', 'Groot', { dateOfBirth: '2015-01-01' }),
      pupil('c', 'Sem', 'Groot', { dateOfBirth: '2014-01-01' }),
    ];
    expect(buildPupilRows(twins, []).map((r) => r.pupil.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('filterPupilRows', () => {
  const rows = buildPupilRows(pupils, []);
  it('finds names without accents or case', () => {
    expect(filterPupilRows(rows, 'ozdemir').map((r) => r.pupil.id)).toEqual(['p2']);
    expect(filterPupilRows(rows, 'ZOE').map((r) => r.pupil.id)).toEqual(['p1']);
  });

  it('needs every word, in any order, and searches group and leerlingnummer', () => {
    expect(filterPupilRows(rows, 'berg van').map((r) => r.pupil.id)).toEqual(['p1']);
    expect(filterPupilRows(rows, '4a').map((r) => r.pupil.id)).toEqual(['p3']);
    expect(filterPupilRows(rows, '1001').map((r) => r.pupil.id)).toEqual(['p2']);
    expect(filterPupilRows(rows, 'berg jansen')).toEqual([]);
  });

  it('returns everything for an empty or punctuation-only query', () => {
    expect(filterPupilRows(rows, '  ')).toHaveLength(4);
    expect(filterPupilRows(rows, '--')).toHaveLength(4);
  });
});

describe('openCaseCounts', () => {
  it('is empty without cases', () => {
    expect(openCaseCounts([]).size).toBe(0);
  });
});
