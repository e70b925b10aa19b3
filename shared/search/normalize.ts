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

const COMBINING_MARKS = /\p{M}+/gu;
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
/** Runs of anything that is not a letter or digit: spaces, hyphens, apostrophes, dots, lone surrogates. */
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const ASCII_SEPARATORS = /[^a-z0-9]+/;
/** Any UTF-16 code unit outside ASCII (surrogates included). */
const NON_ASCII = /[\u0080-\uffff]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Every token of a text in order, duplicates included: compatibility-decomposed (so "ĳ"
 * becomes "ij" and ligatures split), lower-cased, combining marks removed, a few special
 * letters folded, split at every run of non-letters/digits. Whole-string regular
 * expressions instead of a loop per character: indexing a regional vault tokenizes some
 * 30 million characters, and plain ASCII text (most of it) skips the Unicode work.
 */
export function splitForSearch(text: string): string[] {
  // Lower-casing after NFKD: some compatibility forms decompose to capitals ("㎆" -> "MB"),
  // and lower-casing "İ" yields "i" + a combining dot, which is then removed as a mark.
  let source: string;
  let separators: RegExp;
  if (NON_ASCII.test(text)) {
    // Lone surrogates first: removing a mark between two of them would join them into a
    // letter that was never typed ("\uD800\u0301\uDC00" read as "𐀀").
    source = text
      .replace(LONE_SURROGATE, ' ')
      .normalize('NFKD')
      .toLowerCase()
      .replace(COMBINING_MARKS, '')
      .replace(FOLDABLE, (char) => LETTER_FOLDS[char] ?? char);
    separators = SEPARATORS;
  } else {
    source = text.toLowerCase();
    separators = ASCII_SEPARATORS;
  }
  const parts = source.split(separators);
  // A leading or trailing separator leaves an empty part at either end, never in between.
  if (parts[0] === '') parts.shift();
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * Folds text to its searchable form: compatibility-decomposed, lower-cased, combining marks
 * removed, a few special letters folded, and every run of non-letters/digits collapsed to a
 * single space, trimmed.
 */
export function normalizeForSearch(text: string): string {
  return splitForSearch(text).join(' ');
}

/** The distinct tokens of a text after normalisation, in first-seen order. */
export function tokenizeForSearch(text: string): string[] {
  const parts = splitForSearch(text);
  return parts.length <= 1 ? parts : [...new Set(parts)];
}
