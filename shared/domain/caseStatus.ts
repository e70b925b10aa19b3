// Runs in: any environment.
//
// The status of a zorgdossier and which changes make sense. A case starts as a signal,
// is discussed (zorgteam, ZAT, driehoeksoverleg), may be referred on, and is closed with a
// reason. Closed cases can be reopened (a new concern about the same child), which keeps
// the history in one file instead of scattering it over several.
import { z } from 'zod';

export const CASE_STATUSES = ['signalering', 'in-bespreking', 'verwezen', 'afgesloten'] as const;
export const caseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/**
 * Allowed next statuses. Going back from "verwezen" to "in-bespreking" happens when the
 * feedback after a referral is discussed again; nothing goes back to "signalering" except
 * a reopened case.
 */
const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  signalering: ['in-bespreking', 'verwezen', 'afgesloten'],
  'in-bespreking': ['verwezen', 'afgesloten'],
  verwezen: ['in-bespreking', 'afgesloten'],
  afgesloten: ['signalering', 'in-bespreking'],
};

/** The statuses a case in `from` may move to, in display order. */
export function allowedTransitions(from: CaseStatus): readonly CaseStatus[] {
  return TRANSITIONS[from];
}

/** True when a case may move from `from` to `to` (never to the same status). */
export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Open means anything but closed: the dashboard counts these per status. */
export function isOpenStatus(status: CaseStatus): boolean {
  return status !== 'afgesloten';
}
