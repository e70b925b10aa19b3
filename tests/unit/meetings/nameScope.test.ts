// Runs in: Node (Vitest).
//
// Anonymising replaces names, not words. Dutch surnames are often ordinary words (a bakker
// is a baker, a visser a fisher, a boer a farmer, a smid/smit a smith, a mulder a miller,
// jong is young, a koster a sexton). With a pupil of such a name discussed anonymously:
// every form of the name is gone from their own item, and a named item that uses the word
// keeps it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymisationReport, anonymise } from '../../../shared/meetings/anonymise';
import { editMinutes } from '../../../shared/meetings/minutes';
import { mentionsPupil, scrubPupil } from '../../../shared/meetings/names';
import type { Meeting } from '../../../shared/meetings/meeting';
import { daan, T0, threeCaseZorgteam, unwrap, zoe } from './builders';

const SURNAMES = [
  { tussenvoegsel: undefined, lastName: 'Bakker', word: 'bakker' },
  { tussenvoegsel: undefined, lastName: 'Visser', word: 'visser' },
  { tussenvoegsel: 'de', lastName: 'Boer', word: 'boer' },
  { tussenvoegsel: undefined, lastName: 'Smit', word: 'smit' },
  { tussenvoegsel: undefined, lastName: 'Mulder', word: 'mulder' },
  { tussenvoegsel: 'de', lastName: 'Jong', word: 'jong' },
  { tussenvoegsel: undefined, lastName: 'Koster', word: 'koster' },
] as const;
const FIRST_NAMES = ['Jan', 'Sanne', 'Émile', 'Noë', 'Bo', 'Thijs'];

/** The forms a typist may use for a pupil: with and without tussenvoegsel, initials, no accents, capitals. */
function forms(first: string, tv: string | undefined, last: string): string[] {
  const plain = first.normalize('NFKD').replace(/\p{M}/gu, '');
  const withTv = tv === undefined ? last : `${tv} ${last}`;
  const list = [
    first,
    plain,
    first.toUpperCase(),
    `${first} ${withTv}`,
    `${plain} ${withTv}`,
    `${first[0] ?? ''}. ${withTv}`,
    `${first[0] ?? ''}.${withTv}`,
    last,
    last.toUpperCase(),
    `${first} ${last}`,
  ];
  if (tv !== undefined) list.push(withTv, `${tv[0]?.toUpperCase() ?? ''}${tv.slice(1)} ${last}`);
  return list;
}

function meetingWith(daanText: string, zoeText: string): Meeting {
  let m = unwrap(
    editMinutes(
      threeCaseZorgteam(),
      { kind: 'item-fields', itemId: 'i-daan', patch: { situation: daanText } },
      T0,
    ),
  );
  m = unwrap(
    editMinutes(m, { kind: 'item-fields', itemId: 'i-zoe', patch: { situation: zoeText } }, T0),
  );
  return m;
}

const sentence = fc.constantFrom(
  'Vader werkt als {w}.',
  'De {w} kwam langs.',
  'Zij wil later {w} worden.',
  'Het gesprek ging over de {w} in het dorp.',
  '{W} worden is zijn droom.',
);

describe('anonymising Dutch surnames that are ordinary words', () => {
  it('property: a named item that uses the word keeps it, exactly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SURNAMES),
        fc.constantFrom(...FIRST_NAMES),
        sentence,
        (surname, first, template) => {
          const pupil = {
            ...daan,
            firstName: first,
            tussenvoegsel: surname.tussenvoegsel,
            lastName: surname.lastName,
            guardians: [],
          };
          const word = surname.word;
          const zoeText = template
            .replace('{w}', word)
            .replace('{W}', `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`);
          const view = anonymise(meetingWith(`${first} was moe.`, zoeText), [zoe, pupil]);
          expect(view.agenda.find((i) => i.id === 'i-zoe')?.situation).toBe(zoeText);
        },
      ),
    );
  });

  it('property: every name form is gone from the anonymous item’s own text, the ordinary word in lower case stays', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SURNAMES),
        fc.constantFrom(...FIRST_NAMES),
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom(' ', ', ', '. ', ' ('),
        (surname, first, pick, sep) => {
          const pupil = {
            ...daan,
            firstName: first,
            tussenvoegsel: surname.tussenvoegsel,
            lastName: surname.lastName,
            guardians: [],
          };
          const all = forms(first, surname.tussenvoegsel, surname.lastName);
          const form = all[pick % all.length] ?? first;
          const text = `Gesprek${sep}${form}${sep}vader werkt als ${surname.word}.`;
          const scrubbed = scrubPupil(text, pupil, 'Leerling A');
          expect(mentionsPupil(scrubbed, pupil)).toBe(false);
          expect(scrubbed).toContain('Leerling A');
          expect(scrubbed.endsWith(`vader werkt als ${surname.word}.`)).toBe(true);
        },
      ),
    );
  });

  it('replaces a full name or initials with surname in another item, as a name', () => {
    const pupil = {
      ...daan,
      firstName: 'Jan',
      tussenvoegsel: 'de',
      lastName: 'Boer',
      guardians: [],
    };
    const view = anonymise(
      meetingWith('Jan was moe.', 'Zoë speelt met Jan de Boer; J. de Boer en de boer.'),
      [zoe, pupil],
    );
    expect(view.agenda.find((i) => i.id === 'i-zoe')?.situation).toBe(
      'Zoë speelt met Leerling A; Leerling A en de boer.',
    );
  });

  it('matches whole tokens only: a name inside a longer word stays', () => {
    const pupil = { ...daan, firstName: 'Bas', lastName: 'Bakker', guardians: [] };
    expect(scrubPupil('Bas haalt brood bij de Bakkerij; Bastiaan ook.', pupil, 'Leerling A')).toBe(
      'Leerling A haalt brood bij de Bakkerij; Bastiaan ook.',
    );
  });
});

describe('anonymisationReport', () => {
  it('lists what was replaced, by which pseudonym and how often, and nothing of the words that stay', () => {
    const pupil = {
      ...daan,
      firstName: 'Jan',
      tussenvoegsel: 'de',
      lastName: 'Boer',
      guardians: [],
    };
    const report = anonymisationReport(
      meetingWith('Jan was moe; De Boer belt.', 'Zoë speelt met Jan de Boer en de boer.'),
      [zoe, pupil],
    );
    expect(report).toEqual([
      { found: 'De Boer', pseudonym: 'Leerling A', itemId: 'i-daan', count: 1, kept: false },
      { found: 'Jan', pseudonym: 'Leerling A', itemId: 'i-daan', count: 1, kept: false },
      { found: 'Jan de Boer', pseudonym: 'Leerling A', itemId: 'i-daan', count: 1, kept: false },
    ]);
  });
});
