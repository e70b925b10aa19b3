// Runs in: any environment.
//
// The printable agenda of a meeting: date, time, place, who is invited, and the schedule:
// the template's fixed parts around one line per case with its bespreekdoel, the question
// for the team and its time slot, plus what comes back from earlier meetings (carry-over).
// Built from the anonymised view, so an anonymous item shows only its pseudonym.
import { anonymise } from '../../meetings/anonymise';
import { agendaSchedule } from '../../meetings/agenda';
import { MEETING_KIND_TITLES_NL } from '../../meetings/meetingLabelsNl';
import type { Meeting } from '../../meetings/meeting';
import type { IdentifyingPupil } from '../../meetings/names';
import type { MeetingTemplate } from '../../meetings/templates';
import { renderPdf, type Block, type DocumentFonts } from '../pdf';
import { renderDocx } from './docx';
import { bespreekdoelText, dateOrDash, itemName, meetingFields, type NamePupil } from './common';

export interface AgendaDocumentInput {
  readonly schoolName: string;
  readonly meeting: Meeting;
  /** The pupils of the items (names for named items; anonymous ones are only scrubbed from text). */
  readonly pupils: readonly (NamePupil & IdentifyingPupil)[];
  readonly template: Pick<MeetingTemplate, 'agendaParts'>;
}

/** The agenda's title: the document kind, never a name. */
export function agendaTitle(meeting: Pick<Meeting, 'kind'>): string {
  return `Agenda ${MEETING_KIND_TITLES_NL[meeting.kind]}`;
}

/** The agenda as layout blocks (for the PDF, the .docx and tests). */
export function agendaBlocks(input: AgendaDocumentInput): Block[] {
  const view = anonymise(input.meeting, input.pupils);
  const blocks: Block[] = [
    { kind: 'heading', text: agendaTitle(view), level: 1 },
    meetingFields(view),
  ];
  if (view.attendees.length > 0) {
    blocks.push(
      { kind: 'heading', text: 'Genodigden', level: 2 },
      {
        kind: 'list',
        items: view.attendees.map((a) =>
          [a.name, a.role, a.organisation].filter((p) => p.trim() !== '').join(', '),
        ),
      },
    );
  }
  blocks.push({ kind: 'heading', text: 'Agenda', level: 2 });
  const schedule = agendaSchedule(input.meeting, input.template);
  let number = 0;
  for (const part of schedule.parts) {
    const slot = `${part.start} - ${part.end}`;
    if (part.kind === 'fixed') {
      blocks.push({ kind: 'paragraph', text: `${slot}   ${part.title ?? ''}`, bold: true });
      continue;
    }
    const item = view.agenda.find((i) => i.id === part.itemId);
    if (item === undefined) continue;
    number += 1;
    blocks.push({
      kind: 'paragraph',
      text: `${slot}   ${number}. ${itemName(item, input.pupils)}`,
      bold: true,
    });
    const rows = [
      { label: 'Bespreekdoel', value: bespreekdoelText(item) },
      { label: 'Vraag aan het team', value: item.question.trim() === '' ? '-' : item.question },
      { label: 'Tijd', value: `${item.timeboxMinutes} minuten` },
    ];
    if (item.mode === 'anonymous')
      rows.push({
        label: 'Bespreking',
        value: 'Zonder naam (geen toestemming om op naam te bespreken)',
      });
    blocks.push({ kind: 'fields', rows });
    const carried = item.carryOver;
    if (carried !== undefined && (carried.openActions.length > 0 || carried.decisions.length > 0)) {
      blocks.push({
        kind: 'paragraph',
        text: `Terug op de agenda: welke stappen zijn gezet${carried.from !== undefined ? ` (sinds ${dateOrDash(carried.from.meetingDate)})` : ''}`,
        size: 9.5,
      });
      blocks.push({
        kind: 'list',
        items: [
          ...carried.openActions.map(
            (a) =>
              `Open actie: ${a.description} (${[a.ownerName, a.ownerOrganisation].filter((p) => p.trim() !== '').join(', ')}; uiterlijk ${dateOrDash(a.dueDate)})`,
          ),
          ...carried.decisions.map((d) => `Besluit vorige keer: ${d.text}`),
        ],
      });
    }
  }
  if (schedule.overrunMinutes > 0)
    blocks.push({
      kind: 'paragraph',
      text: `Let op: de agenda loopt ${schedule.overrunMinutes} minuten uit.`,
      size: 9.5,
    });
  return blocks;
}

/** The agenda as a PDF (embedded font, school name, page numbers, "VERTROUWELIJK"). */
export function renderAgendaPdf(
  input: AgendaDocumentInput & { readonly fonts: DocumentFonts; readonly documentId?: string },
): Promise<Uint8Array> {
  return renderPdf({
    fonts: input.fonts,
    title: agendaTitle(input.meeting),
    schoolName: input.schoolName,
    confidential: true,
    blocks: agendaBlocks(input),
    ...(input.documentId !== undefined ? { footer: { documentId: input.documentId } } : {}),
  });
}

/** The agenda as a .docx. */
export function renderAgendaDocx(input: AgendaDocumentInput): Promise<Uint8Array> {
  return renderDocx({
    title: agendaTitle(input.meeting),
    schoolName: input.schoolName,
    confidential: true,
    blocks: agendaBlocks(input),
  });
}
