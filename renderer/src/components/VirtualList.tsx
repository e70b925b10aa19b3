// Runs in: renderer.
//
// A long list that renders only the rows in view (a regional vault holds ~14,000 pupils:
// rendering every row makes each keystroke and scroll slow). Headless windowing comes from
// @tanstack/react-virtual; this component adds what the screens need on top:
// - the list semantics the screen had: a list (role list/listitem with aria-setsize and
//   aria-posinset, so a screen reader knows the total) or a table (aria-rowcount and
//   aria-rowindex);
// - keyboard navigation between rows (arrows, Home/End, PageUp/PageDown) that scrolls the
//   target row into the window first, and the focused row stays rendered when it scrolls
//   out of view, so focus is never lost;
// - rows stay in normal flow with spacers for the rows not rendered, so table columns keep
//   their widths and rows may have any height (measured);
// - below a threshold, and while printing, every row is rendered: small lists and printouts
//   stay complete.
// The scrolling element carries data-testid="virtual-list" (the benchmark scrolls it).
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Paper from '@mui/material/Paper';
import { useRowWindow } from './VirtualListWindow';
import {
  isNavigationKey,
  segmentsOf,
  shouldVirtualise,
  targetIndex,
  VIRTUALISE_FROM,
  withPinned,
  type Segment,
} from './VirtualListModel';

interface CommonProps<T> {
  readonly items: readonly T[];
  /** Stable key of an item (its record id). */
  readonly getKey: (item: T) => string;
  /** First guess of a row's height in px; real heights are measured. */
  readonly estimateSize: number;
  /** Accessible name of the list or table. */
  readonly label: string;
  /** Render every row below this count (default VIRTUALISE_FROM). */
  readonly threshold?: number;
  /** Height of the scrolling window when virtualised (CSS length). */
  readonly maxHeight?: string;
  /** Key of a row to scroll into view and keep rendered (e.g. the record just saved). */
  readonly revealKey?: string;
}

export interface VirtualListListProps<T> extends CommonProps<T> {
  readonly variant: 'list';
  /** The row's content, inside its listitem. */
  readonly renderItem: (item: T, index: number) => ReactNode;
  /** Space below each row in px. */
  readonly gap?: number;
}

export interface VirtualListTableProps<T> extends CommonProps<T> {
  readonly variant: 'table';
  /** The header cells (one TableCell per column). */
  readonly header: ReactNode;
  readonly columnCount: number;
  /** The row's cells. */
  readonly renderItem: (item: T, index: number) => ReactNode;
}

export type VirtualListProps<T> = VirtualListListProps<T> | VirtualListTableProps<T>;

const FOCUSABLE =
  'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';
const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Room kept above a focused row for the sticky table header. */
const HEADER_HEIGHT = 48;

/** True while the page is being printed (media query and before/afterprint). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof window !== 'undefined' && window.matchMedia('print').matches,
  );
  useEffect(() => {
    const query = window.matchMedia('print');
    // The print snapshot is taken right after beforeprint: render all rows synchronously.
    const before = (): void => flushSync(() => setPrinting(true));
    const after = (): void => setPrinting(false);
    const change = (event: MediaQueryListEvent): void => (event.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query.removeEventListener('change', change);
    };
  }, []);
  return printing;
}

function rowIndexOf(target: EventTarget | null, container: HTMLElement | null): number | undefined {
  if (!(target instanceof Element) || container === null) return undefined;
  const row = target.closest('[data-index]');
  if (row === null || !container.contains(row)) return undefined;
  const index = Number(row.getAttribute('data-index'));
  return Number.isInteger(index) ? index : undefined;
}

function focusRow(container: HTMLElement, index: number): boolean {
  const row = container.querySelector<HTMLElement>(`[data-index="${index}"]`);
  if (row === null) return false;
  const target = row.querySelector<HTMLElement>(FOCUSABLE) ?? row;
  if (target === row && !row.hasAttribute('tabindex')) row.tabIndex = -1;
  // The row is in its place (spacers above it), so the browser scrolls it into view in the
  // list and in the page; the virtualizer follows the scroll.
  target.focus();
  return true;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const {
    items,
    getKey,
    estimateSize,
    label,
    threshold = VIRTUALISE_FROM,
    maxHeight = '70vh',
    revealKey,
  } = props;
  const count = items.length;
  const printing = usePrinting();
  const virtualised = shouldVirtualise(count, threshold, printing);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The focused row by key, so it stays pinned when rows are added or removed above it.
  const [focusedKey, setFocusedKey] = useState<string | undefined>(undefined);
  const [pending, setPending] = useState<number | undefined>(undefined);
  const indexOfKey = (key: string | undefined): number | undefined => {
    if (key === undefined) return undefined;
    const index = items.findIndex((item) => getKey(item) === key);
    return index < 0 ? undefined : index;
  };
  const focused = indexOfKey(focusedKey);
  const revealed = indexOfKey(revealKey);

  const rangeExtractor = useCallback(
    (range: Range) =>
      withPinned(defaultRangeExtractor(range), [focused, pending, revealed], range.count),
    [focused, pending, revealed],
  );
  const keyAt = useCallback(
    (index: number) => {
      const item = items[index];
      return item === undefined ? index : getKey(item);
    },
    [items, getKey],
  );
  const gap = props.variant === 'list' ? (props.gap ?? 0) : 0;
  const virtualizer = useRowWindow({
    count,
    enabled: virtualised,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize + gap,
    getItemKey: keyAt,
    overscan: 6,
    rangeExtractor,
    scrollPaddingStart: props.variant === 'table' ? HEADER_HEIGHT : 0,
  });

  // A row asked for by the keyboard is rendered (pinned) by now: focus it.
  useLayoutEffect(() => {
    if (pending === undefined || scrollRef.current === null) return;
    if (focusRow(scrollRef.current, pending)) setPending(undefined);
  }, [pending]);

  useEffect(() => {
    if (revealed !== undefined && virtualised)
      virtualizer.scrollToIndex(revealed, { align: 'center' });
  }, [revealed, virtualised, virtualizer]);

  const onFocus = (event: FocusEvent<HTMLElement>): void => {
    const item = items[rowIndexOf(event.target, scrollRef.current) ?? -1];
    if (item !== undefined) setFocusedKey(getKey(item));
  };
  const onBlur = (event: FocusEvent<HTMLElement>): void => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || scrollRef.current === null || !scrollRef.current.contains(next))
      setFocusedKey(undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      !isNavigationKey(event.key)
    )
      return;
    if (event.target instanceof HTMLElement && TYPING.has(event.target.tagName)) return;
    const current = rowIndexOf(event.target, scrollRef.current);
    if (current === undefined) return;
    const viewport = scrollRef.current?.clientHeight ?? 0;
    const next = targetIndex(
      event.key,
      current,
      count,
      virtualised && viewport > 0 ? viewport / (estimateSize + gap) - 1 : 10,
    );
    if (next < 0 || next === current) return;
    event.preventDefault();
    setPending(next);
  };

  const segments: Segment[] = virtualised
    ? segmentsOf(virtualizer.getVirtualItems(), virtualizer.getTotalSize())
    : items.map((_item, index) => ({ kind: 'row', index }));
  const measure = virtualised ? virtualizer.measureElement : undefined;
  const scrollSx = virtualised
    ? {
        maxHeight,
        overflowY: 'auto',
        overscrollBehavior: 'contain',
        scrollPaddingTop: props.variant === 'table' ? HEADER_HEIGHT : 0,
        '@media print': { maxHeight: 'none', overflow: 'visible' },
      }
    : {};

  if (props.variant === 'table') {
    const { header, columnCount, renderItem } = props;
    return (
      <TableContainer
        component={Paper}
        variant="outlined"
        ref={scrollRef}
        data-testid="virtual-list"
        data-virtualised={virtualised}
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
        sx={scrollSx}
      >
        <Table size="small" stickyHeader={virtualised} aria-label={label} aria-rowcount={count + 1}>
          <TableHead>
            <TableRow aria-rowindex={1}>{header}</TableRow>
          </TableHead>
          <TableBody>
            {segments.map((segment) => {
              if (segment.kind === 'spacer') {
                return (
                  <tr key={segment.key} aria-hidden="true">
                    <td
                      colSpan={columnCount}
                      style={{ height: segment.size, padding: 0, border: 0 }}
                    />
                  </tr>
                );
              }
              const item = items[segment.index];
              if (item === undefined) return null;
              return (
                <TableRow
                  key={getKey(item)}
                  hover
                  data-index={segment.index}
                  aria-rowindex={segment.index + 2}
                  ref={measure}
                >
                  <MemoCells item={item} index={segment.index} render={renderItem} />
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    );
  }

  const { renderItem } = props;
  return (
    <Box
      ref={scrollRef}
      data-testid="virtual-list"
      data-virtualised={virtualised}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
      sx={scrollSx}
    >
      <Box component="ul" role="list" aria-label={label} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {segments.map((segment) => {
          if (segment.kind === 'spacer')
            return <li key={segment.key} aria-hidden="true" style={{ height: segment.size }} />;
          const item = items[segment.index];
          if (item === undefined) return null;
          return (
            <li
              key={getKey(item)}
              role="listitem"
              data-index={segment.index}
              aria-setsize={count}
              aria-posinset={segment.index + 1}
              ref={measure}
              style={{ paddingBottom: gap }}
            >
              <MemoCells item={item} index={segment.index} render={renderItem} />
            </li>
          );
        })}
      </Box>
    </Box>
  );
}

/** A row's content re-renders only when its item, position or renderer changes (not on every scroll). */
const MemoCells = memo(function Cells<T>({
  item,
  index,
  render,
}: {
  readonly item: T;
  readonly index: number;
  readonly render: (item: T, index: number) => ReactNode;
}) {
  return <>{render(item, index)}</>;
}) as <T>(props: {
  readonly item: T;
  readonly index: number;
  readonly render: (item: T, index: number) => ReactNode;
}) => ReactNode;
