// Runs in: any environment.
//
// One normalisation for everything that is searched, so that what a user types matches
// what is stored regardless of accents, case or punctuation. Dutch school lists are full of
// names like "Özdemir", "Çelik", "Işık" and words like "coördinator", "Ĳsselmeer": typing the
// plain letters must find them.

/**
 * Letters that Unicode does not decompose into "base letter + mark" but that people
 * type as plain ASCII anyway. Applied after lower-casing and stripping marks.
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  ı: 'i', // Turkish dotless i ("Işık" is typed "Isik")
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ŀ: 'l',
};

const COMBINING_MARK = /^\p{M}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * What one (already decomposed, lower-cased) character becomes: itself, a fold from
 * LETTER_FOLDS, '' for a combining mark, or ' ' for a separator (anything that is not a
 * letter or digit: spaces, hyphens, apostrophes, dots). Unicode property tests are slow, so
 * each distinct character is classified once and remembered.
 */
const foldCache = new Map<string, string>();
const MAX_FOLD_CACHE = 20_000;

function foldChar(char: string): string {
  let folded = foldCache.get(char);
  if (folded === undefined) {
    folded = COMBINING_MARK.test(char) ? '' : (LETTER_FOLDS[char] ?? (LETTER_OR_DIGIT.test(char) ? char : ' '));
    if (foldCache.size < MAX_FOLD_CACHE) foldCache.set(char, folded);
  }
  return folded;
}

/**
 * Folds text to its searchable form: compatibility-decomposed (so "ĳ" becomes "ij" and
 * ligatures split), lower-cased, combining marks removed, a few special letters folded,
 * and every run of non-letters/digits collapsed to a single space, trimmed.
 */
export function normalizeForSearch(text: string): string {
  // Lower-casing after NFKD: some compatibility forms decompose to capitals ("㎆" -> "MB"),
  // and lower-casing "İ" yields "i" + a combining dot, which the loop drops as a mark.
  const source = text.normalize('NFKD').toLowerCase();
  const parts: string[] = [];
  let pendingSpace = false;
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    let piece: string;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      // ASCII fast path: take the whole run of lower-case letters and digits at once.
      let end = i + 1;
      while (end < source.length && isAsciiAlnum(source.charCodeAt(end))) end += 1;
      piece = source.slice(i, end);
      i = end;
    } else if (code < 128) {
      piece = ' ';
      i += 1;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < source.length) {
      piece = foldChar(source.slice(i, i + 2));
      i += 2;
    } else {
      piece = foldChar(source.charAt(i));
      i += 1;
    }
    if (piece === '') continue;
    if (piece === ' ') {
      pendingSpace = parts.length > 0;
      continue;
    }
    if (pendingSpace) {
      parts.push(' ');
      pendingSpace = false;
    }
    parts.push(piece);
  }
  return parts.join('');
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** The distinct tokens of a text after normalisation, in first-seen order. */
export function tokenizeForSearch(text: string): string[] {
  const normalized = normalizeForSearch(text);
  if (normalized === '') return [];
  return [...new Set(normalized.split(' '))];
}
