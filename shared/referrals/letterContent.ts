// Runs in: any environment.
//
// Exactly what a referral letter says, with every id resolved to text. The PDF, the parents'
// copy and the preview "wat de ontvanger ziet" are all drawn from this one value, and the
// fingerprint is computed over it, so what is checked is what was printed. How it was sent
// is not part of it: the letter is printed before it leaves, and the preview of a concept
// must carry the same fingerprint as the letter that goes out.
import type { DataCategory } from '../domain/consent';
import { requiredConsenters } from '../domain/consenters';
import { formatDutchDate, type IsoDate } from '../domain/dates';
import { DATA_CATEGORY_LABELS_NL, GUARDIAN_RELATION_LABELS_NL } from '../domain/labelsNl';
import { displayName, type Pupil } from '../domain/pupil';
import { voiceLines, type Voice } from '../domain/voice';
import type { Referral } from './referral';

/** Version tag inside the content, so a later layout of the content gets another fingerprint. */
export const REFERRAL_LETTER_FORMAT = 'zorgtafel-verwijsbrief/1';

export interface LetterSigner {
  readonly name: string;
  readonly role: string;
}

/** The letter's content; plain strings only, so it encodes canonically (fingerprint.ts). */
export interface ReferralLetterContent {
  readonly format: typeof REFERRAL_LETTER_FORMAT;
  readonly school: { readonly name: string; readonly address: string };
  readonly recipient: { readonly name: string; readonly address?: string };
  /** The letter's date, "YYYY-MM-DD". */
  readonly date: IsoDate;
  readonly pupil: { readonly name: string; readonly dateOfBirth: IsoDate; readonly group?: string };
  readonly reasonAndQuestion: string;
  readonly alreadyDone: { readonly items: readonly string[]; readonly text: string };
  readonly strengths: string;
  readonly concerns: readonly { readonly leefgebied: string; readonly text: string }[];
  readonly askOfRecipient: string;
  /**
   * What the parents and the pupil think, dated lines oldest first (issue 18). Absent when
   * there is nothing to print, so a letter without voices keeps the fingerprint it had
   * before voices existed (canonical JSON leaves absent members out).
   */
  readonly voices?: { readonly parents: readonly string[]; readonly pupil: readonly string[] };
  /**
   * The named part of a meldcode track, only when the user included it on a recorded basis
   * (issue 16; docs/meldcode.md, "The named part"). Absent otherwise, so every other letter keeps
   * its fingerprint and the format tag stays the same.
   */
  readonly meldcode?: {
    /** The decision of step 5, as the verslag names it. */
    readonly decision: string;
    readonly decisionDate: IsoDate;
    /** The day the school reported to Veilig Thuis, after a decision to report. */
    readonly reportDate?: IsoDate;
    /** On what basis the part is shared, one sentence for the recipient. */
    readonly basis: string;
  };
  readonly involved: readonly string[];
  readonly attachments: readonly string[];
  /** The shared data categories, as codes (labels are derived when printing). */
  readonly dataCategories: readonly DataCategory[];
  /** Everyone whose consent is needed, then the IB. */
  readonly signers: readonly LetterSigner[];
}

export interface LetterContext {
  readonly school: { readonly name: string; readonly address: string };
  readonly recipient: { readonly name: string; readonly address?: string };
  readonly pupil: Pick<
    Pupil,
    'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'group' | 'guardians'
  >;
  readonly date: IsoDate;
  /** The IB who signs for school. */
  readonly ib: LetterSigner;
  /** Texts for action/decision ids, involvement ids, leefgebied ids and attachment refIds. */
  readonly actionTexts: Readonly<Record<string, string>>;
  readonly involvementTexts: Readonly<Record<string, string>>;
  readonly leefgebiedLabels: Readonly<Record<string, string>>;
  readonly attachmentLabels: Readonly<Record<string, string>>;
  /** The case's voices (records of other cases are ignored). */
  readonly voices?: readonly Voice[];
  /** The meldcode part, already checked against its basis (namedPart.ts of the meldcode module). */
  readonly meldcode?: ReferralLetterContent['meldcode'];
}

/**
 * The parents' and the pupil's view is part of the worry and the question for help, so the
 * letter carries it only when it shares that category, which the consent gate then requires.
 */
export const VOICES_CATEGORY: DataCategory = 'zorgsignaal-en-hulpvraag';

/** The voices section of a letter for `referral`, or undefined when it has none or may not. */
export function letterVoices(
  referral: Pick<Referral, 'caseId' | 'dataCategories'>,
  voices: readonly Voice[],
): ReferralLetterContent['voices'] {
  if (!referral.dataCategories.includes(VOICES_CATEGORY)) return undefined;
  const groups = voiceLines(voices, referral.caseId, formatDutchDate);
  if (groups.length === 0) return undefined;
  const of = (kind: Voice['kind']): string[] => [
    ...(groups.find((g) => g.kind === kind)?.lines ?? []),
  ];
  return { parents: of('ouders'), pupil: of('leerling') };
}

export type LetterContentError =
  | { readonly code: 'letter.unresolved-reference'; readonly refId: string }
  | { readonly code: 'letter.no-guardian-with-gezag' };

/** The signature lines: each person whose consent is needed on the letter's date, then the IB. */
export function letterSigners(
  pupil: LetterContext['pupil'],
  onDate: IsoDate,
  ib: LetterSigner,
): LetterSigner[] {
  const requirement = requiredConsenters(pupil, onDate);
  const people = requirement.consenters.map((p) =>
    p.personKind === 'pupil'
      ? { name: p.name, role: 'leerling' }
      : { name: p.name, role: `${GUARDIAN_RELATION_LABELS_NL[p.relation]}, met ouderlijk gezag` },
  );
  return [...people, ib];
}

/** Builds the letter content, refusing when an id cannot be resolved (never print a bare id). */
export function buildLetterContent(
  referral: Referral,
  ctx: LetterContext,
): { ok: true; value: ReferralLetterContent } | { ok: false; error: LetterContentError } {
  const missing = (refId: string) => ({
    ok: false as const,
    error: { code: 'letter.unresolved-reference' as const, refId },
  });
  const resolve = (
    map: Readonly<Record<string, string>>,
    ids: readonly string[],
  ): string[] | string => {
    const out: string[] = [];
    for (const id of ids) {
      const text = map[id];
      if (text === undefined) return id;
      out.push(text);
    }
    return out;
  };
  if (requiredConsenters(ctx.pupil, ctx.date).problem === 'no-guardian-with-gezag')
    return { ok: false, error: { code: 'letter.no-guardian-with-gezag' } };
  const done = resolve(ctx.actionTexts, referral.composition.alreadyDone.refIds);
  if (typeof done === 'string') return missing(done);
  const involved = resolve(ctx.involvementTexts, referral.composition.involvementIds);
  if (typeof involved === 'string') return missing(involved);
  const attachments = resolve(
    ctx.attachmentLabels,
    referral.attachments.map((a) => a.refId),
  );
  if (typeof attachments === 'string') return missing(attachments);
  const concerns: { leefgebied: string; text: string }[] = [];
  for (const c of referral.composition.concerns) {
    const label = ctx.leefgebiedLabels[c.leefgebiedId];
    if (label === undefined) return missing(c.leefgebiedId);
    concerns.push({ leefgebied: label, text: c.text });
  }
  const { pupil } = ctx;
  const voices = letterVoices(referral, ctx.voices ?? []);
  return {
    ok: true,
    value: {
      format: REFERRAL_LETTER_FORMAT,
      school: { ...ctx.school },
      recipient: { ...ctx.recipient },
      date: ctx.date,
      pupil: {
        name: displayName(pupil),
        dateOfBirth: pupil.dateOfBirth,
        ...(pupil.group === undefined ? {} : { group: pupil.group }),
      },
      reasonAndQuestion: referral.composition.reasonAndQuestion,
      alreadyDone: { items: done, text: referral.composition.alreadyDone.text },
      strengths: referral.composition.strengths,
      concerns,
      askOfRecipient: referral.composition.askOfRecipient,
      ...(voices === undefined ? {} : { voices }),
      ...(ctx.meldcode === undefined ? {} : { meldcode: { ...ctx.meldcode } }),
      involved,
      attachments,
      dataCategories: [...referral.dataCategories],
      signers: letterSigners(pupil, ctx.date, ctx.ib),
    },
  };
}

/** Dutch labels of the content's categories (for the letter and the preview). */
export function categoryLabels(content: Pick<ReferralLetterContent, 'dataCategories'>): string[] {
  return content.dataCategories.map((c) => DATA_CATEGORY_LABELS_NL[c]);
}

/** "7 maart 2026", re-exported so the letter and the preview format dates alike. */
export const letterDate = formatDutchDate;
