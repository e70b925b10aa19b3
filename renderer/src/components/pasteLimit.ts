// Runs in: renderer.
//
// Whether a paste fits a field's limit (issue 12, point 8). The browser's own maxLength cuts
// an oversized paste without a word (39,000 characters into a 20,000 field keep the first
// 20,000); PasteLimitGuard refuses such a paste instead and says why. Pure: tested in Node.

export interface PasteCheck {
  /** Characters the paste would add. */
  readonly pasted: number;
  /** Room left for it: the limit minus the text that stays (the selection is replaced). */
  readonly room: number;
  readonly max: number;
}

/**
 * Undefined when the paste fits (or the field has no limit); otherwise the numbers for the
 * message. Lengths count UTF-16 code units, as maxLength does.
 */
export function pasteOverflow(
  field: {
    readonly value: string;
    readonly maxLength: number;
    readonly selectionStart: number | null;
    readonly selectionEnd: number | null;
  },
  pasted: string,
): PasteCheck | undefined {
  if (field.maxLength <= 0) return undefined;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const room = field.maxLength - (field.value.length - (end - start));
  if (pasted.length <= room) return undefined;
  return { pasted: pasted.length, room: Math.max(0, room), max: field.maxLength };
}
