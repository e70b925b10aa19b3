// Runs in: Node (Vitest).
//
// Correcting what anonymising replaced (shared/meetings/nameCorrections.ts): a word taken for
// the pupil's name can be kept as typed, a missed form of the name can be added, and no
// correction can ever bring the anonymous pupil's name into an output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymisationReport, anonymise } from '../../../shared/meetings/anonymise';
import {
  meetingRecordType,
  type Meeting,
  type NameCorrections,
} from '../../../shared/meetings/meeting';
import { approvalProblems, editMinutes } from '../../../shared/meetings/minutes';
import {
  addNameForm,
  EMPTY_NAME_CORRECTIONS,
  keepWord,
  removeNameForm,
  setNameCorrections,
  unkeepWord,
} from '../../../shared/meetings/nameCorrections';
import { migrateRecord } from '../../../shared/records/registry';
import { daan, T0, threeCaseZorgteam, unwrap, zoe } from './builders';

/** Daan's item is anonymous in threeCaseZorgteam; here he is Roos Bakker, a name that is also two words. */
const roos = {
  ...daan,
  firstName: 'Roos',
  lastName: 'Bakker',
  guardians: [{ id: 'g-m', name: 'Ilse Bakker', relation: 'moeder' as const, hasGezag: true }],
};
const OWN = 'Roos plukte een roos voor haar moeder. Rosie, zo noemt de klas haar, lachte.';

function meeting(own = OWN, named = 'Zoë vertelde dat Rosie ziek was.'): Meeting {
  let m = unwrap(
    editMinutes(
      threeCaseZorgteam(),
      { kind: 'item-fields', itemId: 'i-daan', patch: { situation: own } },
      T0,
    ),
  );
  m = unwrap(
    editMinutes(m, { kind: 'item-fields', itemId: 'i-zoe', patch: { situation: named } }, T0),
  );
  return m;
}

const pseudonymOf = (m: Meeting): string =>
  m.agenda.find((i) => i.id === 'i-daan')?.pseudonym ?? '';
const situation = (m: Meeting, id: string): string =>
  anonymise(m, [zoe, roos]).agenda.find((i) => i.id === id)?.situation ?? '';
const corrected = (m: Meeting, corrections: NameCorrections): Meeting =>
  unwrap(setNameCorrections(m, 'i-daan', corrections, T0));

describe('keeping a word that is not the pupil’s name', () => {
  it('keeps the ordinary word as typed in every output, and still replaces the name', () => {
    const m = meeting();
    const p = pseudonymOf(m);
    expect(situation(m, 'i-daan')).toBe(
      `${p} plukte een ${p} voor haar moeder. Rosie, zo noemt de klas haar, lachte.`,
    );
    const kept = corrected(m, unwrap(keepWord(EMPTY_NAME_CORRECTIONS, 'roos', roos)));
    expect(situation(kept, 'i-daan')).toBe(
      `${p} plukte een roos voor haar moeder. Rosie, zo noemt de klas haar, lachte.`,
    );
    // The list shows it as kept, so it can be replaced again.
    expect(anonymisationReport(kept, [zoe, roos])).toEqual([
      { found: 'Roos', pseudonym: p, itemId: 'i-daan', count: 1, kept: false },
      { found: 'roos', pseudonym: p, itemId: 'i-daan', count: 1, kept: true },
    ]);
    const undone = corrected(
      kept,
      unkeepWord(unwrap(keepWord(EMPTY_NAME_CORRECTIONS, 'roos', roos)), 'roos'),
    );
    expect(situation(undone, 'i-daan')).toBe(situation(m, 'i-daan'));
    expect(undone.agenda.find((i) => i.id === 'i-daan')?.nameCorrections).toBeUndefined();
  });

  it('refuses to keep what would show the pupil: the name as written, full names, initials, a parent’s name, the date of birth', () => {
    for (const found of [
      'Roos',
      'Bakker',
      'ROOS',
      'roos bakker',
      'Roos Bakker',
      'R. Bakker',
      'r.bakker',
      'ilse bakker',
      'Ilse',
      '2016-09-23',
      '23-09-2016',
    ]) {
      expect(keepWord(EMPTY_NAME_CORRECTIONS, found, roos), found).toEqual({
        ok: false,
        error: { code: 'reveals-name' },
      });
    }
  });

  it('ignores a stored keep that would show the name (a tampered or older list)', () => {
    const m = corrected(meeting('Roos en Bakker en R. Bakker.'), {
      kept: ['Roos', 'Bakker', 'R. Bakker'],
      added: [],
    });
    const p = pseudonymOf(m);
    expect(situation(m, 'i-daan')).toBe(`${p} en ${p} en ${p}.`);
  });

  it('property: no keep of any name form, in any case, brings the name into the output', () => {
    const first = fc.constantFrom('Roos', 'Jan', 'Émile', 'Bo', 'Sanne');
    const last = fc.constantFrom('Bakker', 'Visser', 'Smit', 'Mulder', 'Koster');
    fc.assert(
      fc.property(
        first,
        last,
        fc.constantFrom('{f}', '{l}', '{f} {l}', '{i}. {l}', '{i}.{l}', '{F}', '{L}'),
        (f, l, shape) => {
          const pupil = { ...roos, firstName: f, lastName: l, guardians: [] };
          const form = shape
            .replace('{f}', f)
            .replace('{l}', l)
            .replace('{i}', f[0] ?? '')
            .replace('{F}', f.toUpperCase())
            .replace('{L}', l.toUpperCase());
          const m = corrected(meeting(`${form} was moe.`, 'Niets.'), { kept: [form], added: [] });
          expect(keepWord(EMPTY_NAME_CORRECTIONS, form, pupil).ok).toBe(false);
          expect(anonymise(m, [zoe, pupil]).agenda.find((i) => i.id === 'i-daan')?.situation).toBe(
            `${pseudonymOf(m)} was moe.`,
          );
        },
      ),
    );
  });
});

describe('adding a missed form of the name', () => {
  it('replaces the added form in every text of the meeting, also another item, and lists it', () => {
    const m = corrected(meeting(), unwrap(addNameForm(EMPTY_NAME_CORRECTIONS, '  Rosie ')));
    const p = pseudonymOf(m);
    expect(situation(m, 'i-daan')).toBe(
      `${p} plukte een ${p} voor haar moeder. ${p}, zo noemt de klas haar, lachte.`,
    );
    expect(situation(m, 'i-zoe')).toBe(`Zoë vertelde dat ${p} ziek was.`);
    expect(
      anonymisationReport(m, [zoe, roos])
        .filter((r) => r.found === 'Rosie')
        .map((r) => r.count),
    ).toEqual([2]);
    // The added forms never reach the view (they are names).
    expect(JSON.stringify(anonymise(m, [zoe, roos]))).not.toContain('Rosie');
    expect(
      situation(
        corrected(m, removeNameForm(unwrap(addNameForm(EMPTY_NAME_CORRECTIONS, 'Rosie')), 'Rosie')),
        'i-zoe',
      ),
    ).toBe('Zoë vertelde dat Rosie ziek was.');
  });

  it('an added form cannot be kept, and blocks approval of an anonymous item that holds it', () => {
    const withRosie = unwrap(addNameForm(EMPTY_NAME_CORRECTIONS, 'Rosie'));
    expect(keepWord(withRosie, 'rosie', roos)).toEqual({
      ok: false,
      error: { code: 'reveals-name' },
    });
    // A kept word does not block approval; an added form does.
    const base = { ...meeting('Zij plukte een roos.', 'Niets.'), status: 'bezig' as const };
    const context = {
      pupils: [zoe, roos],
      consents: [],
      at: '2026-03-10T17:00:00.000+01:00',
      by: 'Anouk de Wit',
      feedback: {
        defaultOwner: {
          name: 'Anouk de Wit',
          organisation: 'OBS De Tweemaster',
          kind: 'school' as const,
        },
        dueDays: 7,
      },
    };
    const codes = (m: Meeting): string[] =>
      approvalProblems(m, context).map((problem) => problem.code);
    expect(codes(base)).toContain('anonymous-item-names-pupil');
    expect(
      codes(corrected(base, unwrap(keepWord(EMPTY_NAME_CORRECTIONS, 'roos', roos)))),
    ).not.toContain('anonymous-item-names-pupil');
    expect(codes(corrected(meeting('Rosie was er.', 'Niets.'), withRosie))).toContain(
      'anonymous-item-names-pupil',
    );
  });

  it('refuses an empty, one-letter, digit-only or pseudonym form', () => {
    expect(addNameForm(EMPTY_NAME_CORRECTIONS, ' ')).toEqual({
      ok: false,
      error: { code: 'form-length' },
    });
    expect(addNameForm(EMPTY_NAME_CORRECTIONS, 'R')).toEqual({
      ok: false,
      error: { code: 'form-length' },
    });
    expect(addNameForm(EMPTY_NAME_CORRECTIONS, '1234')).toEqual({
      ok: false,
      error: { code: 'form-not-a-name' },
    });
    expect(addNameForm(EMPTY_NAME_CORRECTIONS, 'Leerling B')).toEqual({
      ok: false,
      error: { code: 'form-not-a-name' },
    });
    expect(addNameForm(EMPTY_NAME_CORRECTIONS, 'x'.repeat(101))).toEqual({
      ok: false,
      error: { code: 'form-length' },
    });
  });
});

describe('remembering the corrections in the meeting item', () => {
  it('stores them on approved minutes too (the texts do not change), and a version-1 meeting reads as version 2', () => {
    const approved: Meeting = {
      ...meeting(),
      status: 'vastgesteld',
      approvedAt: T0,
      approvedBy: 'Anouk de Wit',
    };
    const stored = corrected(approved, { kept: ['roos'], added: ['Rosie'] });
    expect(stored.agenda.find((i) => i.id === 'i-daan')?.nameCorrections).toEqual({
      kept: ['roos'],
      added: ['Rosie'],
    });
    expect(stored.agenda.find((i) => i.id === 'i-daan')?.situation).toBe(OWN);
    expect(meetingRecordType.version).toBe(2);
    expect(migrateRecord(meetingRecordType, 1, approved)).toEqual(approved);
  });
});
