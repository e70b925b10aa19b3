// Runs in: renderer.
//
// Makes the one Host available to every component, so screens never reach for
// window.zorgtafel or browser APIs themselves and tests can hand in a different Host.
import { createContext, useContext, type ReactNode } from 'react';
import type { Host } from './Host';

const HostContext = createContext<Host | null>(null);

export function HostProvider({
  host,
  children,
}: {
  readonly host: Host;
  readonly children: ReactNode;
}) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** The Host of this app; throws when used outside HostProvider (a programming error). */
export function useHost(): Host {
  const host = useContext(HostContext);
  if (host === null) throw new Error('useHost must be used inside HostProvider');
  return host;
}
