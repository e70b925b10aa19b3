// Runs in: any environment.
//
// The verwijsbrief (referral letter) PDF and the parents' copy (issue 6). Both are drawn
// from one ReferralLetterContent, the same value the SHA-256 fingerprint in the footer is
// computed over, so the recipient can recompute it and see the letter was not altered. The
// letter has the school letterhead (logo, name and address), the recipient, the date, every
// composed section, a signature line for each person whose consent is needed and for the IB,
// "VERTROUWELIJK" and page numbers. The logo is decoration, not content: it is not part of
// the fingerprint.
import { DATA_CATEGORY_LABELS_NL } from '../domain/labelsNl';
import { formatDutchDate } from '../domain/dates';
import { referralContentFingerprint } from '../referrals/fingerprint';
import type { ReferralLetterContent } from '../referrals/letterContent';
import { renderPdf, type Block, type DocumentFonts } from './pdf';
import { voiceBlocks } from './voiceBlocks';

export type ReferralLetterVariant = 'recipient' | 'parents';

export const REFERRAL_LETTER_TITLES: Readonly<Record<ReferralLetterVariant, string>> = {
  recipient: 'Verwijsbrief',
  parents: 'Verwijsbrief – kopie voor ouders',
};

/** Shown where a section was left empty, so an empty section is visibly empty, not missing. */
const EMPTY = '(niet ingevuld)';

const orEmpty = (text: string): string => (text.trim() === '' ? EMPTY : text);

/** The parents' and the pupil's view, each under its own heading; nothing when there is none. */
function voicesSection(voices: ReferralLetterContent['voices']): Block[] {
  if (voices === undefined) return [];
  return voiceBlocks([
    { kind: 'ouders', lines: voices.parents },
    { kind: 'leerling', lines: voices.pupil },
  ]);
}

/**
 * The named part of a meldcode track, only when the user included it on a recorded basis:
 * the decision, its day, the day of the report to Veilig Thuis, and that basis.
 */
function meldcodeSection(part: ReferralLetterContent['meldcode']): Block[] {
  if (part === undefined) return [];
  return [
    { kind: 'heading', level: 2, text: 'Meldcode huiselijk geweld en kindermishandeling' },
    {
      kind: 'fields',
      rows: [
        { label: 'Besluit van de school', value: part.decision },
        { label: 'Datum van het besluit', value: formatDutchDate(part.decisionDate) },
        ...(part.reportDate === undefined
          ? []
          : [{ label: 'Gemeld bij Veilig Thuis', value: formatDutchDate(part.reportDate) }]),
      ],
    },
    { kind: 'paragraph', text: part.basis },
  ];
}

/** The blocks of the letter (exported for the preview and for tests). */
export function referralLetterBlocks(
  content: ReferralLetterContent,
  variant: ReferralLetterVariant,
  logo?: Uint8Array,
): Block[] {
  const parents: Block[] =
    variant === 'parents'
      ? [
          { kind: 'box', text: 'Kopie voor ouders', size: 13 },
          {
            kind: 'paragraph',
            text:
              `Dit is uw kopie van de brief waarmee de school ${content.pupil.name} aanmeldt bij ${content.recipient.name}. ` +
              'De inhoud is precies gelijk aan de brief die de ontvanger krijgt. U heeft toestemming gegeven voor de gegevens ' +
              'die hierin staan. Klopt er iets niet, of wilt u uw toestemming intrekken? Neem dan contact op met de school.',
          },
        ]
      : [];
  const section = (title: string, text: string): Block[] => [
    { kind: 'heading', level: 2, text: title },
    { kind: 'paragraph', text: orEmpty(text) },
  ];
  const list = (items: readonly string[], none: string): Block =>
    items.length === 0 ? { kind: 'paragraph', text: none } : { kind: 'list', items: [...items] };
  return [
    // Letterhead: the page header holds the school's name; logo, name and address head the letter.
    ...(logo === undefined
      ? []
      : [{ kind: 'image' as const, bytes: logo, maxWidth: 180, maxHeight: 64 }]),
    { kind: 'paragraph', text: content.school.name, bold: true },
    ...(content.school.address.trim() === ''
      ? []
      : [{ kind: 'paragraph' as const, text: content.school.address }]),
    { kind: 'spacer', height: 8 },
    {
      kind: 'paragraph',
      text: `Aan: ${content.recipient.name}${content.recipient.address === undefined ? '' : `\n${content.recipient.address}`}`,
    },
    { kind: 'paragraph', text: `Datum: ${formatDutchDate(content.date)}` },
    ...parents,
    { kind: 'heading', level: 1, text: `Aanmelding: ${content.pupil.name}` },
    {
      kind: 'fields',
      rows: [
        { label: 'Leerling', value: content.pupil.name },
        { label: 'Geboortedatum', value: formatDutchDate(content.pupil.dateOfBirth) },
        ...(content.pupil.group === undefined
          ? []
          : [{ label: 'Groep / klas', value: content.pupil.group }]),
      ],
    },
    ...section('Reden van aanmelding en hulpvraag', content.reasonAndQuestion),
    { kind: 'heading', level: 2, text: 'Wat de school al heeft gedaan' },
    ...(content.alreadyDone.items.length === 0
      ? []
      : [{ kind: 'list' as const, items: [...content.alreadyDone.items] }]),
    ...(content.alreadyDone.items.length > 0 && content.alreadyDone.text.trim() === ''
      ? []
      : [{ kind: 'paragraph' as const, text: orEmpty(content.alreadyDone.text) }]),
    ...section('Sterke kanten van het kind en het gezin', content.strengths),
    { kind: 'heading', level: 2, text: 'Zorgen per leefgebied' },
    ...(content.concerns.length === 0
      ? [{ kind: 'paragraph' as const, text: EMPTY }]
      : [
          {
            kind: 'fields' as const,
            rows: content.concerns.map((c) => ({ label: c.leefgebied, value: orEmpty(c.text) })),
          },
        ]),
    ...section('Wat de school van u vraagt', content.askOfRecipient),
    ...voicesSection(content.voices),
    ...meldcodeSection(content.meldcode),
    { kind: 'heading', level: 2, text: 'Wie zijn er verder betrokken' },
    list(content.involved, 'Geen andere betrokkenen genoemd.'),
    { kind: 'heading', level: 2, text: 'Gedeelde gegevens (met toestemming)' },
    list(
      content.dataCategories.map((c) => DATA_CATEGORY_LABELS_NL[c]),
      EMPTY,
    ),
    { kind: 'heading', level: 2, text: 'Bijlagen' },
    list(content.attachments, 'Geen bijlagen.'),
    { kind: 'heading', level: 2, text: 'Ondertekening' },
    {
      kind: 'paragraph',
      text: 'Met hun handtekening bevestigen de ondertekenaars deze aanmelding.',
    },
    { kind: 'signatures', signers: content.signers.map((s) => ({ name: s.name, role: s.role })) },
    { kind: 'heading', level: 2, text: 'Controle' },
    {
      kind: 'paragraph',
      size: 8.5,
      text:
        'De vingerafdruk onderaan elke pagina is de SHA-256 van de inhoud van deze brief: elke wijziging van de inhoud ' +
        'geeft een andere waarde. Twijfelt u of deze brief onderweg is gewijzigd? Bel de school en vraag of het ' +
        'documentnummer en de vingerafdruk overeenkomen met wat de school heeft verstuurd.',
    },
  ];
}

export interface ReferralLetterInput {
  readonly fonts: DocumentFonts;
  readonly content: ReferralLetterContent;
  readonly documentId: string;
  readonly variant: ReferralLetterVariant;
  /** The school's logo (PNG or JPEG bytes), drawn above the letterhead. */
  readonly logo?: Uint8Array;
}

/** Renders the letter; returns the bytes and the fingerprint printed in its footer. */
export async function renderReferralLetter(
  input: ReferralLetterInput,
): Promise<{ bytes: Uint8Array; fingerprint: string }> {
  const fingerprint = await referralContentFingerprint(input.content);
  const bytes = await renderPdf({
    fonts: input.fonts,
    title: REFERRAL_LETTER_TITLES[input.variant],
    schoolName: input.content.school.name,
    confidential: true,
    blocks: referralLetterBlocks(input.content, input.variant, input.logo),
    footer: { documentId: input.documentId, fingerprint },
  });
  return { bytes, fingerprint };
}
