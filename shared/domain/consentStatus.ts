// Runs in: any environment.
//
// The status chip of a consent on a given day. The consent check itself is evaluateConsent
// (shared); this is only the at-a-glance label of one record: withdrawn wins over refused and
// refused over expired, because those are what the parents or pupil actively said.
import { compareIsoDates, type IsoDate } from './dates';
import type { Consent } from './consent';

export const CONSENT_STATUSES = [
  'geldig',
  'verlopen',
  'ingetrokken',
  'geweigerd',
  'nog-niet-geldig',
] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** Where `consent` stands on `onDate`. */
export function consentStatusOn(
  consent: Pick<Consent, 'date' | 'validUntil' | 'withdrawn' | 'refusedBy'>,
  onDate: IsoDate,
): ConsentStatus {
  if (consent.withdrawn !== undefined && compareIsoDates(consent.withdrawn.date, onDate) <= 0)
    return 'ingetrokken';
  if ((consent.refusedBy?.length ?? 0) > 0) return 'geweigerd';
  if (compareIsoDates(onDate, consent.date) < 0) return 'nog-niet-geldig';
  if (compareIsoDates(onDate, consent.validUntil) > 0) return 'verlopen';
  return 'geldig';
}

const LIST_ORDER: readonly ConsentStatus[] = [
  'geldig',
  'nog-niet-geldig',
  'geweigerd',
  'verlopen',
  'ingetrokken',
];

/** Sort order for the register: in force first, then not yet valid, refused, expired, withdrawn; newest first within. */
export function compareConsentsForList(a: Consent, b: Consent, onDate: IsoDate): number {
  const rank = (c: Consent): number => LIST_ORDER.indexOf(consentStatusOn(c, onDate));
  return (
    rank(a) - rank(b) || compareIsoDates(b.date, a.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
