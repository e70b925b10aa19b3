// Runs in: any environment.
//
// The "what to do differently" points of the ZAT process evaluations, for the figures
// without names. Only the text typed into the evaluation's "anders doen" field is used (never
// the minutes), split into one point per line. A point is left out entirely, not blanked,
// when any of its words is a word of a pupil's, guardian's or known person's name, or when it
// holds something like a date (a date of birth): a half-blanked sentence can still point to
// a child, and the team can rephrase the point in the evaluation. Matching folds case and
// accents like search does, so "Zoe" finds "Zoë". A first name that is also an ordinary word
// ("Roos", "Storm") makes the check refuse more than needed; that is the safe side.
import { splitForSearch } from '../search/normalize';

/** Something that carries names: a pupil (with guardians) or a person. */
export interface NameSource {
  readonly names: readonly string[];
}

/** Tussenvoegsels and other short words that occur in names but say nothing about who. */
const NOT_A_NAME = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'te',
  'ter',
  'ten',
  'in',
  't',
  'la',
  'le',
  'du',
  'el',
  'al',
]);

/** A date such as 3-4-2016, 03/04, 3.4.16 or 2016-04-03. */
const DATE_LIKE = /\d{1,4}\s*[-/.]\s*\d{1,2}/;

/** Every folded word of every name, for the check. */
export function nameWords(sources: readonly NameSource[]): Set<string> {
  const words = new Set<string>();
  for (const source of sources)
    for (const name of source.names)
      for (const word of splitForSearch(name))
        if (word.length >= 2 && !NOT_A_NAME.has(word)) words.add(word);
  return words;
}

/** One point per non-empty line, without a leading bullet or number. */
export function splitPoints(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s*/, '').trim())
    .filter((line) => line !== '');
}

/** True when `point` may be listed: no name word and nothing like a date in it. */
export function pointIsAnonymous(point: string, names: ReadonlySet<string>): boolean {
  if (DATE_LIKE.test(point)) return false;
  return !splitForSearch(point).some((word) => names.has(word));
}

/** The points of `texts` that pass the check, and how many were left out. */
export function anonymousPoints(
  texts: readonly string[],
  names: ReadonlySet<string>,
): { readonly points: string[]; readonly withheld: number } {
  const points: string[] = [];
  let withheld = 0;
  for (const text of texts)
    for (const point of splitPoints(text)) {
      if (pointIsAnonymous(point, names)) points.push(point);
      else withheld += 1;
    }
  return { points, withheld };
}

/** The people whose names the points are checked against, as they are in the records. */
export interface NamedRecords {
  readonly pupils: readonly {
    readonly firstName: string;
    readonly lastName: string;
    readonly guardians: readonly { readonly name: string }[];
  }[];
  readonly contacts: readonly { readonly name: string }[];
  readonly meetings: readonly { readonly attendees: readonly { readonly name: string }[] }[];
  readonly plans: readonly { readonly actions: readonly { readonly ownerName: string }[] }[];
}

/** Pupils (with their guardians), directory contacts, meeting attendees and action owners. */
export function nameSourcesOf(records: NamedRecords): NameSource[] {
  return [
    ...records.pupils.map((p) => ({
      names: [p.firstName, p.lastName, ...p.guardians.map((g) => g.name)],
    })),
    ...records.contacts.map((c) => ({ names: [c.name] })),
    ...records.meetings.map((m) => ({ names: m.attendees.map((a) => a.name) })),
    ...records.plans.map((p) => ({ names: p.actions.map((a) => a.ownerName) })),
  ];
}
