// Runs in: any environment.
//
// Who raised a signal, as a category for the figures. The case stores the source as free
// text ("juf Sanne (leerkracht groep 5)", "moeder", "huisarts"), which may hold a name and
// never leaves the vault; the figures keep only the category its words point to. Categories
// are tried in list order and the first whose words occur wins: "moeder, via de juf" counts
// for the teacher, who brought it to the team.
import { splitForSearch } from '../search/normalize';

export const SIGNAL_SOURCES = [
  'leerkracht',
  'intern-begeleider',
  'ouders',
  'leerling',
  'partner',
  'anders',
] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

/** Words (folded, as splitForSearch gives them) that point to each category. */
const SOURCE_WORDS: Readonly<Record<Exclude<SignalSource, 'anders'>, readonly string[]>> = {
  leerkracht: [
    'leerkracht',
    'juf',
    'juffrouw',
    'meester',
    'mentor',
    'docent',
    'leraar',
    'groepsleerkracht',
  ],
  'intern-begeleider': [
    'ib',
    'iber',
    'intern',
    'begeleider',
    'zorgcoordinator',
    'directeur',
    'directie',
  ],
  ouders: [
    'ouder',
    'ouders',
    'moeder',
    'vader',
    'verzorger',
    'verzorgers',
    'pleegouder',
    'pleegouders',
    'oma',
    'opa',
    'gezin',
  ],
  leerling: ['leerling', 'kind', 'zelf'],
  partner: [
    'huisarts',
    'ggd',
    'jgz',
    'jeugdarts',
    'jeugdverpleegkundige',
    'wijkteam',
    'wijkcoach',
    'smw',
    'schoolmaatschappelijk',
    'maatschappelijk',
    'politie',
    'leerplicht',
    'leerplichtambtenaar',
    'veilig',
    'jeugdzorg',
    'kinderopvang',
    'bso',
  ],
};

/** The category of a signal's "raised by" text. */
export function signalSourceOf(raisedBy: string): SignalSource {
  const words = new Set(splitForSearch(raisedBy));
  for (const source of SIGNAL_SOURCES) {
    if (source === 'anders') return source;
    if (SOURCE_WORDS[source].some((w) => words.has(w))) return source;
  }
  return 'anders';
}
