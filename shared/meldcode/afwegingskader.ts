// Runs in: any environment.
//
// The questions of the afwegingskader (mandatory in the meldcode since 1 January 2019) that
// step 4 of a meldcode track answers, each yes/no with a short motivation. Kept in this ONE
// place, with their source, so a school or a later release can bring the wording in line
// with the official text without touching the rules or the screens. The Dutch text is what
// is stored alongside each answer's id and printed in the verslag; the English text is the
// second locale's rendering of the same question (not an official translation).
//
// Source: "Afwegingskader Meldcode Onderwijs en leerplicht" (PO-Raad, VO-raad, MBO Raad,
// Ingrado e.a., 2018; in force with the meldcode from 1 January 2019), published on
// huiselijkgeweld.nl. The wording below follows the five afwegingsvragen of the
// afwegingskader as generally used in schools; it has NOT been checked word for word against
// the official onderwijs document (no copy was available while this was written): see
// docs/meldcode.md, "Sources", before relying on the exact phrasing.

/** Stable ids, stored with each answer: never renumber, add new ids instead. */
export const AFWEGING_QUESTION_IDS = [
  'vermoeden',
  'onveiligheid',
  'hulp',
  'aanvaarding',
  'resultaat',
] as const;
export type AfwegingQuestionId = (typeof AFWEGING_QUESTION_IDS)[number];

export interface AfwegingQuestion {
  readonly id: AfwegingQuestionId;
  /** Number of the afwegingsvraag in the afwegingskader (1..5). */
  readonly number: number;
  readonly nl: string;
  readonly en: string;
  /** Which answer points towards a report to Veilig Thuis (the meldnorm), if any. */
  readonly reportWhen: 'ja' | 'nee' | undefined;
}

export const AFWEGINGSKADER_SOURCE = {
  title: 'Afwegingskader Meldcode Onderwijs en leerplicht',
  publisher: 'PO-Raad, VO-raad, MBO Raad, Ingrado e.a. (huiselijkgeweld.nl)',
  year: 2018,
  inForceFrom: '2019-01-01',
  /** False until someone compared the texts below with the official document. */
  wordingVerified: false,
} as const;

export const AFWEGINGSKADER_QUESTIONS: readonly AfwegingQuestion[] = [
  {
    id: 'vermoeden',
    number: 1,
    nl: 'Heb ik op basis van de stappen 1 tot en met 3 een vermoeden van huiselijk geweld of kindermishandeling?',
    en: 'Based on steps 1 to 3, do I suspect domestic violence or child abuse?',
    reportWhen: undefined,
  },
  {
    id: 'onveiligheid',
    number: 2,
    nl: 'Is er sprake van acute onveiligheid en/of structurele onveiligheid?',
    en: 'Is there acute and/or structural unsafety?',
    reportWhen: 'ja',
  },
  {
    id: 'hulp',
    number: 3,
    nl: 'Ben ik (of iemand anders in de school of een ketenpartner) in staat om effectieve, passende hulp te bieden of te organiseren?',
    en: 'Am I (or someone else in the school or a partner organisation) able to offer or organise effective, suitable help?',
    reportWhen: 'nee',
  },
  {
    id: 'aanvaarding',
    number: 4,
    nl: 'Aanvaarden de betrokkenen de hulp en zijn zij bereid zich actief in te zetten?',
    en: 'Do those involved accept the help and are they willing to commit to it actively?',
    reportWhen: 'nee',
  },
  {
    id: 'resultaat',
    number: 5,
    nl: 'Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten ten aanzien van de veiligheid en/of het welzijn van alle betrokkenen?',
    en: 'Does the help lead, within the agreed time, to the necessary results for the safety and/or well-being of everyone involved?',
    reportWhen: 'nee',
  },
];

/** The question with `id` (every id has one: the list is checked by the unit tests). */
export function afwegingQuestion(id: AfwegingQuestionId): AfwegingQuestion {
  const question = AFWEGINGSKADER_QUESTIONS.find((q) => q.id === id);
  if (question === undefined)
    throw new RangeError(`afwegingskader question ${id} is not configured`);
  return question;
}
