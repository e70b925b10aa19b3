// Unit tests for the chronology: every event of the case, in date order, stable for equal dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../../shared/domain/chronology';
import { addDays } from '../../../shared/domain/dates';
import { consent, entry, involvement, zorgdossier } from './builders';

describe('buildChronology', () => {
  it('merges signal, entries, consents and involvements in date order', () => {
    const items = buildChronology(
      zorgdossier(),
      [
        entry({ id: 'e-late', date: '2026-02-20', title: 'Overleg zorgteam', kind: 'overleg' }),
        // Added after the fact: recorded in February, happened in January.
        entry({
          id: 'e-backdated',
          date: '2026-01-08',
          recordedAt: '2026-02-21T08:00:00.000Z',
          title: 'Telefoontje moeder',
          kind: 'gesprek',
        }),
      ],
      [
        consent({
          date: '2026-01-10',
          withdrawn: { date: '2026-03-01', by: 'Marieke van der Berg' },
          updatedAt: '2026-03-01T09:00:00.000Z',
        }),
      ],
      [
        involvement({ id: 'i-wijk', since: '2026-01-12' }),
        involvement({ id: 'i-smw', name: 'Fatma Kaya', role: 'SMW', since: '2026-02-01' }),
      ],
    );
    expect(items.map((i) => i.key)).toEqual([
      'signal:c-1',
      'entry:e-backdated',
      'consent:k-1',
      'involvement:i-wijk',
      'involvement:i-smw',
      'entry:e-late',
      'consent-withdrawn:k-1',
    ]);
    expect(items.map((i) => i.kind)).toEqual([
      'signaal',
      'gesprek',
      'toestemming',
      'betrokkene',
      'betrokkene',
      'overleg',
      'toestemming',
    ]);
  });

  it('orders events of the same date by when they were recorded, across time zones', () => {
    const items = buildChronology(
      zorgdossier(),
      [
        entry({ id: 'e-b', date: '2026-01-20', recordedAt: '2026-01-20T10:00:00+01:00' }), // 09:00Z
        entry({ id: 'e-a', date: '2026-01-20', recordedAt: '2026-01-20T08:30:00Z' }),
        entry({ id: 'e-c', date: '2026-01-20', recordedAt: '2026-01-20T09:30:00Z' }),
      ],
      [],
      [],
    );
    expect(items.slice(1).map((i) => i.key)).toEqual(['entry:e-a', 'entry:e-b', 'entry:e-c']);
  });

  it('leaves out records of other cases and takes external events', () => {
    const items = buildChronology(
      zorgdossier(),
      [entry({ id: 'e-other', caseId: 'c-2' })],
      [consent({ caseId: 'c-2' })],
      [involvement({ id: 'i-other', caseId: 'c-2' })],
      [
        {
          key: 'meeting:m-1',
          kind: 'overleg',
          date: '2026-02-10',
          recordedAt: '2026-02-10T12:00:00Z',
          title: 'Besproken in het zorgteam',
          label: { kind: 'meeting-discussed', meetingKind: 'zorgteam', anonymous: false },
          refId: 'm-1',
        },
      ],
    );
    expect(items.map((i) => i.key)).toEqual(['signal:c-1', 'external:meeting:m-1']);
  });

  it('is the same whatever order the records come in', () => {
    const entries = Array.from({ length: 12 }, (_, i) =>
      entry({
        id: `e-${i}`,
        date: addDays('2026-01-05', i % 4),
        recordedAt: `2026-03-0${(i % 3) + 1}T10:00:00Z`,
      }),
    );
    const reference = buildChronology(zorgdossier(), entries, [], []).map((i) => i.key);
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length }), (shuffled) => {
        expect(buildChronology(zorgdossier(), shuffled, [], []).map((i) => i.key)).toEqual(
          reference,
        );
      }),
    );
  });
});
