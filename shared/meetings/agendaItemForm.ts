// Runs in: any environment.
//
// What the "Casus toevoegen" / "Agendapunt bewerken" form checks before the meeting rules
// see the item: a case picked when adding, a timebox of 1 to 240 whole minutes (as the
// agenda item's schema allows), and a question of at most 2,000 characters. Pure, so the
// dialog only translates the fields it gets back.
export type AgendaItemField = 'case' | 'question' | 'timebox';

export interface AgendaItemFormInput {
  /** Adding an item (editing keeps the item's case). */
  readonly adding: boolean;
  readonly casePicked: boolean;
  /** As typed in the number field. */
  readonly timebox: string;
  readonly question: string;
}

/** The fields that are not right yet, in the order of the form. */
export function agendaItemFormErrors(input: AgendaItemFormInput): AgendaItemField[] {
  const found: AgendaItemField[] = [];
  if (input.adding && !input.casePicked) found.push('case');
  if (input.question.length > 2000) found.push('question');
  const minutes = Number(input.timebox);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) found.push('timebox');
  return found;
}
