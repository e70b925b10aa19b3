// Runs in: renderer.
//
// A tiny hash router. The app is served from one fixed origin (app://zorgtafel/ in Electron,
// vite preview in the browser) and never navigates, so the location hash is the whole route:
// `#/overzicht`, `#/leerlingen`, ... Anything unknown shows the Overzicht.
import { useCallback, useEffect, useSyncExternalStore } from 'react';

export const AREA_IDS = [
  'overzicht',
  'leerlingen',
  'overleggen',
  'verwijzingen',
  'ontvangen',
  'cijfers',
  'instellingen',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

/**
 * A route: the area and, within it, a path of further segments (record ids and sub-pages),
 * e.g. `#/leerlingen/r3k…/dossier/r8p…` is { area: 'leerlingen', path: ['r3k…', 'dossier', 'r8p…'] }.
 * Segments are record ids and fixed words only: never names or other personal data, because
 * the hash can end up in logs or screenshots.
 */
export type Route = { readonly area: AreaId; readonly path: readonly string[] };

/** Where to navigate: an area, optionally with a path inside it. */
export type RouteTarget = { readonly area: AreaId; readonly path?: readonly string[] };

export const DEFAULT_ROUTE: Route = { area: 'overzicht', path: [] };

function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads a location hash such as "#/leerlingen/abc"; unknown or malformed hashes give the default route. */
export function parseHash(hash: string): Route {
  const match = /^#\/([a-z-]+)((?:\/[^/]+)*)\/?$/.exec(hash);
  const area = match?.[1];
  if (area === undefined || !isAreaId(area)) return DEFAULT_ROUTE;
  const path = (match?.[2] ?? '').split('/').filter((s) => s !== '');
  return path.every((s) => SEGMENT.test(s)) ? { area, path } : { area, path: [] };
}

/** The hash for a route, for links and for navigation. */
export function hrefFor(route: RouteTarget): string {
  const path = route.path ?? [];
  return path.length === 0 ? `#/${route.area}` : `#/${route.area}/${path.join('/')}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** The current route and a function to go to another one. */
export function useHashRoute(): readonly [Route, (next: RouteTarget) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const route = parseHash(hash);
  const canonical = hrefFor(route);

  // Show the route we actually render in the address, without adding a history entry. Runs
  // for every hash change: an unknown hash can follow a known one with the same canonical.
  // Only while the address still holds the hash we rendered: a child's effect may already
  // have navigated on (ResumeMeeting right after an unlock), and that must not be undone.
  useEffect(() => {
    if (hash !== canonical && window.location.hash === hash) {
      window.history.replaceState(window.history.state, '', canonical);
    }
  }, [hash, canonical]);

  const navigate = useCallback((next: RouteTarget) => {
    const target = hrefFor(next);
    if (window.location.hash !== target) window.location.hash = target;
  }, []);

  return [route, navigate] as const;
}
