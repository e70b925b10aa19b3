// Runs in: renderer.
//
// When a FormDialog may close: never while it is saving (a security change runs Argon2id for
// seconds and must not be abandoned halfway), and not by a stray click beside it once the user
// has typed something; Esc and the Cancel button still close it.
export type DialogCloseReason = 'backdropClick' | 'escapeKeyDown';

export function mayCloseDialog(
  reason: DialogCloseReason | 'button',
  state: { readonly busy: boolean; readonly dirty: boolean },
): boolean {
  if (state.busy) return false;
  if (reason === 'backdropClick') return !state.dirty;
  return true;
}
