// Runs in: any environment.
//
// The one question every gate in Zorgtafel asks before a pupil is discussed by name, a
// referral goes out or a file is shared: "is purpose P towards recipient R, covering data
// categories C, allowed on date D for this pupil?" The answer is yes with the consents that
// allow it, or no with every reason, as codes the UI turns into Dutch sentences.
//
// Rules (docs/domain.md has the full text):
// - scope: the consent's purpose must match; for 'bespreken-op-naam' it must cover the
//   meeting kind; for the other purposes it must name the recipient organisation; for
//   'document-doorgeven' the same document (compared without case or accents);
// - time: valid from `date` up to and including `validUntil`; a withdrawal dated on or
//   before the day asked about blocks it;
// - categories: ONE consent must cover all requested categories. Categories are not pooled
//   over several consents: each consent is one signed form with one scope, and pooling would
//   allow a combination nobody signed for;
// - people: everyone requiredConsenters() names for the pupil's age on that day must appear
//   in that same consent's givenBy, with a consent date on or before the day asked about; a
//   person in refusedBy is reported with the date of the refusal.
// When no consent passes, the reasons come from the best candidate (fewest problems).
import { z } from 'zod';
import { normalizeForSearch } from '../search/normalize';
import { compareIsoDates, isoDateSchema, type IsoDate } from './dates';
import {
  consentPurposeSchema,
  dataCategorySchema,
  meetingKindSchema,
  purposeNeedsRecipient,
  type Consent,
  type ConsentPurpose,
  type DataCategory,
  type MeetingKind,
} from './consent';
import { requiredConsenters, type ConsenterRequirement } from './consenters';
import { recordIdSchema } from './fields';
import type { Pupil } from './pupil';

export interface ConsentQuery {
  readonly purpose: ConsentPurpose;
  /** Required for 'bespreken-op-naam'. */
  readonly meetingKind?: MeetingKind;
  /** Required for every purpose except 'bespreken-op-naam'. */
  readonly recipientOrganisationId?: string;
  /** The data categories the use involves. */
  readonly categories: readonly DataCategory[];
  /** Required for 'document-doorgeven'. */
  readonly documentName?: string;
  /** The day of the use. */
  readonly onDate: IsoDate;
}

/** Validates a query that crosses a boundary (IPC, a stored agenda item). */
export const consentQuerySchema = z
  .object({
    purpose: consentPurposeSchema,
    meetingKind: meetingKindSchema.optional(),
    recipientOrganisationId: recordIdSchema.optional(),
    categories: z.array(dataCategorySchema).min(1),
    documentName: z.string().trim().min(1).max(200).optional(),
    onDate: isoDateSchema,
  })
  .strict();

/** Why a use is not allowed. Every code is stable; the UI translates it. */
export type ConsentReason =
  // The question itself is incomplete.
  | { readonly code: 'meeting-kind-required' }
  | { readonly code: 'recipient-required' }
  | { readonly code: 'document-name-required' }
  // No consent has the right scope.
  | { readonly code: 'no-consent-for-purpose'; readonly purpose: ConsentPurpose }
  | {
      readonly code: 'meeting-kind-not-covered';
      readonly meetingKind: MeetingKind;
      readonly consentIds: readonly string[];
    }
  | {
      readonly code: 'wrong-recipient';
      readonly recipientOrganisationId: string;
      readonly consentIds: readonly string[];
    }
  | {
      readonly code: 'document-not-covered';
      readonly documentName: string;
      readonly consentIds: readonly string[];
    }
  // The best consent with the right scope fails on these.
  | { readonly code: 'not-yet-valid'; readonly consentId: string; readonly validFrom: IsoDate }
  | { readonly code: 'expired'; readonly consentId: string; readonly validUntil: IsoDate }
  | {
      readonly code: 'withdrawn';
      readonly consentId: string;
      readonly date: IsoDate;
      readonly by: string;
    }
  | {
      readonly code: 'category-not-covered';
      readonly consentId: string;
      readonly categories: readonly DataCategory[];
    }
  | { readonly code: 'no-guardian-with-gezag'; readonly consentId: string }
  | {
      readonly code: 'missing-guardian';
      readonly consentId: string;
      readonly guardianId: string;
      readonly guardianName: string;
      readonly signedOn?: IsoDate;
      readonly refusedOn?: IsoDate;
    }
  | {
      readonly code: 'missing-pupil-consent';
      readonly consentId: string;
      readonly signedOn?: IsoDate;
      readonly refusedOn?: IsoDate;
    };

export type ConsentReasonCode = ConsentReason['code'];

export type ConsentDecision =
  | { readonly allowed: true; readonly consentIds: readonly string[] }
  | { readonly allowed: false; readonly reasons: readonly ConsentReason[] };

const sameDocument = (a: string, b: string): boolean =>
  normalizeForSearch(a) === normalizeForSearch(b);

/** Problems of one in-scope consent for the query; empty means it allows the use. */
function problemsOf(
  consent: Consent,
  query: ConsentQuery,
  requirement: ConsenterRequirement,
): ConsentReason[] {
  const problems: ConsentReason[] = [];
  const consentId = consent.id;
  if (compareIsoDates(query.onDate, consent.date) < 0)
    problems.push({ code: 'not-yet-valid', consentId, validFrom: consent.date });
  if (compareIsoDates(query.onDate, consent.validUntil) > 0)
    problems.push({ code: 'expired', consentId, validUntil: consent.validUntil });
  if (
    consent.withdrawn !== undefined &&
    compareIsoDates(consent.withdrawn.date, query.onDate) <= 0
  ) {
    problems.push({
      code: 'withdrawn',
      consentId,
      date: consent.withdrawn.date,
      by: consent.withdrawn.by,
    });
  }
  const missing = [...new Set(query.categories)].filter(
    (category) => !consent.dataCategories.includes(category),
  );
  if (missing.length > 0)
    problems.push({ code: 'category-not-covered', consentId, categories: missing });

  if (requirement.problem === 'no-guardian-with-gezag')
    problems.push({ code: 'no-guardian-with-gezag', consentId });
  for (const person of requirement.consenters) {
    const isPerson = (g: {
      readonly personKind: 'guardian' | 'pupil';
      readonly guardianId?: string | undefined;
    }): boolean =>
      person.personKind === 'pupil'
        ? g.personKind === 'pupil'
        : g.personKind === 'guardian' && g.guardianId === person.guardianId;
    const giver = consent.givenBy.find(isPerson);
    if (giver !== undefined && compareIsoDates(giver.date, query.onDate) <= 0) continue;
    // A recorded refusal is said as such, not as a signature still missing.
    const refusal = consent.refusedBy?.find(isPerson);
    const signedOn =
      refusal !== undefined
        ? { refusedOn: refusal.date }
        : giver === undefined
          ? {}
          : { signedOn: giver.date };
    if (person.personKind === 'pupil')
      problems.push({ code: 'missing-pupil-consent', consentId, ...signedOn });
    else
      problems.push({
        code: 'missing-guardian',
        consentId,
        guardianId: person.guardianId,
        guardianName: person.name,
        ...signedOn,
      });
  }
  return problems;
}

/** Prefers the candidate with the fewest problems, then the one valid longest, then the newest. */
function compareCandidates(
  a: { consent: Consent; problems: readonly ConsentReason[] },
  b: { consent: Consent; problems: readonly ConsentReason[] },
): number {
  return (
    a.problems.length - b.problems.length ||
    compareIsoDates(b.consent.validUntil, a.consent.validUntil) ||
    compareIsoDates(b.consent.date, a.consent.date) ||
    (a.consent.id < b.consent.id ? -1 : a.consent.id > b.consent.id ? 1 : 0)
  );
}

/**
 * Decides whether the use described by `query` is allowed for `pupil` by the recorded
 * `consents` (consents of other pupils are ignored). See the module comment for the rules.
 */
export function evaluateConsent(
  query: ConsentQuery,
  pupil: Pick<
    Pupil,
    'id' | 'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'guardians'
  >,
  consents: readonly Consent[],
): ConsentDecision {
  const no = (...reasons: ConsentReason[]): ConsentDecision => ({ allowed: false, reasons });
  const discuss = query.purpose === 'bespreken-op-naam';
  if (discuss && query.meetingKind === undefined) return no({ code: 'meeting-kind-required' });
  if (purposeNeedsRecipient(query.purpose) && query.recipientOrganisationId === undefined)
    return no({ code: 'recipient-required' });
  const documentName = query.documentName?.trim() ?? '';
  if (query.purpose === 'document-doorgeven' && documentName === '')
    return no({ code: 'document-name-required' });

  // Sorted, so the answer does not depend on the order the consents were read in.
  const ids = (list: readonly Consent[]): string[] => list.map((c) => c.id).sort();
  let inScope = consents.filter((c) => c.pupilId === pupil.id && c.purpose === query.purpose);
  if (inScope.length === 0) return no({ code: 'no-consent-for-purpose', purpose: query.purpose });

  if (discuss && query.meetingKind !== undefined) {
    const meetingKind = query.meetingKind;
    const covering = inScope.filter((c) => c.meetingKinds?.includes(meetingKind) === true);
    if (covering.length === 0)
      return no({ code: 'meeting-kind-not-covered', meetingKind, consentIds: ids(inScope) });
    inScope = covering;
  }
  if (purposeNeedsRecipient(query.purpose) && query.recipientOrganisationId !== undefined) {
    const recipient = query.recipientOrganisationId;
    const toRecipient = inScope.filter((c) => c.recipientOrganisationId === recipient);
    if (toRecipient.length === 0)
      return no({
        code: 'wrong-recipient',
        recipientOrganisationId: recipient,
        consentIds: ids(inScope),
      });
    inScope = toRecipient;
  }
  if (query.purpose === 'document-doorgeven') {
    const sameDoc = inScope.filter(
      (c) => c.documentName !== undefined && sameDocument(c.documentName, documentName),
    );
    if (sameDoc.length === 0)
      return no({ code: 'document-not-covered', documentName, consentIds: ids(inScope) });
    inScope = sameDoc;
  }

  const requirement = requiredConsenters(pupil, query.onDate);
  const candidates = inScope
    .map((consent) => ({ consent, problems: problemsOf(consent, query, requirement) }))
    .sort(compareCandidates);
  const passing = candidates.filter((c) => c.problems.length === 0);
  if (passing.length > 0) return { allowed: true, consentIds: passing.map((c) => c.consent.id) };
  const best = candidates[0];
  return no(...(best?.problems ?? []));
}
