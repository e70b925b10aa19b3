// Runs in: any environment.
//
// Finding and removing a pupil's identifying details in free text, for anonymous agenda
// items. The meeting record never stores a name, but people type: "Zoë was vandaag weer
// moe" in the situation field of an anonymous item would undo the anonymity. Matching
// ignores case and accents ("Zoe" finds "Zoë"), so a hurried typist is caught too.
import { formatDutchDate, type IsoDate } from '../domain/dates';
import type { Pupil } from '../domain/pupil';

/** What identifies a pupil in text: names (theirs and their guardians') and the date of birth. */
export type IdentifyingPupil = Pick<Pupil, 'id' | 'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'guardians'>;

const MARK = /\p{M}/gu;

/** Letters Unicode does not decompose into base letter + mark, but that people type plain. */
const LETTER_FOLDS: Readonly<Record<string, string>> = { ß: 'ss', ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ħ: 'h' };

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
  return [date, `${d}-${m}-${y}`, `${d}/${m}/${y}`, `${d}.${m}.${y}`, `${day}-${month}-${y}`, `${day}/${month}/${y}`, formatDutchDate(date)];
}

/**
 * The strings that identify `pupil`, longest first: full name, surname with tussenvoegsel,
 * first and last name, guardians' names, date of birth in the usual Dutch forms. Parts
 * shorter than three letters are matched as whole words only (see scrub).
 */
export function identifyingStrings(pupil: IdentifyingPupil): string[] {
  const parts = [pupil.firstName, pupil.lastName, [pupil.tussenvoegsel ?? '', pupil.lastName].join(' '), [pupil.firstName, pupil.tussenvoegsel ?? '', pupil.lastName].join(' ')];
  for (const guardian of pupil.guardians) parts.push(guardian.name, ...guardian.name.split(/\s+/).filter((w) => w.length >= 4));
  parts.push(...dateForms(pupil.dateOfBirth));
  const cleaned = parts.map((p) => p.trim().replace(/\s+/g, ' ')).filter((p) => p !== '');
  return [...new Set(cleaned)].sort((a, b) => b.length - a.length);
}

const WORD = /[\p{L}\p{N}]/u;

/** Ranges [start, end) in `text` where `needle` occurs (folded compare); short needles only as whole words. */
function findRanges(text: string, needle: string): [number, number][] {
  const { folded, origin } = foldWithMap(text);
  const target = foldWithMap(needle).folded;
  if (target === '') return [];
  const wholeWord = target.length < 3;
  const ranges: [number, number][] = [];
  for (let at = folded.indexOf(target); at >= 0; at = folded.indexOf(target, at + 1)) {
    const before = folded[at - 1];
    const after = folded[at + target.length];
    if (wholeWord && ((before !== undefined && WORD.test(before)) || (after !== undefined && WORD.test(after)))) continue;
    ranges.push([origin[at] ?? 0, origin[at + target.length] ?? text.length]);
  }
  return ranges;
}

/** True when `text` mentions anything that identifies `pupil`. */
export function mentionsPupil(text: string, pupil: IdentifyingPupil): boolean {
  return identifyingStrings(pupil).some((needle) => findRanges(text, needle).length > 0);
}

/**
 * `text` with everything that identifies `pupil` replaced by `replacement`. All matches are
 * found in the original text first and merged, then replaced in one pass, so a replacement
 * is never searched again (a pseudonym like "Leerling A" may itself contain a short name).
 */
export function scrubPupil(text: string, pupil: IdentifyingPupil, replacement: string): string {
  const ranges = identifyingStrings(pupil)
    .flatMap((needle) => findRanges(text, needle))
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  let out = text;
  for (const [start, end] of merged.reverse()) out = out.slice(0, start) + replacement + out.slice(end);
  return out;
}
