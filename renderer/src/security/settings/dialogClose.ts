// Runs in: renderer.
//
// When a security dialog may close: never while the vault is working (Argon2id runs for
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
