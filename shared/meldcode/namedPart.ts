// Runs in: any environment.
//
// The named part of a meldcode track in a referral (issue 16, point 3). The track never
// travels, with this one deliberate exception: the user may include a MINIMAL part of it in a
// referral letter (and nowhere else), and only on a basis recorded explicitly, never presumed:
//
// - 'toestemming': the parents' consent, as a reference to a recorded consent of this pupil.
//   That consent itself must allow referring to this recipient ('verwijzen') the category
//   the part belongs to (MELDCODE_PART_CATEGORY) on the letter's day: it is evaluated alone,
//   so another consent cannot stand in for the one the user named.
// - 'wettelijke-grondslag': sharing without consent on a legal basis (the meldrecht, or
//   another ground such as a conflict of duties), with the professional's written motivation.
//
// The part is the decision of step 5 with its day and, after a report, the day Veilig Thuis
// was told: what the recipient needs to know to work with the family safely. It leaves out
// the signals, the interpretation, the collegial and Veilig Thuis consultations, the
// conversation, the afwegingen, the reasons, Veilig Thuis's answer and every staff name: those
// are the school's own working of the case (they go to Veilig Thuis only on the verslag's
// part for Veilig Thuis, which the school hands over itself).
import type { Consent, DataCategory } from '../domain/consent';
import { evaluateConsent, type ConsentReason } from '../domain/consentEvaluation';
import { formatDutchDate, type IsoDate } from '../domain/dates';
import type { Pupil } from '../domain/pupil';
import type { ReferralLetterContent } from '../referrals/letterContent';
import type { MeldcodePartBasis, MeldcodePartSelection } from '../referrals/referral';
import { err, ok, type Result } from '../result';
import { MELDCODE_DECISION_LABELS_NL, type MeldcodeTrack } from './meldcode';

/** The consent category the named part belongs to: it says something about safety at home. */
export const MELDCODE_PART_CATEGORY: DataCategory = 'thuissituatie';

/** Exactly what the letter carries of the track (the letter's own section). */
export type MeldcodeLetterPart = NonNullable<ReferralLetterContent['meldcode']>;

export type MeldcodePartProblem =
  | { readonly code: 'meldcode-part.track-missing' }
  | { readonly code: 'meldcode-part.no-decision' }
  | { readonly code: 'meldcode-part.no-basis' }
  | { readonly code: 'meldcode-part.motivation-required' }
  | { readonly code: 'meldcode-part.consent-missing' }
  | { readonly code: 'meldcode-part.consent-invalid'; readonly reasons: readonly ConsentReason[] };

export interface MeldcodePartContext {
  readonly referral: {
    readonly caseId: string;
    readonly pupilId: string;
    readonly recipientOrganisationId: string;
  };
  /** The case's tracks (others are ignored). */
  readonly tracks: readonly MeldcodeTrack[];
  readonly pupil: Pick<
    Pupil,
    'id' | 'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'guardians'
  >;
  readonly consents: readonly Consent[];
  /** The letter's day: the consent must hold on it. */
  readonly onDate: IsoDate;
}

/** The tracks a referral may take a part from: the case's tracks with a decision. */
export function tracksWithDecision(
  tracks: readonly MeldcodeTrack[],
  caseId: string,
): MeldcodeTrack[] {
  return tracks.filter((t) => t.caseId === caseId && t.steps.besluit !== undefined);
}

/** The part exactly as it would go, without the basis (the wizard shows it before opting in). */
export function meldcodePartFacts(
  track: MeldcodeTrack,
): Omit<MeldcodeLetterPart, 'basis'> | undefined {
  const besluit = track.steps.besluit;
  if (besluit === undefined) return undefined;
  return {
    decision: MELDCODE_DECISION_LABELS_NL[besluit.decision],
    decisionDate: besluit.date,
    ...(track.report === undefined ? {} : { reportDate: track.report.date }),
  };
}

function basisCheck(
  basis: MeldcodePartBasis | undefined,
  ctx: MeldcodePartContext,
): Result<string, MeldcodePartProblem> {
  if (basis === undefined) return err({ code: 'meldcode-part.no-basis' });
  switch (basis.kind) {
    case 'wettelijke-grondslag':
      return basis.motivation.trim() === ''
        ? err({ code: 'meldcode-part.motivation-required' })
        : ok(
            'Gedeeld zonder toestemming van ouders, op grond van het meldrecht of een andere wettelijke grondslag; de school heeft de motivering vastgelegd.',
          );
    case 'toestemming': {
      const consent = ctx.consents.find(
        (c) => c.id === basis.consentId && c.pupilId === ctx.pupil.id,
      );
      if (consent === undefined) return err({ code: 'meldcode-part.consent-missing' });
      const decision = evaluateConsent(
        {
          purpose: 'verwijzen',
          recipientOrganisationId: ctx.referral.recipientOrganisationId,
          categories: [MELDCODE_PART_CATEGORY],
          onDate: ctx.onDate,
        },
        ctx.pupil,
        [consent],
      );
      return decision.allowed
        ? ok(
            `Gedeeld met toestemming van ouders (toestemming van ${formatDutchDate(consent.date)}).`,
          )
        : err({ code: 'meldcode-part.consent-invalid', reasons: decision.reasons });
    }
  }
}

/**
 * The named part a referral carries, or why it may not: the track must be one of the case's,
 * with a decision, and the basis recorded and valid on the letter's day. A referral without a
 * selection carries nothing (undefined): that is the default.
 */
export function meldcodeLetterPart(
  selection: MeldcodePartSelection | undefined,
  ctx: MeldcodePartContext,
): Result<MeldcodeLetterPart | undefined, MeldcodePartProblem> {
  if (selection === undefined) return ok(undefined);
  if (ctx.pupil.id !== ctx.referral.pupilId)
    throw new Error('meldcode-part: the referral belongs to another pupil');
  const track = ctx.tracks.find(
    (t) => t.id === selection.trackId && t.caseId === ctx.referral.caseId,
  );
  if (track === undefined) return err({ code: 'meldcode-part.track-missing' });
  const facts = meldcodePartFacts(track);
  if (facts === undefined) return err({ code: 'meldcode-part.no-decision' });
  const basis = basisCheck(selection.basis, ctx);
  if (!basis.ok) return basis;
  return ok({ ...facts, basis: basis.value });
}
