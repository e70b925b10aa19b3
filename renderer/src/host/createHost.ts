// Runs in: renderer.
//
// Picks the Host for where the renderer runs: the desktop app exposes `window.zorgtafel`
// through its preload; a plain browser (preview, end-to-end tests) does not.
import { BrowserHost } from './BrowserHost';
import { ElectronHost } from './ElectronHost';
import type { Host } from './Host';

export function createHost(): Host {
  const bridge = window.zorgtafel;
  return bridge !== undefined ? new ElectronHost(bridge) : new BrowserHost();
}
