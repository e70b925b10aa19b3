// Runs in: any environment.
//
// Turns raw vault search hits into what the search dialog lists: pupils (name and group)
// and cases (the pupil's name and the status). A hit in a case's chronology entry leads to
// its case; every other record type is left out. Pure, so it is unit-tested.
import type { Zorgdossier } from '../domain/case';
import type { CaseEntry } from '../domain/caseEntry';
import type { CaseStatus } from '../domain/caseStatus';
import { displayName, type Pupil } from '../domain/pupil';

export type SearchItem =
  | {
      readonly kind: 'pupil';
      readonly key: string;
      readonly pupilId: string;
      readonly name: string;
      readonly group?: string;
    }
  | {
      readonly kind: 'case';
      readonly key: string;
      readonly pupilId: string;
      readonly caseId: string;
      readonly name: string;
      readonly status: CaseStatus;
      readonly signalDate: string;
    };

/** The hits the dialog understands; other types are ignored. */
export type SearchHitLike =
  | { readonly type: 'pupil'; readonly id: string; readonly record: Pupil }
  | { readonly type: 'case'; readonly id: string; readonly record: Zorgdossier }
  | { readonly type: 'case.entry'; readonly id: string; readonly record: CaseEntry }
  | { readonly type: string; readonly id: string; readonly record: unknown };

export interface SearchLookup {
  readonly pupil: (id: string) => Pupil | undefined;
  readonly case: (id: string) => Zorgdossier | undefined;
}

function isHit<T extends SearchHitLike['type']>(
  hit: SearchHitLike,
  type: T,
): hit is Extract<SearchHitLike, { type: T }> {
  return hit.type === type;
}

/** Hits in rank order → distinct items (a case found twice is listed once), at most `limit`. */
export function toSearchItems(
  hits: readonly SearchHitLike[],
  lookup: SearchLookup,
  limit = 20,
): SearchItem[] {
  const items: SearchItem[] = [];
  const seen = new Set<string>();
  const addCase = (c: Zorgdossier): void => {
    const key = `case:${c.id}`;
    const pupil = lookup.pupil(c.pupilId);
    if (seen.has(key) || pupil === undefined) return;
    seen.add(key);
    items.push({
      kind: 'case',
      key,
      pupilId: c.pupilId,
      caseId: c.id,
      name: displayName(pupil),
      status: c.status,
      signalDate: c.signal.date,
    });
  };
  for (const hit of hits) {
    if (items.length >= limit) break;
    if (isHit(hit, 'pupil')) {
      const key = `pupil:${hit.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const p = hit.record;
      items.push({
        kind: 'pupil',
        key,
        pupilId: p.id,
        name: displayName(p),
        ...(p.group === undefined ? {} : { group: p.group }),
      });
    } else if (isHit(hit, 'case')) {
      addCase(hit.record);
    } else if (isHit(hit, 'case.entry')) {
      const c = lookup.case(hit.record.caseId);
      if (c !== undefined) addCase(c);
    }
  }
  return items;
}

export interface SearchResultsView {
  readonly items: readonly SearchItem[];
  /** More matches exist than are shown: the dialog asks to type more. */
  readonly more: boolean;
}

/**
 * What the dialog shows for `hits` (asked for with `rawLimit`): at most `shown` items, and
 * whether there are more (a further distinct item, or the index stopped at `rawLimit`).
 * Few rows keep each keystroke cheap to paint; nobody reads past twenty results.
 */
export function searchResultsView(
  hits: readonly SearchHitLike[],
  lookup: SearchLookup,
  shown: number,
  rawLimit: number,
): SearchResultsView {
  const items = toSearchItems(hits, lookup, shown + 1);
  return { items: items.slice(0, shown), more: items.length > shown || hits.length >= rawLimit };
}

/** True when keyboard focus is in something the user types in ("/" must then type a slash). */
export function isTypingTarget(
  target: {
    readonly tagName?: string;
    readonly isContentEditable?: boolean;
    readonly getAttribute?: (name: string) => string | null;
  } | null,
): boolean {
  if (target === null) return false;
  const tag = (target.tagName ?? '').toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select') return true;
  if (target.isContentEditable === true) return true;
  const role = target.getAttribute?.('role');
  return role === 'textbox' || role === 'combobox' || role === 'searchbox';
}

/** Ctrl+K (Cmd+K on a Mac) always; "/" only when not typing. */
export function isSearchShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  target: Parameters<typeof isTypingTarget>[0],
): boolean {
  if (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'k'
  )
    return true;
  return (
    event.key === '/' &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !isTypingTarget(target)
  );
}
