// Runs in: renderer.
//
// File filters as the contract describes them ({name, extensions}) translated to what a web
// file input understands, plus the check the browser does not do for us: the `accept`
// attribute is only a hint, so the chosen file's extension is verified afterwards.
import type { FileFilter } from '../../../shared/ipc/contract';

/** The value for `<input type="file" accept>`, e.g. ".zorgtafel,.pdf"; empty means anything. */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = new Set(filters.flatMap((f) => f.extensions.map((e) => `.${e}`)));
  return [...extensions].join(',');
}

/** True when no filter is given or the name ends in one of the filters' extensions. */
export function matchesFilters(fileName: string, filters: readonly FileFilter[]): boolean {
  if (filters.length === 0) return true;
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return false;
  const extension = fileName.slice(dot + 1).toLowerCase();
  return filters.some((f) => f.extensions.includes(extension));
}
