// Unit tests for the anonymised view: an anonymous item carries no pupil name, id, date of
// birth or parent name anywhere in the serialised meeting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymise } from '../../../shared/meetings/anonymise';
import { editMinutes } from '../../../shared/meetings/minutes';
import { mentionsPupil, scrubPupil } from '../../../shared/meetings/names';
import type { Meeting } from '../../../shared/meetings/meeting';
import { daan, pupils, T0, threeCaseZorgteam, unwrap, zoe } from './builders';

function withTexts(meeting: Meeting, text: string): Meeting {
  let m = unwrap(
    editMinutes(
      meeting,
      {
        kind: 'item-fields',
        itemId: 'i-daan',
        patch: { situation: text, discussed: `Besproken: ${text}`, question: text },
      },
      T0,
    ),
  );
  m = unwrap(
    editMinutes(m, { kind: 'add-decision', itemId: 'i-daan', decision: { id: 'd-1', text } }, T0),
  );
  m = unwrap(
    editMinutes(
      m,
      { kind: 'add-decision', itemId: 'i-zoe', decision: { id: 'd-2', text: `Ook ${text}` } },
      T0,
    ),
  );
  return m;
}

describe('anonymise', () => {
  it('removes case, pupil and consent ids from anonymous items and keeps named items as they are', () => {
    const view = anonymise(threeCaseZorgteam(), pupils);
    const daanView = view.agenda[1];
    expect(daanView).toMatchObject({ mode: 'anonymous', pseudonym: 'Leerling A' });
    expect(daanView !== undefined && 'pupilId' in daanView).toBe(false);
    expect(daanView !== undefined && 'caseId' in daanView).toBe(false);
    expect(view.agenda[0]).toMatchObject({ mode: 'named', pupilId: 'p-zoe', caseId: 'c-1' });
    const json = JSON.stringify(view);
    expect(json).not.toContain('p-daan');
    expect(json).not.toContain('c-daan');
  });

  it('scrubs the name, parents’ names and date of birth from the anonymous item and the meeting-wide texts', () => {
    const meeting = withTexts(
      threeCaseZorgteam(),
      'Daan Çelik (23-09-2016) en moeder Fatima Çelik; daan is moe, DAAN ook, Celik',
    );
    const view = anonymise({ ...meeting, place: 'Bij Daan thuis' }, pupils);
    const json = JSON.stringify({ ...view, agenda: view.agenda.filter((i) => i.id !== 'i-zoe') });
    // (The fixture's item id "i-daan" is a test id; real ids are random tokens.)
    for (const leak of [
      'Daan',
      'daan is',
      'DAAN',
      'Çelik',
      'Celik',
      'Fatima',
      '2016-09-23',
      '23-09-2016',
      'p-daan',
      'c-daan',
    ])
      expect(json).not.toContain(leak);
    expect(json).toContain('Leerling A');
    // Named pupils' names stay where people typed them.
    expect(
      JSON.stringify(anonymise(withTexts(threeCaseZorgteam(), 'Zoë doet mee'), pupils)),
    ).toContain('Zoë doet mee');
  });

  it('in another item replaces only what cannot be an ordinary word: full names, parents’ full names, the date of birth', () => {
    const meeting = withTexts(
      threeCaseZorgteam(),
      'Daan Çelik (23-09-2016) en moeder Fatima Çelik; daan is moe, DAAN ook, Celik',
    );
    const zoeItem = anonymise(meeting, pupils).agenda.find((i) => i.id === 'i-zoe');
    expect(zoeItem?.decisions.map((d) => d.text)).toContain(
      'Ook Leerling A (Leerling A) en moeder Leerling A; daan is moe, DAAN ook, Celik',
    );
  });

  it('scrubs a parent who attends', () => {
    const meeting = {
      ...threeCaseZorgteam(),
      attendees: [
        {
          id: 'a-p',
          name: 'Fatima Çelik',
          role: 'moeder',
          organisation: '',
          presence: 'aanwezig' as const,
        },
      ],
    };
    expect(JSON.stringify(anonymise(meeting, pupils))).not.toContain('Fatima');
  });

  it('property: never leaks the anonymous pupil’s name, whatever text surrounds it', () => {
    const name = fc
      .stringMatching(/^[A-Z][a-zëïé]{3,9}$/)
      .filter((n) => !'Leerling'.toLowerCase().includes(n.toLowerCase()) && !mentionsPupil(n, zoe));
    const filler = fc.string({ maxLength: 30 });
    const boundary = fc.constantFrom(' ', ', ', '. ', ': ', ' (', '\n', '; ');
    fc.assert(
      fc.property(
        name,
        name,
        filler,
        filler,
        boundary,
        boundary,
        fc.boolean(),
        (first, last, before, after, left, right, upper) => {
          // A name that already occurs in the fixture or the filler (ids, roles, "zorgteam") proves nothing.
          const baseline =
            `${JSON.stringify(anonymise(withTexts(threeCaseZorgteam(), `${before}${left}${right}${after}`), [zoe]))}`.toLowerCase();
          fc.pre(!baseline.includes(first.toLowerCase()) && !baseline.includes(last.toLowerCase()));
          const pupil = { ...daan, firstName: first, lastName: last, guardians: [] };
          const typed = upper ? first.toUpperCase() : first;
          // Names are whole tokens: the text around them is separated by a space or punctuation.
          const meeting = withTexts(
            threeCaseZorgteam(),
            `${before}${left}${typed} ${last}${right}${after}`,
          );
          const json = JSON.stringify(anonymise(meeting, [zoe, pupil]));
          expect(json.toLowerCase()).not.toContain(first.toLowerCase());
          expect(json.toLowerCase()).not.toContain(last.toLowerCase());
        },
      ),
    );
  });
});

describe('names', () => {
  it('matches short names only as whole words', () => {
    const bo = { ...daan, firstName: 'Bo', lastName: 'Li', guardians: [] };
    expect(mentionsPupil('Het boek van Bo', bo)).toBe(true);
    expect(mentionsPupil('Het boek is zoek', bo)).toBe(false);
    expect(scrubPupil('Bo en het boek', bo, 'Leerling A')).toBe('Leerling A en het boek');
  });

  it('keeps the rest of the text exactly, diacritics included', () => {
    expect(scrubPupil('De coördinator sprak Daan over de ruïne.', daan, 'Leerling A')).toBe(
      'De coördinator sprak Leerling A over de ruïne.',
    );
  });
});
