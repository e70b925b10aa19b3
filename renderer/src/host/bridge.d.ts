// Runs in: renderer.
//
// Declares the one object the preload exposes. It is optional on purpose: in a plain browser
// (preview, end-to-end tests) it does not exist, and createHost picks the BrowserHost then.
import type { ZorgtafelBridge } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    zorgtafel?: ZorgtafelBridge;
  }
}
