// Runs in: renderer.
//
// The fixed search queries of the benchmark: names with and without their diacritics (the
// index must fold "Ozdemir" to "Özdemir" and "ijsselstein" to "Ĳsselstein"), tussenvoegsels,
// two-word queries, groups, places, professions and words from case texts, and a few that
// find nothing. Search-as-you-type is measured by typing each query one character at a time.
export const BENCH_QUERIES: readonly string[] = [
  'Özdemir',
  'ozdemir',
  'Zoë',
  'zoe jansen',
  'Ĳsselstein',
  'ijsselstein',
  'Şahin',
  'sahin',
  'de Vries',
  'van der Berg',
  'Kılıç',
  'kilic',
  'Wiśniewski',
  'El Amrani',
  'Mohamed',
  'Noah Bakker',
  'Çağla',
  '5B',
  'Enschede',
  'Haaksbergen',
  'coördinator',
  'coordinator',
  'jeugdverpleegkundige',
  'wijkteam',
  'leerplicht',
  'verzuim',
  'dyslexie',
  'schoolweigering',
  'driehoeksoverleg',
  'xyzzy',
];

/** Every prefix of a query, as it appears in the search field while it is typed. */
export function typedPrefixes(query: string): string[] {
  const chars = [...query];
  return chars
    .map((_, i) => chars.slice(0, i + 1).join(''))
    .filter((prefix) => prefix.trim() !== '');
}
