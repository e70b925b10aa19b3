// Runs in: renderer.
//
// The addresses inside the areas, in one place so that screens link to each other (within an
// area and across areas) without importing each other's modules: an area never imports
// another area (tests/tools/layers.ts). Segments are record ids and fixed words only, never
// names (see router.ts).
import type { RouteTarget } from './router';

/** `#/leerlingen/importeren`: the pupil import. */
export const IMPORT_SEGMENT = 'importeren';
export const pupilImportRoute: RouteTarget = { area: 'leerlingen', path: [IMPORT_SEGMENT] };

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

/** `#/instellingen/organisaties`: Instellingen, scrolled to and focused on the directory. */
export const DIRECTORY_SEGMENT = 'organisaties';
export const directorySettingsRoute: RouteTarget = {
  area: 'instellingen',
  path: [DIRECTORY_SEGMENT],
};

/** `#/ontvangen`: Ontvangen bestanden, the list of kept files with "Bestand openen…". */
export const sharedFilesRoute: RouteTarget = { area: 'ontvangen' };

/** `#/ontvangen/<id>`: one kept received file. */
export function sharedFileRoute(sharedId: string): RouteTarget {
  return { area: 'ontvangen', path: [sharedId] };
}

/** `#/ontvangen/verwijzing/<id>`: one received referral (the recipient's side, issue 15). */
export const RECEIVED_REFERRAL_SEGMENT = 'verwijzing';
export function receivedReferralRoute(receivedId: string): RouteTarget {
  return { area: 'ontvangen', path: [RECEIVED_REFERRAL_SEGMENT, receivedId] };
}
