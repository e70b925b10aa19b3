// Runs in: renderer.
//
// The paths inside Overleggen, in one place so that the planning, meeting-mode, minutes and
// actions screens link to each other without knowing each other's modules. Segments are
// record ids and fixed words only, never names (see app/router.ts).
import type { RouteTarget } from '../../app/router';

/** `#/overleggen/acties`: the actions across all cases ("Mijn acties / Acties"). */
export const ACTIONS_SEGMENT = 'acties';
/** `#/overleggen/<id>/vergadering`: meeting mode. */
export const RUN_SEGMENT = 'vergadering';
/** `#/overleggen/<id>/afronden`: approving the minutes, addenda, output. */
export const MINUTES_SEGMENT = 'afronden';

export const meetingListRoute: RouteTarget = { area: 'overleggen' };
export const actionsRoute: RouteTarget = { area: 'overleggen', path: [ACTIONS_SEGMENT] };

/** Planning and agenda of one meeting. */
export function meetingRoute(meetingId: string): RouteTarget {
  return { area: 'overleggen', path: [meetingId] };
}

export function meetingRunRoute(meetingId: string): RouteTarget {
  return { area: 'overleggen', path: [meetingId, RUN_SEGMENT] };
}

export function meetingMinutesRoute(meetingId: string): RouteTarget {
  return { area: 'overleggen', path: [meetingId, MINUTES_SEGMENT] };
}
