// Runs in: renderer.
//
// The pure arithmetic behind VirtualList, kept apart so it is unit-tested without a browser:
// which rows to render (the visible window plus rows that must stay, like the focused one),
// the spacers that stand in for the rows that are not rendered, and where a navigation key
// moves the focus.

/** Below this many rows a list renders every row: small lists stay simple. */
export const VIRTUALISE_FROM = 100;

/** Whether a list of `count` rows renders only its visible window. Printing always renders all. */
export function shouldVirtualise(count: number, threshold: number, printing: boolean): boolean {
  return !printing && count >= threshold;
}

/**
 * The window's indexes plus the pinned ones (the focused row, a row about to receive focus),
 * sorted, without duplicates and without indexes outside 0..count-1.
 */
export function withPinned(
  windowIndexes: readonly number[],
  pinned: readonly (number | undefined)[],
  count: number,
): number[] {
  const all = new Set<number>();
  for (const index of [...windowIndexes, ...pinned]) {
    if (index !== undefined && Number.isInteger(index) && index >= 0 && index < count)
      all.add(index);
  }
  return [...all].sort((a, b) => a - b);
}

export interface PlacedRow {
  readonly index: number;
  /** Offset of the row's top from the top of the list, in px. */
  readonly start: number;
  /** Offset of the row's bottom. */
  readonly end: number;
}

export type Segment =
  | { readonly kind: 'row'; readonly index: number }
  | { readonly kind: 'spacer'; readonly key: string; readonly size: number };

/**
 * Rendered rows in order with a spacer for every gap: before the first row, between rows
 * that are not neighbours (a pinned row far from the window) and after the last row up to
 * `totalSize`. The rows stay in normal flow, so tables keep their columns.
 */
export function segmentsOf(rows: readonly PlacedRow[], totalSize: number): Segment[] {
  const segments: Segment[] = [];
  let offset = 0;
  for (const row of rows) {
    const gap = row.start - offset;
    if (gap > 0.5) segments.push({ kind: 'spacer', key: `gap-before-${row.index}`, size: gap });
    segments.push({ kind: 'row', index: row.index });
    offset = Math.max(offset, row.end);
  }
  const rest = totalSize - offset;
  if (rest > 0.5) segments.push({ kind: 'spacer', key: 'gap-end', size: rest });
  return segments;
}

export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

export function isNavigationKey(key: string): key is NavigationKey {
  return (
    key === 'ArrowDown' ||
    key === 'ArrowUp' ||
    key === 'Home' ||
    key === 'End' ||
    key === 'PageDown' ||
    key === 'PageUp'
  );
}

/** The row a navigation key moves to from `current`; `pageSize` rows per PageUp/PageDown. */
export function targetIndex(
  key: NavigationKey,
  current: number,
  count: number,
  pageSize: number,
): number {
  if (count <= 0) return -1;
  const last = count - 1;
  const page = Math.max(1, Math.floor(pageSize));
  const clamp = (n: number): number => Math.min(last, Math.max(0, n));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return clamp(current + page);
    case 'PageUp':
      return clamp(current - page);
    default: {
      const _never: never = key;
      return _never;
    }
  }
}
