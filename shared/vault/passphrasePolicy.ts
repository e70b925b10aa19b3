// Runs in: any environment.
//
// The passphrase rule for a vault, in one place so the strength meter, the first-run screen
// and "change passphrase" agree: at least 12 characters, a zxcvbn score of at least 3
// (estimated >= 10^8 guesses), not one or two common words dressed up with digits and
// symbols, and nothing taken from the school or user details. zxcvbn-ts knows common
// passwords plus English and Dutch (nl-be) words and names, so "Wachtwoord2024!" or a single
// Dutch word is refused. Problems are stable codes; the UI translates them.
// The dictionaries are a few MB: the UI should load this module lazily (dynamic import).
import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import * as zxcvbnNlBe from '@zxcvbn-ts/language-nl-be';

/** Minimum length in Unicode code points (after NFC normalisation). */
export const MIN_PASSPHRASE_LENGTH = 12;
/** Minimum zxcvbn score (0-4). */
export const MIN_PASSPHRASE_SCORE = 3;
/** User inputs shorter than this are ignored (too many false positives: "IB", "SMW"). */
const MIN_USER_INPUT_LENGTH = 4;

/** Why a passphrase is refused or weak. Stable codes; the UI has a message for each. */
export const PASSPHRASE_PROBLEMS = [
  /** Fewer than 12 characters. */
  'too-short',
  /** zxcvbn score below 3, whatever the reason. */
  'too-weak',
  /** A common password or common word (English or Dutch), possibly with small changes. */
  'too-common',
  /** Common first names or last names. */
  'common-names',
  /** Contains the school name, the user's name or other details the caller passed. */
  'contains-user-data',
  /** Repeated characters or words ("aaaa", "abcabc"). */
  'repeated',
  /** Alphabet or number sequences ("abcd", "1234"). */
  'sequence',
  /** Keyboard patterns ("qwerty", "zxcvbn"). */
  'keyboard-pattern',
  /** Dates or recent years. */
  'date',
] as const;
/** One passphrase problem code. */
export type PassphraseProblem = (typeof PASSPHRASE_PROBLEMS)[number];

/** The verdict on a passphrase. */
export interface PassphraseEvaluation {
  /** zxcvbn score, 0 (too guessable) to 4 (very unguessable); at most 2 when not acceptable. */
  readonly score: 0 | 1 | 2 | 3 | 4;
  /** True when the passphrase meets the vault's minimum. */
  readonly acceptable: boolean;
  /** Reasons, most important first; empty when acceptable and nothing stands out. */
  readonly problems: readonly PassphraseProblem[];
  /** zxcvbn's estimate of log10(guesses), for a finer-grained meter. */
  readonly guessesLog10: number;
}

const WARNING_PROBLEMS: Readonly<Record<string, PassphraseProblem>> = {
  straightRow: 'keyboard-pattern',
  keyPattern: 'keyboard-pattern',
  simpleRepeat: 'repeated',
  extendedRepeat: 'repeated',
  sequences: 'sequence',
  recentYears: 'date',
  dates: 'date',
  topTen: 'too-common',
  topHundred: 'too-common',
  common: 'too-common',
  similarToCommon: 'too-common',
  wordByItself: 'too-common',
  pwned: 'too-common',
  namesByThemselves: 'common-names',
  commonNames: 'common-names',
  userInputs: 'contains-user-data',
};

let factory: ZxcvbnFactory | null = null;

/** Builds the estimator on first use (ranking the dictionaries takes a moment) and keeps it. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, ...zxcvbnNlBe.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    // Levenshtein matching costs ~300 ms per check over these dictionaries (too slow for a
    // meter updated as the user types) and changed no verdict in our samples.
    useLevenshteinDistance: false,
    // No translations: feedback.warning stays a plain key, which we map to our own codes.
  });
  return factory;
}

/** Splits user details ("Basisschool De Regenboog", "Anna de Vries") into usable words. */
function userWords(userInputs: readonly string[]): string[] {
  const words = new Set<string>();
  for (const input of userInputs) {
    const whole = input.normalize('NFC').trim().toLowerCase();
    if (whole.length >= MIN_USER_INPUT_LENGTH) words.add(whole.replace(/\s+/g, ''));
    for (const word of whole.split(/[^\p{L}\p{N}]+/u))
      if (word.length >= MIN_USER_INPUT_LENGTH) words.add(word);
  }
  return [...words];
}

/**
 * "Wachtwoord2024!" and "Zomervakantie2024" score 3 in zxcvbn (capital, year, symbol, a
 * compound), yet they are among the first things a cracker tries. So below score 4, a
 * passphrase made of one or two dictionary words plus fewer than four other letters (digits
 * and symbols do not count) is refused as too common.
 */
function isDecoratedWords(result: ZxcvbnResult, password: string): boolean {
  if (result.score >= 4) return false;
  const words = result.sequence.filter(
    (m) => m.pattern === 'dictionary' && m['dictionaryName'] !== 'userInputs',
  );
  if (words.length < 1 || words.length > 2) return false;
  let rest = '';
  let from = 0;
  for (const word of [...words].sort((a, b) => a.i - b.i)) {
    rest += password.slice(from, word.i);
    from = word.j + 1;
  }
  rest += password.slice(from);
  return (rest.match(/\p{L}/gu) ?? []).length < 4;
}

function problemsOf(result: ZxcvbnResult, password: string, length: number): PassphraseProblem[] {
  const problems = new Set<PassphraseProblem>();
  if (length < MIN_PASSPHRASE_LENGTH) problems.add('too-short');
  if (isDecoratedWords(result, password)) problems.add('too-common');
  const usesUserData = result.sequence.some(
    (m) =>
      m.pattern === 'dictionary' &&
      m['dictionaryName'] === 'userInputs' &&
      m.token.length >= MIN_USER_INPUT_LENGTH,
  );
  if (usesUserData) problems.add('contains-user-data');
  if (result.score < MIN_PASSPHRASE_SCORE) {
    problems.add('too-weak');
    const fromWarning =
      result.feedback.warning === null ? undefined : WARNING_PROBLEMS[result.feedback.warning];
    if (fromWarning !== undefined) problems.add(fromWarning);
    // zxcvbn only names the worst pattern; also say which dictionaries made it guessable.
    for (const match of result.sequence) {
      const dictionaryName: unknown = match['dictionaryName'];
      if (
        match.pattern !== 'dictionary' ||
        typeof dictionaryName !== 'string' ||
        dictionaryName === 'userInputs' ||
        match.token.length < 4
      )
        continue;
      problems.add(/names/i.test(dictionaryName) ? 'common-names' : 'too-common');
    }
  }
  return PASSPHRASE_PROBLEMS.filter((p) => problems.has(p));
}

/**
 * Evaluates a passphrase against the vault minimum. `userInputs` are details an attacker
 * could know (school name, user name, role, e-mail); passphrases containing them are refused.
 */
export function evaluatePassphrase(
  passphrase: string,
  userInputs: readonly string[],
): PassphraseEvaluation {
  const normalised = passphrase.normalize('NFC');
  const length = [...normalised].length;
  const result = estimator().check(normalised, userWords(userInputs));
  const problems = problemsOf(result, normalised, length);
  const acceptable =
    length >= MIN_PASSPHRASE_LENGTH &&
    result.score >= MIN_PASSPHRASE_SCORE &&
    !problems.includes('contains-user-data') &&
    !problems.includes('too-common');
  // A meter must never look "strong" for a passphrase the rule refuses.
  const score = acceptable
    ? result.score
    : (Math.min(result.score, MIN_PASSPHRASE_SCORE - 1) as PassphraseEvaluation['score']);
  return { score, acceptable, problems, guessesLog10: result.guessesLog10 };
}
