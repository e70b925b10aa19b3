// Runs in: any environment.
//
// The approved minutes (verslag) as PDF and .docx: who was there, and per item the
// bespreekdoel, question, situation, what was discussed, the decisions, the actions with
// owner and due date, feedback to parents and the next evaluation; the ZAT's process
// evaluation; and the dated addenda. Only approved minutes are printed: a draft must not
// circulate as if it were the record. Built from the anonymised view.
import { err, ok, type Result } from '../../result';
import { formatDutchDate } from '../../domain/dates';
import { anonymise } from '../../meetings/anonymise';
import {
  ACTION_STATUS_LABELS_NL,
  MEETING_KIND_TITLES_NL,
  PRESENCE_LABELS_NL,
} from '../../meetings/meetingLabelsNl';
import { ATTENDEE_PRESENCES, type Meeting } from '../../meetings/meeting';
import type { IdentifyingPupil } from '../../meetings/names';
import { renderPdf, type Block, type DocumentFonts } from '../pdf';
import { renderDocx } from './docx';
import { bespreekdoelText, dateOrDash, itemName, meetingFields, type NamePupil } from './common';

export interface MinutesDocumentInput {
  readonly schoolName: string;
  readonly meeting: Meeting;
  readonly pupils: readonly (NamePupil & IdentifyingPupil)[];
}

export type MinutesDocumentProblem = { readonly code: 'minutes-not-approved' };

export function minutesTitle(meeting: Pick<Meeting, 'kind'>): string {
  return `Verslag ${MEETING_KIND_TITLES_NL[meeting.kind]}`;
}

function timestampDate(timestamp: string): string {
  return formatDutchDate(timestamp.slice(0, 10));
}

/** The minutes as layout blocks; refused before approval. */
export function minutesBlocks(
  input: MinutesDocumentInput,
): Result<Block[], MinutesDocumentProblem> {
  const { meeting } = input;
  if (
    meeting.status !== 'vastgesteld' ||
    meeting.approvedAt === undefined ||
    meeting.approvedBy === undefined
  )
    return err({ code: 'minutes-not-approved' });
  const view = anonymise(meeting, input.pupils);
  const blocks: Block[] = [
    { kind: 'heading', text: minutesTitle(meeting), level: 1 },
    meetingFields(view),
    {
      kind: 'paragraph',
      text: `Vastgesteld op ${timestampDate(meeting.approvedAt)} door ${view.approvedBy ?? ''}.`,
      size: 9.5,
    },
  ];
  blocks.push({ kind: 'heading', text: 'Aanwezigheid', level: 2 });
  const rows = ATTENDEE_PRESENCES.flatMap((presence) => {
    const people = view.attendees.filter((a) => a.presence === presence);
    return people.length === 0
      ? []
      : [
          {
            label: PRESENCE_LABELS_NL[presence],
            value: people
              .map((a) =>
                [a.name, a.role, a.organisation].filter((p) => p.trim() !== '').join(', '),
              )
              .join('\n'),
          },
        ];
  });
  blocks.push(
    rows.length > 0
      ? { kind: 'fields', rows }
      : { kind: 'paragraph', text: 'Geen deelnemers vastgelegd.' },
  );

  view.agenda.forEach((item, index) => {
    blocks.push({
      kind: 'heading',
      text: `${index + 1}. ${itemName(item, input.pupils)}`,
      level: 2,
    });
    const fields = [
      { label: 'Bespreekdoel', value: bespreekdoelText(item) },
      { label: 'Vraag aan het team', value: item.question.trim() || '-' },
      { label: 'Situatie', value: item.situation.trim() || '-' },
      { label: 'Besproken', value: item.discussed.trim() || '-' },
    ];
    if (item.mode === 'anonymous')
      fields.push({ label: 'Bespreking', value: 'Zonder naam besproken' });
    blocks.push({ kind: 'fields', rows: fields });
    blocks.push({ kind: 'paragraph', text: 'Besluiten', bold: true });
    blocks.push(
      item.decisions.length > 0
        ? { kind: 'list', items: item.decisions.map((d) => d.text) }
        : { kind: 'paragraph', text: 'Geen besluiten.' },
    );
    blocks.push({ kind: 'paragraph', text: 'Acties', bold: true });
    blocks.push(
      item.actions.length > 0
        ? {
            kind: 'list',
            items: item.actions.map(
              (a) =>
                `${a.description} - ${[a.ownerName, a.ownerOrganisation].filter((p) => p.trim() !== '').join(', ')} - uiterlijk ${dateOrDash(a.dueDate)} (${ACTION_STATUS_LABELS_NL[a.status].toLowerCase()})`,
            ),
          }
        : { kind: 'paragraph', text: 'Geen acties.' },
    );
    const feedback = item.parentsFeedback;
    const feedbackText =
      feedback === undefined
        ? 'Ja, door de intern begeleider.'
        : feedback.given
          ? `Ja${feedback.by !== undefined ? `, door ${[feedback.by.name, feedback.by.organisation].filter((p) => p.trim() !== '').join(', ')}` : ''}.`
          : `Nee: ${feedback.reasonIfNot ?? ''}`;
    blocks.push({
      kind: 'fields',
      rows: [
        { label: 'Terugkoppeling ouders', value: feedbackText },
        { label: 'Volgende evaluatie', value: dateOrDash(item.nextEvaluationDate) },
      ],
    });
  });

  if (view.processEvaluation !== undefined) {
    blocks.push({ kind: 'heading', text: 'Procesevaluatie', level: 2 });
    blocks.push({
      kind: 'fields',
      rows: [
        { label: 'Wat ging goed', value: view.processEvaluation.wentWell.trim() || '-' },
        { label: 'Wat ging niet goed', value: view.processEvaluation.didNotGoWell.trim() || '-' },
        {
          label: 'Volgende keer anders',
          value: view.processEvaluation.doDifferently.trim() || '-',
        },
      ],
    });
  }
  if (view.addenda.length > 0) {
    blocks.push({ kind: 'heading', text: 'Aanvullingen na vaststelling', level: 2 });
    for (const addendum of view.addenda)
      blocks.push(
        {
          kind: 'paragraph',
          text: `${formatDutchDate(addendum.date)}, ${addendum.author}:`,
          bold: true,
        },
        { kind: 'paragraph', text: addendum.text },
      );
  }
  return ok(blocks);
}

/** The approved minutes as a PDF. */
export async function renderMinutesPdf(
  input: MinutesDocumentInput & { readonly fonts: DocumentFonts; readonly documentId?: string },
): Promise<Result<Uint8Array, MinutesDocumentProblem>> {
  const blocks = minutesBlocks(input);
  if (!blocks.ok) return blocks;
  return ok(
    await renderPdf({
      fonts: input.fonts,
      title: minutesTitle(input.meeting),
      schoolName: input.schoolName,
      confidential: true,
      blocks: blocks.value,
      ...(input.documentId !== undefined ? { footer: { documentId: input.documentId } } : {}),
    }),
  );
}

/** The approved minutes as a .docx. */
export async function renderMinutesDocx(
  input: MinutesDocumentInput,
): Promise<Result<Uint8Array, MinutesDocumentProblem>> {
  const blocks = minutesBlocks(input);
  if (!blocks.ok) return blocks;
  return ok(
    await renderDocx({
      title: minutesTitle(input.meeting),
      schoolName: input.schoolName,
      confidential: true,
      blocks: blocks.value,
    }),
  );
}
