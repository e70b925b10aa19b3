// Runs in: any environment.
//
// The scope of a consent as the forms edit it (purpose, meetings, recipient, document, data
// categories) and its check. The same draft serves recording a consent, checking one and
// printing the consent form, so the three always ask the same questions the same way.
import {
  DATA_CATEGORIES,
  purposeNeedsRecipient,
  type Consent,
  type ConsentPurpose,
  type DataCategory,
  type MeetingKind,
} from './consent';
import type { Organisation } from './directory';

export interface ScopeDraft {
  readonly purpose: ConsentPurpose;
  readonly meetingKinds: readonly MeetingKind[];
  /** Organisation id, '' when none is chosen. */
  readonly recipientId: string;
  readonly documentName: string;
  /** What the user ticked; 'benoemd-document' is never among them (it follows from the purpose). */
  readonly categories: readonly DataCategory[];
}

export type ScopeErrorField = 'meetingKinds' | 'recipient' | 'documentName' | 'categories';
export type ScopeErrors = Partial<Record<ScopeErrorField, true>>;

/** The categories a user can tick: all but the named document, which the purpose brings. */
export const SELECTABLE_CATEGORIES: readonly DataCategory[] = DATA_CATEGORIES.filter(
  (c) => c !== 'benoemd-document',
);

/** A new draft: discussing in the zorgteam with the basics and the concern, the most common first consent. */
export function emptyScope(): ScopeDraft {
  return {
    purpose: 'bespreken-op-naam',
    meetingKinds: ['zorgteam'],
    recipientId: '',
    documentName: '',
    categories: ['basisgegevens', 'zorgsignaal-en-hulpvraag'],
  };
}

/** A draft with the scope of an existing consent (to print its form again or check it). */
export function scopeOf(
  consent: Pick<
    Consent,
    'purpose' | 'meetingKinds' | 'recipientOrganisationId' | 'documentName' | 'dataCategories'
  >,
): ScopeDraft {
  return {
    purpose: consent.purpose,
    meetingKinds: consent.meetingKinds ?? [],
    recipientId: consent.recipientOrganisationId ?? '',
    documentName: consent.documentName ?? '',
    categories: consent.dataCategories.filter((c) => c !== 'benoemd-document'),
  };
}

/** The consent record's scope fields, as the schema wants them. */
export interface ConsentScope {
  readonly purpose: ConsentPurpose;
  readonly meetingKinds?: MeetingKind[];
  readonly recipientOrganisationId?: string;
  readonly recipientOrganisationName?: string;
  readonly documentName?: string;
  readonly dataCategories: DataCategory[];
}

/** Checks a draft; returns the scope or which fields need attention. */
export function validateScope(
  draft: ScopeDraft,
  organisations: readonly Pick<Organisation, 'id' | 'name'>[],
): { readonly scope?: ConsentScope; readonly errors: ScopeErrors } {
  const errors: ScopeErrors = {};
  const discuss = draft.purpose === 'bespreken-op-naam';
  const document = draft.purpose === 'document-doorgeven';
  const recipient = purposeNeedsRecipient(draft.purpose)
    ? organisations.find((o) => o.id === draft.recipientId)
    : undefined;
  const documentName = draft.documentName.trim();
  const ticked = SELECTABLE_CATEGORIES.filter((c) => draft.categories.includes(c));
  if (discuss && draft.meetingKinds.length === 0) errors.meetingKinds = true;
  if (purposeNeedsRecipient(draft.purpose) && recipient === undefined) errors.recipient = true;
  if (document && (documentName === '' || documentName.length > 200)) errors.documentName = true;
  if (!document && ticked.length === 0) errors.categories = true;
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    scope: {
      purpose: draft.purpose,
      ...(discuss ? { meetingKinds: [...new Set(draft.meetingKinds)] } : {}),
      ...(recipient === undefined
        ? {}
        : { recipientOrganisationId: recipient.id, recipientOrganisationName: recipient.name }),
      ...(document ? { documentName } : {}),
      dataCategories: document ? [...ticked, 'benoemd-document'] : ticked,
    },
  };
}
