// Runs in: any environment.
//
// The parents' summary after a meeting (issue 18 point 3): one page for the parents of one
// child discussed by name, from the APPROVED minutes: what was discussed, what was agreed, who
// does what and by when, who their contact person is, and the school's complaints route
// (vertrouwenspersoon, klachtenregeling; Instellingen › Briefpapier). It is how the
// "Terugkoppeling aan ouders" task is carried out.
//
// What it leaves out, by construction (the builder never reads it): every other agenda item,
// the attendees, the team's question and its description of the situation (where the team's
// working view, home and health details of others may be), the carry-over, the process
// evaluation, the addenda, and the feedback task itself. Working notes are not part of a
// meeting at all. An anonymous item has no summary: the parents' child was not named there.
import { err, ok, type Result } from '../../result';
import { formatDutchDate } from '../../domain/dates';
import { displayName } from '../../domain/pupil';
import { PARENTS_FEEDBACK_ACTION_KIND } from '../../meetings/actions';
import { MEETING_KIND_TITLES_NL } from '../../meetings/meetingLabelsNl';
import type { ActionOwner } from '../../meetings/actions';
import type { Meeting } from '../../meetings/meeting';
import { renderPdf, type Block, type DocumentFonts } from '../pdf';
import { dateOrDash, type NamePupil } from './common';

export interface ParentsSummaryInput {
  readonly schoolName: string;
  readonly meeting: Meeting;
  readonly itemId: string;
  /** The pupil of that item. */
  readonly pupil: NamePupil;
  /** The contact person when the team named nobody to give feedback (usually the IB). */
  readonly defaultContact: Pick<ActionOwner, 'name' | 'organisation'>;
  /** The school's complaints route as set in Instellingen (may be empty). */
  readonly complaintsRoute: string;
}

export type ParentsSummaryProblem =
  | { readonly code: 'minutes-not-approved' }
  | { readonly code: 'item-not-found' }
  | { readonly code: 'item-anonymous' }
  | { readonly code: 'pupil-mismatch' }
  | { readonly code: 'no-feedback-agreed' };

export const PARENTS_SUMMARY_TITLE = 'Samenvatting voor ouders';

/**
 * Who the parents can turn to: the owner of the item's feedback task (made on approval), else
 * the feedback giver the team named, else the default.
 */
function contactOf(
  item: Meeting['agenda'][number],
  fallback: ParentsSummaryInput['defaultContact'],
): string {
  const task = item.actions.find((a) => a.kind === PARENTS_FEEDBACK_ACTION_KIND);
  const who =
    task !== undefined
      ? { name: task.ownerName, organisation: task.ownerOrganisation }
      : (item.parentsFeedback?.by ?? fallback);
  return [who.name, who.organisation].filter((p) => p.trim() !== '').join(', ');
}

/** The summary as layout blocks, or why there is none. */
export function parentsSummaryBlocks(
  input: ParentsSummaryInput,
): Result<Block[], ParentsSummaryProblem> {
  const { meeting, pupil } = input;
  if (meeting.status !== 'vastgesteld') return err({ code: 'minutes-not-approved' });
  const item = meeting.agenda.find((i) => i.id === input.itemId);
  if (item === undefined) return err({ code: 'item-not-found' });
  if (item.mode !== 'named') return err({ code: 'item-anonymous' });
  if (item.pupilId !== pupil.id) return err({ code: 'pupil-mismatch' });
  if (item.parentsFeedback?.given === false) return err({ code: 'no-feedback-agreed' });

  const actions = item.actions.filter((a) => a.kind !== PARENTS_FEEDBACK_ACTION_KIND);
  const complaints = input.complaintsRoute.trim();
  return ok([
    { kind: 'heading', text: PARENTS_SUMMARY_TITLE, level: 1 },
    {
      kind: 'fields',
      rows: [
        { label: 'Over', value: displayName(pupil) },
        { label: 'Overleg', value: MEETING_KIND_TITLES_NL[meeting.kind] },
        { label: 'Datum', value: formatDutchDate(meeting.date) },
      ],
    },
    { kind: 'heading', text: 'Wat is besproken', level: 2 },
    { kind: 'paragraph', text: item.discussed.trim() || 'Niets vastgelegd.' },
    { kind: 'heading', text: 'Wat is afgesproken', level: 2 },
    item.decisions.length > 0
      ? { kind: 'list', items: item.decisions.map((d) => d.text) }
      : { kind: 'paragraph', text: 'Geen afspraken vastgelegd.' },
    { kind: 'heading', text: 'Wie doet wat', level: 2 },
    actions.length > 0
      ? {
          kind: 'list',
          items: actions.map(
            (a) =>
              `${a.description} - ${[a.ownerName, a.ownerOrganisation].filter((p) => p.trim() !== '').join(', ')} - uiterlijk ${dateOrDash(a.dueDate)}`,
          ),
        }
      : { kind: 'paragraph', text: 'Geen acties afgesproken.' },
    ...(item.nextEvaluationDate === undefined
      ? []
      : [
          {
            kind: 'paragraph' as const,
            text: `We bekijken samen hoe het gaat rond ${formatDutchDate(item.nextEvaluationDate)}.`,
          },
        ]),
    { kind: 'heading', text: 'Uw contactpersoon', level: 2 },
    {
      kind: 'paragraph',
      text: `Hebt u vragen of klopt er iets niet? Neem contact op met ${contactOf(item, input.defaultContact)}.`,
    },
    { kind: 'heading', text: 'Niet tevreden?', level: 2 },
    {
      kind: 'paragraph',
      text:
        complaints === ''
          ? 'Vraag de school naar de vertrouwenspersoon en de klachtenregeling.'
          : complaints,
    },
  ]);
}

/** The summary as a one-page PDF (school name, page numbers, "VERTROUWELIJK"). */
export async function renderParentsSummaryPdf(
  input: ParentsSummaryInput & { readonly fonts: DocumentFonts },
): Promise<Result<Uint8Array, ParentsSummaryProblem>> {
  const blocks = parentsSummaryBlocks(input);
  if (!blocks.ok) return blocks;
  return ok(
    await renderPdf({
      fonts: input.fonts,
      title: PARENTS_SUMMARY_TITLE,
      schoolName: input.schoolName,
      confidential: true,
      blocks: blocks.value,
    }),
  );
}
