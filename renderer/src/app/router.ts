// Runs in: renderer.
//
// A tiny hash router. The app is served from one fixed origin (app://zorgtafel/ in Electron,
// vite preview in the browser) and never navigates, so the location hash is the whole route:
// `#/overzicht`, `#/leerlingen`, ... Anything unknown shows the Overzicht.
import { useCallback, useEffect, useSyncExternalStore } from 'react';

export const AREA_IDS = ['overzicht', 'leerlingen', 'overleggen', 'verwijzingen', 'instellingen'] as const;
export type AreaId = (typeof AREA_IDS)[number];

export type Route = { readonly area: AreaId };

export const DEFAULT_ROUTE: Route = { area: 'overzicht' };

function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}

/** Reads a location hash such as "#/leerlingen"; unknown or empty hashes give the default route. */
export function parseHash(hash: string): Route {
  const match = /^#\/([a-z-]+)\/?$/.exec(hash);
  const area = match?.[1];
  return area !== undefined && isAreaId(area) ? { area } : DEFAULT_ROUTE;
}

/** The hash for a route, for links and for navigation. */
export function hrefFor(route: Route): string {
  return `#/${route.area}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** The current route and a function to go to another one. */
export function useHashRoute(): readonly [Route, (next: Route) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const route = parseHash(hash);
  const canonical = hrefFor(route);

  // Show the route we actually render in the address, without adding a history entry. Runs
  // for every hash change: an unknown hash can follow a known one with the same canonical.
  useEffect(() => {
    if (hash !== canonical) {
      window.history.replaceState(window.history.state, '', canonical);
    }
  }, [hash, canonical]);

  const navigate = useCallback((next: Route) => {
    const target = hrefFor(next);
    if (window.location.hash !== target) window.location.hash = target;
  }, []);

  return [route, navigate] as const;
}
