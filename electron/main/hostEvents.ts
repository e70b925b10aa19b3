// Runs in: Electron main process.
//
// Pushes host events (screen locked, machine suspending, file opened from outside) to the
// renderer over the single event channel of the contract. Every event is validated against
// the contract before it is sent, and the OS power events are wired here so that the vault
// locks when the user walks away or closes the lid.
import { HOST_EVENT_CHANNEL, hostEventSchema, type HostEvent } from '../../shared/ipc/contract';

/** The part of Electron's WebContents used to push events. */
export interface HostEventTarget {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/** Sends one event; returns false when there is no live target or the event is malformed. */
export function sendHostEvent(
  target: HostEventTarget | null | undefined,
  event: HostEvent,
): boolean {
  if (target === null || target === undefined || target.isDestroyed()) return false;
  const parsed = hostEventSchema.safeParse(event);
  if (!parsed.success) return false;
  try {
    target.send(HOST_EVENT_CHANNEL, parsed.data);
    return true;
  } catch {
    return false;
  }
}

/** The part of Electron's powerMonitor used here. */
export interface PowerEvents {
  on(event: 'lock-screen', listener: () => void): unknown;
  on(event: 'suspend', listener: () => void): unknown;
}

/** Screen lock and suspend become `os-lock-screen` and `os-suspend` events: the vault must lock. */
export function wirePowerEvents(
  powerMonitor: PowerEvents,
  send: (event: HostEvent) => boolean,
): void {
  powerMonitor.on('lock-screen', () => {
    send({ type: 'os-lock-screen' });
  });
  powerMonitor.on('suspend', () => {
    send({ type: 'os-suspend' });
  });
}
