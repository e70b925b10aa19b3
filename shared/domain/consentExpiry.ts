// Runs in: any environment.
//
// Consents running out soon, for the dashboard ("Overzicht"): asking parents again takes
// weeks, so the IB needs to see this well before the next meeting or referral is blocked.
import { normalizeForSearch } from '../search/normalize';
import { addDays, compareIsoDates, daysBetween, type IsoDate } from './dates';
import type { Consent } from './consent';

export interface ExpiringConsent {
  readonly consent: Consent;
  /** Days from onDate to validUntil: 0 means today is the last valid day. */
  readonly daysLeft: number;
}

/** In force on `onDate`: started, not past validUntil, not withdrawn on or before that day. */
export function isConsentInForce(consent: Consent, onDate: IsoDate): boolean {
  return (
    compareIsoDates(consent.date, onDate) <= 0 &&
    compareIsoDates(onDate, consent.validUntil) <= 0 &&
    (consent.withdrawn === undefined || compareIsoDates(onDate, consent.withdrawn.date) < 0)
  );
}

function covers<T>(wider: readonly T[] | undefined, narrower: readonly T[] | undefined): boolean {
  return (narrower ?? []).every((item) => (wider ?? []).includes(item));
}

/**
 * True when `later` takes over from `consent` without a gap: same pupil, purpose, recipient
 * and document, at least the same meeting kinds and categories, starting no later than the
 * day after `consent` ends, valid longer, and not withdrawn.
 */
export function isRenewedBy(consent: Consent, later: Consent): boolean {
  return (
    later.id !== consent.id &&
    later.withdrawn === undefined &&
    later.pupilId === consent.pupilId &&
    later.purpose === consent.purpose &&
    later.recipientOrganisationId === consent.recipientOrganisationId &&
    normalizeForSearch(later.documentName ?? '') ===
      normalizeForSearch(consent.documentName ?? '') &&
    covers(later.meetingKinds, consent.meetingKinds) &&
    covers(later.dataCategories, consent.dataCategories) &&
    compareIsoDates(later.validUntil, consent.validUntil) > 0 &&
    compareIsoDates(later.date, addDays(consent.validUntil, 1)) <= 0
  );
}

/**
 * Consents in force on `onDate` whose last valid day falls within `days` days (0 = today
 * only), soonest first. Consents already renewed by another (isRenewedBy) are left out, so
 * the list holds only what still needs asking.
 */
export function consentsExpiringWithin(
  consents: readonly Consent[],
  onDate: IsoDate,
  days: number,
): ExpiringConsent[] {
  const horizon = addDays(onDate, days);
  return consents
    .filter((c) => isConsentInForce(c, onDate) && compareIsoDates(c.validUntil, horizon) <= 0)
    .filter((c) => !consents.some((other) => isRenewedBy(c, other)))
    .map((consent) => ({ consent, daysLeft: daysBetween(onDate, consent.validUntil) }))
    .sort(
      (a, b) =>
        a.daysLeft - b.daysLeft ||
        (a.consent.id < b.consent.id ? -1 : a.consent.id > b.consent.id ? 1 : 0),
    );
}
