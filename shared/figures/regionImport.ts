// Runs in: any environment.
//
// What happens to each figures file the SWV coordinator chose (docs/figures.md "Region"):
// decided here, stored by the screen. A file is added only when its signature holds and no
// file of the same school and school year is there yet. Refused files change nothing:
// - not a figures file, damaged, changed after signing (readFiguresFile's codes);
// - signed with another deelsleutel than the earlier files of a school with the same name
//   (someone else's file presented as that school's);
// - the same school and year again, in the vault or earlier in the same choice; when the file
//   is newer than the one in the vault it is offered for replacement, which the coordinator
//   must choose explicitly.
import type { ErrorInfo, Result } from '../result';
import { normalizeForSearch } from '../search/normalize';
import type { FiguresFileBody } from './figuresFile';
import type { SchoolFigures } from './regionRecord';

export type FiguresRefusal =
  | 'not-json'
  | 'too-large'
  | 'wrong-kind'
  | 'invalid'
  | 'tampered'
  | 'other-key'
  | 'duplicate'
  | 'twice-chosen';

export type ImportDecision =
  | { readonly kind: 'add'; readonly name: string; readonly file: FiguresFileBody }
  /** Same school and year as `replaces`, but made later: replaced only when chosen. */
  | {
      readonly kind: 'newer';
      readonly name: string;
      readonly file: FiguresFileBody;
      readonly replaces: SchoolFigures;
    }
  | {
      readonly kind: 'refused';
      readonly name: string;
      readonly reason: FiguresRefusal;
      /** The school and the period's first day, when the file could be read. */
      readonly about?: { readonly school: string; readonly from: string };
    };

export interface ChosenFiguresFile {
  readonly name: string;
  readonly read: Result<FiguresFileBody, ErrorInfo>;
}

const READ_REFUSALS: Readonly<Record<string, FiguresRefusal>> = {
  'figures-file.not-json': 'not-json',
  'figures-file.too-large': 'too-large',
  'figures-file.wrong-kind': 'wrong-kind',
  'figures-file.tampered': 'tampered',
};

/** Schools are matched by their name as search folds it: case, accents and spacing do not count. */
export function schoolKey(school: string): string {
  return normalizeForSearch(school);
}

type Held = Pick<SchoolFigures, 'school' | 'deelsleutel' | 'createdOn' | 'current'>;

function sameYear(a: Held, b: Held): boolean {
  return (
    schoolKey(a.school) === schoolKey(b.school) && a.current.period.from === b.current.period.from
  );
}

/** Decides, file by file in the order chosen, what importing `files` would do. */
export function planFiguresImport(
  stored: readonly SchoolFigures[],
  files: readonly ChosenFiguresFile[],
): ImportDecision[] {
  const chosen: FiguresFileBody[] = [];
  return files.map((f): ImportDecision => {
    if (!f.read.ok)
      return {
        kind: 'refused',
        name: f.name,
        reason: READ_REFUSALS[f.read.error.code] ?? 'invalid',
      };
    const file = f.read.value;
    const about = { school: file.school, from: file.current.period.from };
    const refuse = (reason: FiguresRefusal): ImportDecision => ({
      kind: 'refused',
      name: f.name,
      reason,
      about,
    });
    const known = [...stored, ...chosen].filter(
      (s) => schoolKey(s.school) === schoolKey(file.school),
    );
    if (known.some((s) => s.deelsleutel !== file.deelsleutel)) return refuse('other-key');
    if (chosen.some((c) => sameYear(c, file))) return refuse('twice-chosen');
    const earlier = stored.find((s) => sameYear(s, file));
    // A refused duplicate does not count as chosen: a newer file after it may still replace.
    if (earlier !== undefined && file.createdOn <= earlier.createdOn) return refuse('duplicate');
    chosen.push(file);
    return earlier === undefined
      ? { kind: 'add', name: f.name, file }
      : { kind: 'newer', name: f.name, file, replaces: earlier };
  });
}
