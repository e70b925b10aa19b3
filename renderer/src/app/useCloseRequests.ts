// Runs in: renderer.
//
// Answers the main process's `close-requested` event (see electron/main/closeGuard.ts):
// write whatever screens still hold, then let the window close. Mounted once at the root,
// outside the vault gate, so a locked app answers too (it has nothing to flush). In the browser
// host, where a tab cannot be held back, the host warns before leaving a page with unwritten text.
import { useEffect } from 'react';
import type { Host } from '../host/Host';
import { flushPendingWrites, hasPendingWrites } from './pendingWrites';

/** Flushes pending writes, then confirms the close; a failed flush still lets the window close. */
export async function answerCloseRequest(
  host: Pick<Host, 'confirmClose'>,
  flush: () => Promise<void> = flushPendingWrites,
): Promise<void> {
  try {
    await flush();
  } finally {
    await host.confirmClose();
  }
}

export function useCloseRequests(host: Host): void {
  useEffect(() => host.guardLeaving(hasPendingWrites, flushPendingWrites), [host]);
  useEffect(
    () =>
      host.onEvent((event) => {
        if (event.type === 'close-requested') void answerCloseRequest(host).catch(() => undefined);
      }),
    [host],
  );
}
