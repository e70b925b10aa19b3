// Runs in: any environment.
//
// The printable zorgdossier ("Dossier afdrukken"): the formal file of one case in plain
// Dutch, as parents may see it. It is built only from an ExportableCase, which has no place
// for working notes, so a werkaantekening cannot end up on paper, whatever the caller passes.
import {
  CASE_ENTRY_KIND_LABELS_NL,
  CASE_STATUS_LABELS_NL,
  CONSENT_PURPOSE_LABELS_NL,
  STATUS_CAUSE_LABELS_NL,
} from '../domain/labelsNl';
import { formatDutchDate, type IsoDate } from '../domain/dates';
import type { ChronologyItem, ChronologyKind } from '../domain/chronology';
import type { Consent } from '../domain/consent';
import type { ExportableCase } from '../domain/exportableCase';
import { COORDINATION_LEVELS, resolveRegisseur, type Involvement } from '../domain/involvement';
import { leefgebiedLabel, type Leefgebied } from '../domain/leefgebieden';
import { displayName } from '../domain/pupil';
import { renderPdf, type Block, type DocumentFonts } from './pdf';

export interface CaseSummaryInput {
  readonly schoolName: string;
  /** The formal file; build it with toExportableCase. */
  readonly file: ExportableCase;
  /** The school's leefgebieden, for labels (ids not in the list print as the id). */
  readonly leefgebieden: readonly Leefgebied[];
  /** The day the summary is made. */
  readonly onDate: IsoDate;
  readonly documentId?: string;
}

/** One chronology event as Dutch text: what kind, a one-line heading and the text, if any. */
export interface ChronologyTextNl {
  readonly kindLabel: string;
  readonly title: string;
  readonly body: string;
}

/** The Dutch name of a chronology kind, including 'betrokkene' (someone joined the case). */
export function chronologyKindLabelNl(kind: ChronologyKind): string {
  return kind === 'betrokkene' ? 'Betrokkene' : CASE_ENTRY_KIND_LABELS_NL[kind];
}

function consentScopeNl(consent: Consent): string {
  const purpose = CONSENT_PURPOSE_LABELS_NL[consent.purpose];
  const recipient =
    consent.recipientOrganisationName === undefined
      ? ''
      : ` met ${consent.recipientOrganisationName}`;
  const document = consent.documentName === undefined ? '' : ` (document: ${consent.documentName})`;
  return `${purpose}${recipient}${document}`;
}

function involvementLineNl(involvement: Involvement): string {
  const organisation =
    involvement.organisationName === undefined ? '' : `, ${involvement.organisationName}`;
  return `${involvement.name} (${involvement.role}${organisation})`;
}

/** Describes one chronology item in Dutch for documents. */
export function chronologyTextNl(item: ChronologyItem): ChronologyTextNl {
  const kindLabel = chronologyKindLabelNl(item.kind);
  switch (item.source) {
    case 'signal':
      return {
        kindLabel,
        title: `Signaal van ${item.signal.raisedBy}`,
        body: item.signal.description,
      };
    case 'entry': {
      const { entry } = item;
      if (entry.kind === 'status' && entry.status !== undefined) {
        const reason =
          entry.statusCause !== undefined
            ? STATUS_CAUSE_LABELS_NL[entry.statusCause]
            : entry.body.trim() === ''
              ? ''
              : `Reden: ${entry.body}`;
        return {
          kindLabel,
          title: `Status gewijzigd naar ${CASE_STATUS_LABELS_NL[entry.status].toLowerCase()}`,
          body: reason,
        };
      }
      return { kindLabel, title: entry.title, body: entry.body };
    }
    case 'consent-given':
      return {
        kindLabel,
        title: `Toestemming gegeven: ${consentScopeNl(item.consent)}`,
        body: `Geldig tot en met ${formatDutchDate(item.consent.validUntil)}.`,
      };
    case 'consent-withdrawn':
      return {
        kindLabel,
        title: `Toestemming ingetrokken: ${consentScopeNl(item.consent)}`,
        body:
          item.consent.withdrawn === undefined
            ? ''
            : `Ingetrokken door ${item.consent.withdrawn.by}.`,
      };
    case 'involvement':
      return { kindLabel, title: `Betrokken: ${involvementLineNl(item.involvement)}`, body: '' };
    case 'external':
      return { kindLabel, title: item.event.title, body: '' };
    default: {
      const never: never = item;
      throw new Error(`unknown chronology item ${String(never)}`);
    }
  }
}

function regisseurNl(file: ExportableCase): string {
  const resolved = resolveRegisseur(file.case, file.involvements);
  if (resolved === undefined) return 'Nog niet bepaald';
  return resolved.kind === 'name' ? resolved.name : involvementLineNl(resolved.involvement);
}

function coordinationLabelNl(involvement: Involvement): string {
  return COORDINATION_LEVELS.find((l) => l.id === involvement.coordinationLevel)?.label ?? '';
}

/** The blocks of the printable zorgdossier (exported for tests and previews). */
export function caseSummaryBlocks(input: CaseSummaryInput): Block[] {
  const { file } = input;
  const zorgdossier = file.case;
  const pupil = file.pupil;
  const leefgebieden = zorgdossier.leefgebieden.map(
    (id) => leefgebiedLabel(input.leefgebieden, id) ?? id,
  );

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `Zorgdossier ${displayName(pupil)}` },
    {
      kind: 'fields',
      rows: [
        { label: 'Leerling', value: displayName(pupil) },
        { label: 'Geboortedatum', value: formatDutchDate(pupil.dateOfBirth) },
        ...(pupil.group === undefined ? [] : [{ label: 'Groep / klas', value: pupil.group }]),
        { label: 'School', value: input.schoolName },
        { label: 'Status', value: CASE_STATUS_LABELS_NL[zorgdossier.status] },
        ...(zorgdossier.closedAt === undefined
          ? []
          : [{ label: 'Afgesloten op', value: formatDutchDate(zorgdossier.closedAt) }]),
        ...(zorgdossier.closedReason === undefined
          ? []
          : [{ label: 'Reden afsluiten', value: zorgdossier.closedReason }]),
        { label: 'Regisseur', value: regisseurNl(file) },
        { label: 'Afgedrukt op', value: formatDutchDate(input.onDate) },
      ],
    },
    { kind: 'heading', level: 2, text: 'Signaal' },
    {
      kind: 'fields',
      rows: [
        { label: 'Datum', value: formatDutchDate(zorgdossier.signal.date) },
        { label: 'Gemeld door', value: zorgdossier.signal.raisedBy },
      ],
    },
    ...(zorgdossier.signal.description.trim() === ''
      ? []
      : [{ kind: 'paragraph' as const, text: zorgdossier.signal.description }]),
    { kind: 'heading', level: 2, text: 'Hulpvraag' },
    {
      kind: 'paragraph',
      text: zorgdossier.hulpvraag.trim() === '' ? 'Nog niet vastgesteld.' : zorgdossier.hulpvraag,
    },
    { kind: 'heading', level: 2, text: 'Leefgebieden' },
    leefgebieden.length === 0
      ? { kind: 'paragraph', text: 'Nog geen leefgebieden gekozen.' }
      : { kind: 'list', items: leefgebieden },
    { kind: 'heading', level: 2, text: 'Betrokkenen' },
    file.involvements.length === 0
      ? { kind: 'paragraph', text: 'Geen betrokkenen vastgelegd.' }
      : {
          kind: 'list',
          items: file.involvements.map(
            (i) =>
              `${involvementLineNl(i)}, sinds ${formatDutchDate(i.since)}; afstemming: ${coordinationLabelNl(i).toLowerCase()}${i.isRegisseur ? '; regisseur' : ''}`,
          ),
        },
    { kind: 'heading', level: 2, text: 'Toestemmingen' },
    file.consents.length === 0
      ? { kind: 'paragraph', text: 'Geen toestemmingen vastgelegd.' }
      : {
          kind: 'list',
          items: file.consents.map((c) => {
            const withdrawn =
              c.withdrawn === undefined
                ? ''
                : `; ingetrokken op ${formatDutchDate(c.withdrawn.date)}`;
            return `${consentScopeNl(c)}: van ${formatDutchDate(c.date)} tot en met ${formatDutchDate(c.validUntil)}${withdrawn}`;
          }),
        },
    { kind: 'heading', level: 2, text: 'Chronologie' },
  ];
  for (const item of file.chronology) {
    const text = chronologyTextNl(item);
    const heading = text.title.trim() === '' ? text.kindLabel : `${text.kindLabel}: ${text.title}`;
    blocks.push({
      kind: 'paragraph',
      bold: true,
      text: `${formatDutchDate(item.date)} · ${heading}`,
    });
    if (text.body.trim() !== '') blocks.push({ kind: 'paragraph', text: text.body });
  }
  blocks.push(
    { kind: 'spacer', height: 12 },
    {
      kind: 'paragraph',
      size: 9,
      text: 'Dit is het formele dossier zoals ouders het mogen inzien. Persoonlijke werkaantekeningen van begeleiders staan hier niet in.',
    },
  );
  return blocks;
}

/** Renders the printable zorgdossier as a PDF. The title never holds the pupil's name. */
export function renderCaseSummary(
  input: CaseSummaryInput & { readonly fonts: DocumentFonts },
): Promise<Uint8Array> {
  return renderPdf({
    fonts: input.fonts,
    title: 'Zorgdossier',
    schoolName: input.schoolName,
    confidential: true,
    blocks: caseSummaryBlocks(input),
    ...(input.documentId === undefined ? {} : { footer: { documentId: input.documentId } }),
  });
}
