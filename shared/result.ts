// Runs in: any environment. (shared/ imports no DOM, Node or Electron APIs.)
//
// A Result is how fallible operations report failure across boundaries (IPC, file
// parsing, crypto) without throwing: the caller must look at `ok` before it can
// reach the value, and every error carries a stable code the UI translates.

export type Result<T, E = ErrorInfo> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A failure described by a stable machine code and an English developer message. */
export interface ErrorInfo {
  /** Stable identifier, e.g. `ipc.invalid-payload`; the renderer maps it to a Dutch message. */
  readonly code: string;
  /** Developer-facing detail. Never contains personal data. */
  readonly message: string;
}

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err<E = ErrorInfo>(error: E): Result<never, E> {
  return { ok: false, error };
}

export function errorInfo(code: string, message: string): ErrorInfo {
  return { code, message };
}
