// Runs in: any environment.
//
// The preparation sheet of one agenda item: a short summary of the case for the attendees,
// so members "prepare from their own files" (000:948-949) with the same facts. Built from the
// ExportableCase, which has no place for working notes, so they are excluded by construction.
// Share the minimum (brief §9): the signal, hulpvraag, leefgebieden, who is involved and the
// formal chronology's headings, not entry bodies, and what the parents and the pupil think
// (their voices are part of the formal file, so the team prepares with the family's view). An anonymous item's sheet holds no case
// data at all: only its pseudonym, purpose, question and what comes back from earlier meetings.
import { err, ok, type Result } from '../../result';
import { formatDutchDate } from '../../domain/dates';
import type { ExportableCase } from '../../domain/exportableCase';
import { CASE_ENTRY_KIND_LABELS_NL } from '../../domain/labelsNl';
import { leefgebiedLabel, type Leefgebied } from '../../domain/leefgebieden';
import { displayName } from '../../domain/pupil';
import { voiceLines, type Voice } from '../../domain/voice';
import { anonymise } from '../../meetings/anonymise';
import { MEETING_KIND_TITLES_NL } from '../../meetings/meetingLabelsNl';
import type { Meeting } from '../../meetings/meeting';
import type { IdentifyingPupil } from '../../meetings/names';
import { renderPdf, type Block, type DocumentFonts } from '../pdf';
import { voiceBlocks } from '../voiceBlocks';
import { bespreekdoelText, dateOrDash, itemName, meetingFields } from './common';

export interface PreparationSheetInput {
  readonly schoolName: string;
  readonly meeting: Meeting;
  readonly itemId: string;
  /** The item's case, for a named item; ignored for an anonymous one. */
  readonly exportable?: ExportableCase;
  readonly leefgebieden: readonly Leefgebied[];
  /** The voices of the item's case (others are ignored; none for an anonymous item). */
  readonly voices?: readonly Voice[];
  /** The meeting's pupils, so free text of anonymous items is scrubbed of their names. */
  readonly pupils?: readonly IdentifyingPupil[];
  /** How many chronology headings to list, newest first. */
  readonly chronologyLimit?: number;
}

export type PreparationSheetProblem =
  | { readonly code: 'item-not-found' }
  | { readonly code: 'case-required' }
  | { readonly code: 'case-mismatch' };

export function preparationSheetTitle(meeting: Pick<Meeting, 'kind'>): string {
  return `Voorbereiding ${MEETING_KIND_TITLES_NL[meeting.kind]}`;
}

/** The sheet as layout blocks. */
export function preparationSheetBlocks(
  input: PreparationSheetInput,
): Result<Block[], PreparationSheetProblem> {
  const raw = input.meeting.agenda.find((i) => i.id === input.itemId);
  if (raw === undefined) return err({ code: 'item-not-found' });
  const exportable = raw.mode === 'named' ? input.exportable : undefined;
  if (raw.mode === 'named' && exportable === undefined) return err({ code: 'case-required' });
  if (
    exportable !== undefined &&
    (exportable.case.id !== raw.caseId || exportable.pupil.id !== raw.pupilId)
  )
    return err({ code: 'case-mismatch' });
  const view = anonymise(input.meeting, input.pupils ?? []);
  const item = view.agenda.find((i) => i.id === input.itemId);
  if (item === undefined) return err({ code: 'item-not-found' });

  const pupils = exportable !== undefined ? [exportable.pupil] : [];
  const blocks: Block[] = [
    {
      kind: 'heading',
      text: `${preparationSheetTitle(input.meeting)}: ${itemName(item, pupils)}`,
      level: 1,
    },
    meetingFields(view),
    {
      kind: 'fields',
      rows: [
        { label: 'Bespreekdoel', value: bespreekdoelText(item) },
        { label: 'Vraag aan het team', value: item.question.trim() || '-' },
        { label: 'Tijd', value: `${item.timeboxMinutes} minuten` },
      ],
    },
  ];

  if (exportable === undefined) {
    blocks.push({
      kind: 'paragraph',
      text: 'Deze leerling wordt zonder naam besproken. Dit blad bevat daarom geen gegevens uit het dossier.',
    });
  } else {
    const { pupil, case: zorgdossier } = exportable;
    blocks.push({ kind: 'heading', text: 'Over de leerling en de zorg', level: 2 });
    blocks.push({
      kind: 'fields',
      rows: [
        { label: 'Leerling', value: displayName(pupil) },
        { label: 'Groep', value: pupil.group ?? '-' },
        {
          label: 'Signaal',
          value: `${formatDutchDate(zorgdossier.signal.date)}, ${zorgdossier.signal.raisedBy}: ${zorgdossier.signal.description}`,
        },
        { label: 'Hulpvraag', value: zorgdossier.hulpvraag.trim() || '-' },
        {
          label: 'Leefgebieden',
          value:
            zorgdossier.leefgebieden
              .map((id) => leefgebiedLabel(input.leefgebieden, id) ?? id)
              .join(', ') || '-',
        },
      ],
    });
    blocks.push(...voiceBlocks(voiceLines(input.voices ?? [], zorgdossier.id, formatDutchDate)));
    if (exportable.involvements.length > 0) {
      blocks.push({ kind: 'heading', text: 'Betrokkenen', level: 2 });
      blocks.push({
        kind: 'list',
        items: exportable.involvements.map(
          (i) =>
            `${i.name}, ${i.role}${i.organisationName !== undefined ? ` (${i.organisationName})` : ''}${i.isRegisseur ? ', regisseur' : ''}`,
        ),
      });
    }
    const recent = [...exportable.chronology].reverse().slice(0, input.chronologyLimit ?? 8);
    if (recent.length > 0) {
      blocks.push({ kind: 'heading', text: 'Tijdlijn (meest recent eerst)', level: 2 });
      blocks.push({
        kind: 'list',
        items: recent.map((c) => {
          const heading =
            c.source === 'entry'
              ? c.entry.title
              : c.source === 'external'
                ? c.event.title
                : c.source === 'involvement'
                  ? `${c.involvement.name} betrokken`
                  : '';
          const label = c.kind === 'betrokkene' ? 'Betrokkene' : CASE_ENTRY_KIND_LABELS_NL[c.kind];
          return `${formatDutchDate(c.date)} - ${label}${heading.trim() !== '' ? `: ${heading}` : ''}`;
        }),
      });
    }
  }
  const carried = item.carryOver;
  if (carried !== undefined && (carried.openActions.length > 0 || carried.decisions.length > 0)) {
    blocks.push({ kind: 'heading', text: 'Welke stappen zijn gezet', level: 2 });
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
  return ok(blocks);
}

/** The sheet as a PDF (school name, page numbers, "VERTROUWELIJK"). */
export async function renderPreparationSheetPdf(
  input: PreparationSheetInput & { readonly fonts: DocumentFonts },
): Promise<Result<Uint8Array, PreparationSheetProblem>> {
  const blocks = preparationSheetBlocks(input);
  if (!blocks.ok) return blocks;
  return ok(
    await renderPdf({
      fonts: input.fonts,
      title: preparationSheetTitle(input.meeting),
      schoolName: input.schoolName,
      confidential: true,
      blocks: blocks.value,
    }),
  );
}
