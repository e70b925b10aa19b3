// Runs in: renderer.
//
// A short, stable code for an error shown on screen and in the console instead of the
// error's text: messages can contain personal data (a name in a failed lookup, a note in a
// parse error). The code says what kind of error it was and where in the code it happened,
// so the same fault always gives the same code, and nothing the user typed can leak.
import { HostError } from '../host/Host';

/** FNV-1a, 32 bits: small and deterministic; this is a fingerprint, not security. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The first "at ..." frame of a V8 stack: a code location, never the message. */
function firstFrame(error: Error): string {
  const frame = (error.stack ?? '').split('\n').find((line) => /^\s+at\s/.test(line));
  return frame?.trim() ?? '';
}

const KIND_BY_NAME: Readonly<Record<string, string>> = {
  TypeError: 'T',
  RangeError: 'R',
  SyntaxError: 'S',
  ReferenceError: 'F',
};

/** E.g. "ZT-T-3F9A" for a TypeError, or "ZT-H-ipc.invalid-response" for a Host failure. */
export function errorCodeFor(error: unknown): string {
  // Host error codes are fixed strings from our own code (see Host.ts), safe to show.
  if (error instanceof HostError) return `ZT-H-${error.code}`;
  if (error instanceof Error) {
    const kind = KIND_BY_NAME[error.name] ?? 'E';
    const fingerprint = fnv1a(`${error.name}|${firstFrame(error)}`) & 0xffff;
    return `ZT-${kind}-${fingerprint.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return 'ZT-X-0000';
}
