// Runs in: any environment.
//
// What the Overzicht widgets count, as pure functions of the records so they can be tested
// without a screen: open cases per status, and the consents that run out soon.
import type { Zorgdossier } from './case';
import type { CaseStatus } from './caseStatus';
import type { Consent } from './consent';
import { consentsExpiringWithin, type ExpiringConsent } from './consentExpiry';
import type { IsoDate } from './dates';

/** The statuses of a case that is still open, in the order of the care route. */
export const OPEN_CASE_STATUSES = [
  'signalering',
  'in-bespreking',
  'verwezen',
] as const satisfies readonly CaseStatus[];
export type OpenCaseStatus = (typeof OPEN_CASE_STATUSES)[number];

export interface StatusCount {
  readonly status: OpenCaseStatus;
  readonly count: number;
}

/** Open cases per status (every open status listed, also with 0) and their total. */
export function openCasesByStatus(cases: readonly Pick<Zorgdossier, 'status'>[]): {
  readonly counts: readonly StatusCount[];
  readonly total: number;
} {
  const counts = OPEN_CASE_STATUSES.map((status) => ({
    status,
    count: cases.filter((c) => c.status === status).length,
  }));
  return { counts, total: counts.reduce((sum, c) => sum + c.count, 0) };
}

/** How far ahead the dashboard looks for consents to renew. */
export const EXPIRY_HORIZON_DAYS = 30;

/**
 * Consents of cases that still exist and are open, running out within the horizon. A closed
 * case needs no renewed consent, so its consents are left out.
 */
export function expiringConsentsForDashboard(
  consents: readonly Consent[],
  cases: readonly Pick<Zorgdossier, 'id' | 'status'>[],
  onDate: IsoDate,
): ExpiringConsent[] {
  const open = new Set(cases.filter((c) => c.status !== 'afgesloten').map((c) => c.id));
  return consentsExpiringWithin(consents, onDate, EXPIRY_HORIZON_DAYS).filter((e) =>
    open.has(e.consent.caseId),
  );
}
