// Runs in: any environment.
//
// Finding and removing a pupil's identifying details in free text, for anonymous agenda
// items. The meeting record never stores a name, but people type: "Zoë was vandaag weer
// moe" in the situation field of an anonymous item would undo the anonymity. Matching
// ignores case and accents ("Zoe" finds "Zoë"), so a hurried typist is caught too; it
// matches names as names: whole tokens only, a lone surname only capitalised, and in other
// texts than the pupil's own item only forms that cannot be an ordinary word (NameScope).
// The user's corrections (nameCorrections.ts) are applied here: kept words stay (unless
// keeping them would reveal the pupil, re-checked on every use), added forms are names.
import { formatDutchDate, type IsoDate } from '../domain/dates';
import type { Pupil } from '../domain/pupil';

/** What identifies a pupil in text: names (theirs and their guardians') and the date of birth. */
export type IdentifyingPupil = Pick<
  Pupil,
  'id' | 'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'guardians'
>;

const MARK = /\p{M}/gu;

/** Letters Unicode does not decompose into base letter + mark, but that people type plain. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ı: 'i',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
};

/**
 * Folds one character for matching: compatibility-decomposed (so "Ĳ" is "ij"), lower case,
 * without accents (may become several or no characters).
 */
function foldChar(char: string): string {
  const base = char.normalize('NFKD').replace(MARK, '').toLowerCase();
  let out = '';
  for (const c of base) out += LETTER_FOLDS[c] ?? c;
  return out;
}

/** The folded text and, for each folded character, the index of the original character it came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = foldChar(char);
    for (let k = 0; k < f.length; k += 1) origin.push(index);
    folded += f;
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

function dateForms(date: IsoDate): string[] {
  const [y, m, d] = date.split('-');
  if (y === undefined || m === undefined || d === undefined) return [date];
  const day = String(Number(d));
  const month = String(Number(m));
  return [
    date,
    `${d}-${m}-${y}`,
    `${d}/${m}/${y}`,
    `${d}.${m}.${y}`,
    `${day}-${month}-${y}`,
    `${day}/${month}/${y}`,
    formatDutchDate(date),
  ];
}

/**
 * Where a text stands relative to the pupil: 'own' is the anonymous item about them (and the
 * meeting's invitation place), where every form of their name is replaced; 'elsewhere' is any
 * other text (other items, attendees, addenda), where only forms that cannot be an ordinary
 * word are replaced: first name with surname, initials with surname, guardians' full names,
 * the date of birth. A bare surname ("Bakker", "de Boer") or first name in another item is
 * left alone: "vader werkt als bakker" in a named item is about a baker.
 */
export type NameScope = 'own' | 'elsewhere';

/** One form to look for: a regex over folded text, and whether it only counts when capitalised. */
interface NameForm {
  readonly source: string;
  /** True for a lone surname or parent's name part: only as a name, i.e. starting uppercase. */
  readonly capitalised: boolean;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folded whitespace-separated tokens of a name part. */
function tokens(text: string | undefined): string[] {
  return foldWithMap(text ?? '')
    .folded.split(/\s+/)
    .filter((t) => t !== '');
}

/** A token sequence as a regex: any run of whitespace between tokens. */
const sequence = (parts: readonly string[]): string => parts.map(escapeRegExp).join('\\s+');

/** The forms of `pupil`'s name, parents' names and date of birth to replace in a text of `scope`. */
function nameForms(pupil: IdentifyingPupil, scope: NameScope): NameForm[] {
  const first = tokens(pupil.firstName);
  const tv = tokens(pupil.tussenvoegsel);
  const last = tokens(pupil.lastName);
  const initial = first[0]?.[0];
  const forms: NameForm[] = [];
  const add = (source: string, capitalised = false): void => {
    if (source !== '') forms.push({ source, capitalised });
  };
  if (first.length > 0 && last.length > 0) {
    add(sequence([...first, ...tv, ...last]));
    if (tv.length > 0) add(sequence([...first, ...last]));
  }
  if (initial !== undefined && last.length > 0) {
    // "J. de Boer", "J de Boer", "J.de Boer", "J. Boer"
    add(`${escapeRegExp(initial)}\\.?\\s*${sequence([...tv, ...last])}`);
    if (tv.length > 0) add(`${escapeRegExp(initial)}\\.?\\s*${sequence(last)}`);
  }
  for (const guardian of pupil.guardians) add(sequence(tokens(guardian.name)));
  for (const date of dateForms(pupil.dateOfBirth)) add(sequence(tokens(date)));
  if (scope === 'own') {
    add(sequence(first));
    if (tv.length > 0) add(sequence([...tv, ...last]));
    add(sequence(last), true);
    for (const guardian of pupil.guardians)
      for (const part of tokens(guardian.name).filter((w) => w.length >= 4))
        add(sequence([part]), true);
  }
  return forms;
}

/** The strings `identifyingStrings` used to list, kept for callers that show what is looked for. */
export function identifyingStrings(pupil: IdentifyingPupil): string[] {
  const parts = [
    pupil.firstName,
    pupil.lastName,
    [pupil.tussenvoegsel ?? '', pupil.lastName].join(' '),
    [pupil.firstName, pupil.tussenvoegsel ?? '', pupil.lastName].join(' '),
  ];
  for (const guardian of pupil.guardians) parts.push(guardian.name);
  parts.push(...dateForms(pupil.dateOfBirth));
  const cleaned = parts.map((p) => p.trim().replace(/\s+/g, ' ')).filter((p) => p !== '');
  return [...new Set(cleaned)].sort((a, b) => b.length - a.length);
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * The user's corrections to the replacement of one anonymous pupil's names
 * (shared/meetings/nameCorrections.ts): words kept as typed (false positives) and forms added
 * (a nickname or misspelling that was missed). Only the shape is here; the rules are there.
 */
export interface NameCorrectionSet {
  readonly kept: readonly string[];
  readonly added: readonly string[];
}

const NO_CORRECTIONS: NameCorrectionSet = { kept: [], added: [] };

/** Every occurrence of a name form of `pupil` for `scope`, plus the added forms (which are names in every text). */
function matches(
  text: string,
  pupil: IdentifyingPupil,
  scope: NameScope,
  added: readonly string[],
): [number, number][] {
  const { folded, origin } = foldWithMap(text);
  const forms = [
    ...nameForms(pupil, scope),
    ...added.map((form) => ({ source: sequence(tokens(form)), capitalised: false })),
  ];
  const ranges: [number, number][] = [];
  for (const form of forms) {
    if (form.source === '') continue;
    const pattern = new RegExp(`${NOT_WORD_BEFORE}(?:${form.source})${NOT_WORD_AFTER}`, 'gu');
    for (const match of folded.matchAll(pattern)) {
      const start = origin[match.index] ?? 0;
      const end = origin[match.index + match[0].length] ?? text.length;
      if (form.capitalised) {
        const firstChar = text.slice(start, start + 1);
        if (firstChar === firstChar.toLowerCase()) continue;
      }
      ranges.push([start, end]);
    }
  }
  return ranges;
}

/**
 * True when `found` (text as typed) would show who the pupil is if it were left in an
 * anonymised output: it is written as a name (has a capital), holds a form that cannot be an
 * ordinary word (full name, initials with surname, a guardian's full name, the date of
 * birth), or is a form the user added. Such a text can never be kept.
 */
export function revealsPupil(
  found: string,
  pupil: IdentifyingPupil,
  added: readonly string[] = [],
): boolean {
  if (found !== found.toLowerCase()) return true;
  if (matches(found, pupil, 'elsewhere', added).length > 0) return true;
  return /\p{N}/u.test(found);
}

/** The kept words that may be kept (a stored list is re-checked on every use). */
function keptWords(pupil: IdentifyingPupil, corrections: NameCorrectionSet): ReadonlySet<string> {
  return new Set(corrections.kept.filter((word) => !revealsPupil(word, pupil, corrections.added)));
}

/** Ranges [start, end) in `text` (original indices) where a name form of `pupil` occurs as whole tokens. */
export function nameRanges(
  text: string,
  pupil: IdentifyingPupil,
  scope: NameScope = 'own',
  corrections: NameCorrectionSet = NO_CORRECTIONS,
): [number, number][] {
  const kept = keptWords(pupil, corrections);
  return mergeRanges(
    matches(text, pupil, scope, corrections.added).filter(
      ([start, end]) => !kept.has(text.slice(start, end)),
    ),
  );
}

/** The texts in `text` that are name forms of `pupil` but kept as typed by the user's correction. */
export function keptRanges(
  text: string,
  pupil: IdentifyingPupil,
  scope: NameScope,
  corrections: NameCorrectionSet,
): string[] {
  const kept = keptWords(pupil, corrections);
  if (kept.size === 0) return [];
  const replaced = nameRanges(text, pupil, scope, corrections);
  return matches(text, pupil, scope, corrections.added)
    .filter(
      ([start, end]) =>
        kept.has(text.slice(start, end)) && !replaced.some(([s, e]) => s < end && start < e),
    )
    .map(([start, end]) => text.slice(start, end));
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** True when `text` mentions `pupil` by a name form of `scope` (default: every form). */
export function mentionsPupil(
  text: string,
  pupil: IdentifyingPupil,
  scope: NameScope = 'own',
  corrections: NameCorrectionSet = NO_CORRECTIONS,
): boolean {
  return nameRanges(text, pupil, scope, corrections).length > 0;
}

/**
 * `text` with every name form of `pupil` for `scope` replaced by `replacement`. All matches
 * are found in the original text first and merged, then replaced in one pass, so a
 * replacement is never searched again (a pseudonym like "Leerling A" may contain a short name).
 */
export function scrubPupil(
  text: string,
  pupil: IdentifyingPupil,
  replacement: string,
  scope: NameScope = 'own',
  corrections: NameCorrectionSet = NO_CORRECTIONS,
): string {
  let out = text;
  for (const [start, end] of nameRanges(text, pupil, scope, corrections).reverse())
    out = out.slice(0, start) + replacement + out.slice(end);
  return out;
}
