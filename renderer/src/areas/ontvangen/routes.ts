// Runs in: renderer.
//
// The paths of Ontvangen bestanden: `#/ontvangen` (the list with "Bestand openen…") and
// `#/ontvangen/<id>` (one kept file). Segments are record ids only (see app/router.ts).
import type { RouteTarget } from '../../app/router';

export const sharedFilesRoute: RouteTarget = { area: 'ontvangen' };

export function sharedFileRoute(sharedId: string): RouteTarget {
  return { area: 'ontvangen', path: [sharedId] };
}
