// Runs in: Node (Vitest).
//
// The agenda item form's own checks: a case when adding, a whole timebox of 1-240 minutes,
// a question of at most 2,000 characters.
import { describe, expect, it } from 'vitest';
import { agendaItemFormErrors } from '../../../shared/meetings/agendaItemForm';

const valid = { adding: true, casePicked: true, timebox: '15', question: 'Wat is nodig?' };

describe('agendaItemFormErrors', () => {
  it('accepts a complete item, and an edited one without picking a case', () => {
    expect(agendaItemFormErrors(valid)).toEqual([]);
    expect(agendaItemFormErrors({ ...valid, adding: false, casePicked: false })).toEqual([]);
  });

  it('asks for a case only when adding', () => {
    expect(agendaItemFormErrors({ ...valid, casePicked: false })).toEqual(['case']);
  });

  it('takes only whole minutes from 1 to 240', () => {
    for (const ok of ['1', '240', ' 30 '])
      expect(agendaItemFormErrors({ ...valid, timebox: ok })).toEqual([]);
    for (const bad of ['', '0', '241', '7.5', 'tien'])
      expect(agendaItemFormErrors({ ...valid, timebox: bad })).toEqual(['timebox']);
  });

  it('refuses a question over 2,000 characters, with every other problem', () => {
    expect(agendaItemFormErrors({ ...valid, question: 'x'.repeat(2000) })).toEqual([]);
    expect(
      agendaItemFormErrors({
        adding: true,
        casePicked: false,
        timebox: '0',
        question: 'x'.repeat(2001),
      }),
    ).toEqual(['case', 'question', 'timebox']);
  });
});
