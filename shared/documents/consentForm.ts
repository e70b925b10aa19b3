// Runs in: any environment.
//
// The printable toestemmingsformulier (consent form). Consent is "hard to get" (brief §5), so
// asking must be easy: one page in plain Dutch that says what the school wants to do, with
// whom, which data, for how long and how to withdraw, with signature lines for exactly the
// people whose consent is needed on the day (requiredConsenters, the same rule the consent
// check applies later). The form refuses to print when a required signer is missing from the
// pupil record, rather than print a form that could never make a valid consent.
import { err, ok, type Result } from '../result';
import { compareIsoDates, formatDutchDate, type IsoDate } from '../domain/dates';
import {
  purposeNeedsRecipient,
  type ConsentPurpose,
  type DataCategory,
  type MeetingKind,
} from '../domain/consent';
import { requiredConsenters, type AgeBand, type RequiredConsenter } from '../domain/consenters';
import {
  CONSENT_PURPOSE_LABELS_NL,
  DATA_CATEGORY_LABELS_NL,
  GUARDIAN_RELATION_LABELS_NL,
  MEETING_KIND_LABELS_NL,
} from '../domain/labelsNl';
import { displayName, type Pupil } from '../domain/pupil';
import { renderPdf, type Block, type DocumentFonts } from './pdf';

/** What the consent is asked for; mirrors the consent record's scope fields. */
export interface ConsentRequest {
  readonly purpose: ConsentPurpose;
  /** For 'bespreken-op-naam'. */
  readonly meetingKinds?: readonly MeetingKind[];
  /** The recipient organisation, for every purpose except 'bespreken-op-naam'. */
  readonly recipientName?: string;
  /** For 'document-doorgeven'. */
  readonly documentName?: string;
  readonly dataCategories: readonly DataCategory[];
  /** Last valid day (inclusive). */
  readonly validUntil: IsoDate;
}

export interface ConsentFormInput {
  readonly schoolName: string;
  readonly pupil: Pick<
    Pupil,
    'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'group' | 'guardians'
  >;
  readonly request: ConsentRequest;
  /** The day the form is made: who must sign is decided for this day. */
  readonly onDate: IsoDate;
  /** Who to tell about withdrawal or questions (usually the IB). */
  readonly contact: { readonly name: string; readonly role: string };
  readonly documentId?: string;
}

export type ConsentFormErrorCode =
  | 'consent-form.meeting-kind-required'
  | 'consent-form.recipient-required'
  | 'consent-form.document-name-required'
  | 'consent-form.no-categories'
  | 'consent-form.valid-until-in-past'
  | 'consent-form.no-guardian-with-gezag';

export interface ConsentFormError {
  readonly code: ConsentFormErrorCode;
}

function joinDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1) ?? ''}`;
}

/** What the school wants to do, in plain Dutch. */
function purposeText(request: ConsentRequest, name: string): string {
  const recipient = request.recipientName ?? '';
  switch (request.purpose) {
    case 'bespreken-op-naam': {
      const meetings = joinDutch(
        (request.meetingKinds ?? []).map((k) => MEETING_KIND_LABELS_NL[k]),
      );
      return (
        `De school wil ${name} met naam bespreken in ${meetings}. Daar denken deskundigen mee over hoe ${name} ` +
        `het beste geholpen kan worden. Zonder deze toestemming bespreken wij ${name} alleen zonder naam.`
      );
    }
    case 'informatie-uitwisselen':
      return `De school wil informatie over ${name} uitwisselen met ${recipient}. De school geeft informatie en mag ook informatie van ${recipient} ontvangen, zodat school en ${recipient} samen kunnen helpen.`;
    case 'verwijzen':
      return `De school wil ${name} aanmelden bij ${recipient}. De school geeft daarvoor de gegevens hieronder door, zodat u uw verhaal niet opnieuw hoeft te vertellen.`;
    case 'terugkoppeling-ontvangen':
      return `${recipient} mag de school laten weten hoe het gaat met de hulp aan ${name}: of er contact is geweest, of de hulp is begonnen en wat de school zelf kan doen.`;
    case 'document-doorgeven':
      return `De school wil het document "${request.documentName ?? ''}" over ${name} doorgeven aan ${recipient}. Alleen dit document, geen andere stukken.`;
    default: {
      const never: never = request.purpose;
      throw new Error(`unknown purpose ${String(never)}`);
    }
  }
}

/** Who signs and why, in plain Dutch. */
function signersText(band: AgeBand, name: string): string {
  switch (band) {
    case 'under-12':
      return `${name} is jonger dan 12 jaar. Daarom tekenen alle ouders of verzorgers met ouderlijk gezag, ieder apart.`;
    case '12-to-15':
      return `${name} is 12 jaar of ouder, maar nog geen 16. Daarom tekenen de ouders of verzorgers met ouderlijk gezag én ${name} zelf.`;
    case '16-and-older':
      return `${name} is 16 jaar of ouder en beslist zelf. Daarom tekent alleen ${name}.`;
    default: {
      const never: never = band;
      throw new Error(`unknown band ${String(never)}`);
    }
  }
}

function signer(person: RequiredConsenter): { name: string; role: string } {
  if (person.personKind === 'pupil') return { name: person.name, role: 'leerling' };
  return {
    name: person.name,
    role: `${GUARDIAN_RELATION_LABELS_NL[person.relation]}, met ouderlijk gezag`,
  };
}

/** Checks the request and builds the form's blocks (exported for tests and previews). */
export function consentFormBlocks(input: ConsentFormInput): Result<Block[], ConsentFormError> {
  const { request, pupil } = input;
  const fail = (code: ConsentFormErrorCode): Result<never, ConsentFormError> => err({ code });
  if (request.purpose === 'bespreken-op-naam' && (request.meetingKinds ?? []).length === 0)
    return fail('consent-form.meeting-kind-required');
  if (purposeNeedsRecipient(request.purpose) && (request.recipientName ?? '').trim() === '')
    return fail('consent-form.recipient-required');
  if (request.purpose === 'document-doorgeven' && (request.documentName ?? '').trim() === '')
    return fail('consent-form.document-name-required');
  if (request.dataCategories.length === 0) return fail('consent-form.no-categories');
  if (compareIsoDates(request.validUntil, input.onDate) < 0)
    return fail('consent-form.valid-until-in-past');
  const requirement = requiredConsenters(pupil, input.onDate);
  if (requirement.problem === 'no-guardian-with-gezag')
    return fail('consent-form.no-guardian-with-gezag');

  const name = displayName(pupil);
  const categories = [...new Set(request.dataCategories)].map((c) => DATA_CATEGORY_LABELS_NL[c]);
  const scopeRows = [
    ...(request.recipientName === undefined
      ? []
      : [{ label: 'Organisatie', value: request.recipientName }]),
    ...(request.documentName === undefined
      ? []
      : [{ label: 'Document', value: request.documentName }]),
  ];
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 1,
      text: `Toestemming: ${CONSENT_PURPOSE_LABELS_NL[request.purpose].toLowerCase()}`,
    },
    {
      kind: 'fields',
      rows: [
        { label: 'Leerling', value: name },
        { label: 'Geboortedatum', value: formatDutchDate(pupil.dateOfBirth) },
        ...(pupil.group === undefined ? [] : [{ label: 'Groep / klas', value: pupil.group }]),
        { label: 'School', value: input.schoolName },
        { label: 'Datum formulier', value: formatDutchDate(input.onDate) },
      ],
    },
    { kind: 'heading', level: 2, text: 'Waarvoor vragen wij toestemming?' },
    { kind: 'paragraph', text: purposeText(request, name) },
    ...(scopeRows.length === 0 ? [] : [{ kind: 'fields' as const, rows: scopeRows }]),
    { kind: 'heading', level: 2, text: 'Welke gegevens?' },
    { kind: 'paragraph', text: 'Alleen deze gegevens worden gedeeld of besproken:' },
    { kind: 'list', items: categories },
    { kind: 'paragraph', text: 'Andere gegevens delen wij niet zonder nieuwe toestemming.' },
    { kind: 'heading', level: 2, text: 'Hoe lang geldt deze toestemming?' },
    {
      kind: 'paragraph',
      text: `Vanaf de dag van ondertekening tot en met ${formatDutchDate(request.validUntil)}.`,
    },
    { kind: 'heading', level: 2, text: 'Intrekken' },
    {
      kind: 'paragraph',
      text:
        `U kunt deze toestemming altijd intrekken, zonder uit te leggen waarom. Laat het weten aan ${input.contact.name} ` +
        `(${input.contact.role}) van ${input.schoolName}, mondeling of schriftelijk. Vanaf dat moment gebruiken wij deze ` +
        'toestemming niet meer. Wat al gedeeld is, kan niet worden teruggehaald.',
    },
    { kind: 'heading', level: 2, text: 'Ondertekening' },
    { kind: 'paragraph', text: signersText(requirement.band, name) },
    {
      kind: 'paragraph',
      text: 'Met mijn handtekening geef ik toestemming voor wat op dit formulier staat.',
    },
    { kind: 'signatures', signers: requirement.consenters.map(signer) },
  ];
  return ok(blocks);
}

/** Renders the consent form as a PDF, or returns why it cannot be made. */
export async function renderConsentForm(
  input: ConsentFormInput & { readonly fonts: DocumentFonts },
): Promise<Result<Uint8Array, ConsentFormError>> {
  const blocks = consentFormBlocks(input);
  if (!blocks.ok) return blocks;
  const bytes = await renderPdf({
    fonts: input.fonts,
    title: 'Toestemmingsformulier',
    schoolName: input.schoolName,
    confidential: true,
    blocks: blocks.value,
    ...(input.documentId === undefined ? {} : { footer: { documentId: input.documentId } }),
  });
  return ok(bytes);
}
