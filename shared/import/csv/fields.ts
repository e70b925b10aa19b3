// Runs in: any environment.
//
// The pupil fields an import can fill, and which column headers mean which field. Exports of
// ParnasSys, ESIS and Magister (and hand-made Excel lists) name the same thing differently:
// "Roepnaam" or "Voornaam", "Tussenvoegsel" or "Voorvoegsel", "Groep", "Klas" or
// "Stamgroep". Headers are compared after normalising (no case, accents or punctuation;
// "Ouder1" = "ouder 1"), so "Naam ouder/verzorger 1" and "naam ouder verzorger 1" are the same.
import { normalizeForSearch } from '../../search/normalize';

export const GUARDIAN_SLOTS = [1, 2] as const;
export type GuardianSlot = (typeof GUARDIAN_SLOTS)[number];

export const IMPORT_FIELDS = [
  'firstName',
  'tussenvoegsel',
  'lastName',
  'dateOfBirth',
  'group',
  'homePostcode',
  'homeMunicipality',
  'externalId',
  'guardian1Name',
  'guardian1Relation',
  'guardian1Gezag',
  'guardian1Phone',
  'guardian1Email',
  'guardian2Name',
  'guardian2Relation',
  'guardian2Gezag',
  'guardian2Phone',
  'guardian2Email',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Without these a row cannot become a pupil. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = [
  'firstName',
  'lastName',
  'dateOfBirth',
];

/** Header text → comparable form. Letters and digits are split: "Ouder1" → "ouder 1". */
export function normalizeHeader(header: string): string {
  return normalizeForSearch(
    header.replace(/(\p{L})(\p{N})/gu, '$1 $2').replace(/(\p{N})(\p{L})/gu, '$1 $2'),
  );
}

function guardianSynonyms(
  n: GuardianSlot,
): Record<'Name' | 'Relation' | 'Gezag' | 'Phone' | 'Email', string[]> {
  const who = [`ouder verzorger ${n}`, `ouder ${n}`, `verzorger ${n}`, `ouder of verzorger ${n}`];
  const generic = n === 1;
  return {
    Name: [...who.map((w) => `naam ${w}`), ...who.map((w) => `${w} naam`), ...who],
    Relation: [
      ...who.map((w) => `relatie ${w}`),
      ...who.map((w) => `${w} relatie`),
      `relatie ${n}`,
      `relatie tot leerling ${n}`,
    ],
    Gezag: [
      ...who.map((w) => `gezag ${w}`),
      ...who.map((w) => `${w} gezag`),
      ...who.map((w) => `ouderlijk gezag ${w}`),
      `gezag ${n}`,
      `ouderlijk gezag ${n}`,
    ],
    Phone: [
      ...who.flatMap((w) => [
        `telefoon ${w}`,
        `telefoonnummer ${w}`,
        `tel ${w}`,
        `mobiel ${w}`,
        `${w} telefoon`,
        `${w} mobiel`,
      ]),
      `telefoon ${n}`,
      `telefoonnummer ${n}`,
      ...(generic
        ? [
            'telefoon',
            'telefoonnummer',
            'tel',
            'mobiel',
            'mobiel nummer',
            'telefoon thuis',
            'telefoon mobiel',
          ]
        : []),
    ],
    Email: [
      ...who.flatMap((w) => [
        `e mail ${w}`,
        `email ${w}`,
        `e mailadres ${w}`,
        `emailadres ${w}`,
        `${w} e mail`,
        `${w} email`,
      ]),
      `e mail ${n}`,
      `email ${n}`,
      ...(generic ? ['e mail', 'email', 'e mailadres', 'emailadres', 'e mail adres'] : []),
    ],
  };
}

const g1 = guardianSynonyms(1);
const g2 = guardianSynonyms(2);

/** Header synonyms per field, most specific first (the rank decides when two columns compete). */
export const HEADER_SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  firstName: [
    'roepnaam',
    'roepnaam leerling',
    'voornaam',
    'voornaam leerling',
    'voornamen',
    'voornamen leerling',
  ],
  tussenvoegsel: [
    'tussenvoegsel',
    'tussenvoegsels',
    'voorvoegsel',
    'voorvoegsels',
    'tussenvoegsel leerling',
    'tussenv',
    'voorv',
  ],
  lastName: [
    'achternaam',
    'achternaam leerling',
    'geslachtsnaam',
    'familienaam',
    'achternaam zonder tussenvoegsel',
  ],
  dateOfBirth: [
    'geboortedatum',
    'geboortedatum leerling',
    'geb datum',
    'gebdatum',
    'geboren',
    'geboren op',
    'geb dat',
  ],
  group: [
    'groep',
    'stamgroep',
    'klas',
    'basisgroep',
    'groep klas',
    'klas groep',
    'jaargroep',
    'leerjaar',
  ],
  homePostcode: ['postcode', 'postcode leerling', 'postcode woonadres', 'pc'],
  homeMunicipality: ['woonplaats', 'woonplaats leerling', 'gemeente', 'woongemeente', 'plaats'],
  externalId: [
    'leerlingnummer',
    'leerling nummer',
    'leerlingnr',
    'llnr',
    'll nr',
    'stamnummer',
    'leerling id',
    'leerlingid',
    'id leerling',
    'studentnummer',
  ],
  guardian1Name: g1.Name,
  guardian1Relation: g1.Relation,
  guardian1Gezag: g1.Gezag,
  guardian1Phone: g1.Phone,
  guardian1Email: g1.Email,
  guardian2Name: g2.Name,
  guardian2Relation: g2.Relation,
  guardian2Gezag: g2.Gezag,
  guardian2Phone: g2.Phone,
  guardian2Email: g2.Email,
};

const SYNONYM_INDEX: ReadonlyMap<string, { field: ImportField; rank: number }> = (() => {
  const index = new Map<string, { field: ImportField; rank: number }>();
  for (const field of IMPORT_FIELDS) {
    HEADER_SYNONYMS[field].forEach((synonym, rank) => {
      const key = normalizeHeader(synonym);
      if (!index.has(key)) index.set(key, { field, rank });
    });
  }
  return index;
})();

/** The field a header means, or undefined for a column we do not know. */
export function fieldForHeader(header: string): ImportField | undefined {
  return SYNONYM_INDEX.get(normalizeHeader(header))?.field;
}

/** Which field each column fills (index-aligned with the headers); null = not imported. */
export type ColumnFields = readonly (ImportField | null)[];

/**
 * Suggests a field per column from the headers. Each field gets at most one column: when
 * two headers mean the same field ("Roepnaam" and "Voornamen"), the more specific synonym
 * wins, then the leftmost column; the other column stays unmapped.
 */
export function suggestColumnFields(headers: readonly string[]): (ImportField | null)[] {
  const candidates = headers
    .map((header, column) => ({ column, match: SYNONYM_INDEX.get(normalizeHeader(header)) }))
    .flatMap(({ column, match }) => (match === undefined ? [] : [{ column, ...match }]))
    .sort((a, b) => a.rank - b.rank || a.column - b.column);
  const fields: (ImportField | null)[] = headers.map(() => null);
  const taken = new Set<ImportField>();
  for (const candidate of candidates) {
    if (taken.has(candidate.field)) continue;
    taken.add(candidate.field);
    fields[candidate.column] = candidate.field;
  }
  return fields;
}
