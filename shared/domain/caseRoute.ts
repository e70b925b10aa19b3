// Runs in: any environment.
//
// The case status follows the care route (issue 21 §1): a case put on a meeting's agenda is
// "in bespreking", a case whose referral left the school is "verwezen", and when its last
// referral in progress closes (afgesloten, teruggestuurd) it is discussed again ("in
// bespreking"). These moves happen in the save paths that create the agenda item or change
// the referral; each is stored as a status entry with its cause, so the history shows why
// the status moved and a manual change (StatusDialog) stays possible at any time. A move
// never goes against the route: a closed case is never reopened behind the user, and a
// referred case does not fall back to "in bespreking" because it is put on an agenda.
import type { Zorgdossier } from './case';
import { changeCaseStatus } from './case';
import type { CaseEntryInput, StatusCause } from './caseEntry';
import type { CaseStatus } from './caseStatus';
import type { IsoDate } from './dates';

/** What happened on the route; `refId` is the meeting or referral it happened in. */
export type RouteEvent =
  | { readonly cause: 'agenda'; readonly refId: string; readonly date: IsoDate }
  | { readonly cause: 'referral-sent'; readonly refId: string; readonly date: IsoDate }
  | {
      readonly cause: 'referral-closed';
      readonly refId: string;
      readonly date: IsoDate;
      /** True while another referral of this case is still under way (sent, not closed). */
      readonly otherReferralInProgress: boolean;
    };

/** The status the route moves a case in `current` to, or undefined when it stays. */
export function routeStatus(current: CaseStatus, event: RouteEvent): CaseStatus | undefined {
  switch (event.cause) {
    case 'agenda':
      return current === 'signalering' ? 'in-bespreking' : undefined;
    case 'referral-sent':
      return current === 'signalering' || current === 'in-bespreking' ? 'verwezen' : undefined;
    case 'referral-closed':
      return current === 'verwezen' && !event.otherReferralInProgress ? 'in-bespreking' : undefined;
    default: {
      const never: never = event;
      throw new Error(`unknown route event ${String(never)}`);
    }
  }
}

/**
 * The case and the status entry to store after `event`, or undefined when the status stays.
 * The entry carries the cause and the meeting or referral, so the chronology can say why.
 */
export function followRoute(
  current: Zorgdossier,
  event: RouteEvent,
  context: { readonly now: string; readonly author: string },
): { readonly case: Zorgdossier; readonly entry: CaseEntryInput } | undefined {
  const to = routeStatus(current.status, event);
  if (to === undefined) return undefined;
  const changed = changeCaseStatus(current, to, { on: event.date, ...context });
  if (!changed.ok) return undefined;
  const cause: StatusCause = event.cause;
  return {
    case: changed.value.case,
    entry: { ...changed.value.entry, statusCause: cause, refId: event.refId },
  };
}
