// Runs in: any environment.
//
// The meldcode verslag (issue 16, point 4): the meldcode track of one case on paper, in Dutch,
// in two variants.
// - 'dossier': the whole track for the school's own file: the five steps with their dates and
//   persons, the afwegingskader's questions with each answer and motivation, the decision and
//   its reasons, the report to Veilig Thuis and its answer, the closing.
// - 'veilig-thuis': the part the school hands over with its report. It holds only what Veilig
//   Thuis needs to judge the report: the factual observations, the school's own consultation
//   of Veilig Thuis, whether the conversation with the parents and child was held (or why
//   not), the afwegingen, the decision with its reasons and the report. It leaves out the
//   school's interpretation of the signals, the collegial consultation, the names of the staff
//   who did each step (only the reporter is named), Veilig Thuis's own answer and the closing.
//   It exists only for a decision that includes reporting.
// Working notes never appear: the input has no place for them. A case discussed anonymously
// prints without the pupil's name, birth date or group ('anonymous' subject).
import { AFWEGINGSKADER_SOURCE } from '../meldcode/afwegingskader';
import {
  answerDueDate,
  decisionReports,
  MELDCODE_STEPS,
  type GesprekStep,
  MELDCODE_DECISION_LABELS_NL,
  type MeldcodeStep,
  type MeldcodeTrack,
} from '../meldcode/meldcode';
import { formatDutchDate, type IsoDate } from '../domain/dates';
import { displayName, type Pupil } from '../domain/pupil';
import { err, ok, type Result } from '../result';
import { renderPdf, type Block, type DocumentFonts } from './pdf';

export const MELDCODE_VERSLAG_VARIANTS = ['dossier', 'veilig-thuis'] as const;
export type MeldcodeVerslagVariant = (typeof MELDCODE_VERSLAG_VARIANTS)[number];

/** Whose track it is: a named pupil, or a case discussed anonymously (no name on paper). */
export type MeldcodeVerslagSubject =
  | {
      readonly kind: 'named';
      readonly pupil: Pick<
        Pupil,
        'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'group'
      >;
    }
  | { readonly kind: 'anonymous' };

export interface MeldcodeVerslagInput {
  readonly schoolName: string;
  readonly subject: MeldcodeVerslagSubject;
  readonly track: MeldcodeTrack;
  readonly variant: MeldcodeVerslagVariant;
  /** The day the verslag is printed. */
  readonly onDate: IsoDate;
  readonly documentId?: string;
}

export interface MeldcodeVerslagError {
  /** The part for Veilig Thuis exists only once the decision includes a report. */
  readonly code: 'meldcode-verslag.not-reported';
}

const STEP_TITLES_NL: { readonly [K in MeldcodeStep]: string } = {
  signalen: 'Signalen in kaart brengen',
  overleg: 'Collegiale consultatie en zo nodig Veilig Thuis',
  gesprek: 'Gesprek met ouders en kind',
  afweging: 'Wegen met het afwegingskader',
  besluit: 'Beslissen: hulp organiseren en/of melden',
};

const NOT_HELD_REASONS_NL = {
  'veiligheid-kind': 'de veiligheid van het kind',
  'veiligheid-anderen': 'de veiligheid van anderen',
} as const;

type Row = { readonly label: string; readonly value: string };

function stepHeading(step: MeldcodeStep, number: number): Block {
  return { kind: 'heading', level: 2, text: `Stap ${number}: ${STEP_TITLES_NL[step]}` };
}

/** Date, and in the school's own file also who did the step. */
function doneRows(step: { readonly date: IsoDate; readonly by: string }, full: boolean): Row[] {
  return [
    { label: 'Datum', value: formatDutchDate(step.date) },
    ...(full ? [{ label: 'Door', value: step.by }] : []),
  ];
}

function labelled(label: string, text: string): Block[] {
  return [
    { kind: 'paragraph', bold: true, text: label },
    { kind: 'paragraph', text },
  ];
}

function subjectRows(subject: MeldcodeVerslagSubject): Row[] {
  switch (subject.kind) {
    case 'named':
      return [
        { label: 'Leerling', value: displayName(subject.pupil) },
        { label: 'Geboortedatum', value: formatDutchDate(subject.pupil.dateOfBirth) },
        ...(subject.pupil.group === undefined
          ? []
          : [{ label: 'Groep / klas', value: subject.pupil.group }]),
      ];
    case 'anonymous':
      return [{ label: 'Leerling', value: 'Niet vermeld: anoniem besproken' }];
    default: {
      const never: never = subject;
      throw new Error(`unknown subject ${String(never)}`);
    }
  }
}

function gesprekBlocks(gesprek: GesprekStep, full: boolean): Block[] {
  if (!gesprek.held)
    return [
      {
        kind: 'fields',
        rows: [
          ...doneRows(gesprek, full),
          { label: 'Gesprek', value: 'Niet gevoerd' },
          { label: 'Reden', value: NOT_HELD_REASONS_NL[gesprek.reason] },
        ],
      },
      ...labelled('Toelichting', gesprek.explanation),
    ];
  const withWhom = [
    ...(gesprek.withParents ? ['de ouders'] : []),
    ...(gesprek.withChild ? ['het kind'] : []),
  ].join(' en ');
  return [
    {
      kind: 'fields',
      rows: [...doneRows(gesprek, full), { label: 'Gesprek gevoerd met', value: withWhom }],
    },
    ...labelled('Verslag van het gesprek', gesprek.summary),
  ];
}

function stepBlocks(track: MeldcodeTrack, step: MeldcodeStep, full: boolean): Block[] {
  const notYet: Block[] = [{ kind: 'paragraph', text: 'Nog niet vastgelegd.' }];
  switch (step) {
    case 'signalen': {
      const s = track.steps.signalen;
      if (s === undefined) return notYet;
      return [
        { kind: 'fields', rows: doneRows(s, full) },
        ...labelled('Waarnemingen (feitelijk)', s.observations),
        ...(full && s.interpretation.trim() !== ''
          ? labelled('Interpretatie (apart van de feiten)', s.interpretation)
          : []),
      ];
    }
    case 'overleg': {
      const s = track.steps.overleg;
      if (s === undefined) return notYet;
      const vt = s.veiligThuis;
      const vtBlocks: Block[] =
        vt === undefined
          ? full
            ? [{ kind: 'paragraph', text: 'Veilig Thuis is niet geraadpleegd.' }]
            : []
          : [
              { kind: 'paragraph', bold: true, text: 'Advies van Veilig Thuis' },
              {
                kind: 'fields',
                rows: [
                  { label: 'Datum', value: formatDutchDate(vt.date) },
                  { label: 'Geraadpleegd', value: vt.person },
                  { label: 'Anoniem', value: vt.anonymous ? 'Ja' : 'Nee' },
                ],
              },
              { kind: 'paragraph', text: vt.advice },
            ];
      if (!full)
        return vtBlocks.length === 0
          ? [{ kind: 'paragraph', text: 'Veilig Thuis is vóór de melding niet geraadpleegd.' }]
          : vtBlocks;
      return [
        {
          kind: 'fields',
          rows: [...doneRows(s, full), { label: 'Collega geraadpleegd', value: s.colleague }],
        },
        ...labelled('Advies', s.advice),
        ...vtBlocks,
      ];
    }
    case 'gesprek': {
      const s = track.steps.gesprek;
      return s === undefined ? notYet : gesprekBlocks(s, full);
    }
    case 'afweging': {
      const s = track.steps.afweging;
      if (s === undefined) return notYet;
      return [
        { kind: 'fields', rows: doneRows(s, full) },
        ...s.answers.flatMap((a): Block[] => [
          { kind: 'paragraph', bold: true, text: a.question },
          {
            kind: 'fields',
            rows: [
              { label: 'Antwoord', value: a.answer === 'ja' ? 'Ja' : 'Nee' },
              { label: 'Motivering', value: a.motivation },
            ],
          },
        ]),
        {
          kind: 'paragraph',
          size: 9,
          text:
            `Vragen uit: ${AFWEGINGSKADER_SOURCE.title} (${AFWEGINGSKADER_SOURCE.year}).` +
            (AFWEGINGSKADER_SOURCE.wordingVerified
              ? ''
              : ' De formulering is nog niet woordelijk gecontroleerd tegen de officiële onderwijsversie.'),
        },
      ];
    }
    case 'besluit': {
      const s = track.steps.besluit;
      if (s === undefined) return notYet;
      return [
        {
          kind: 'fields',
          rows: [
            ...doneRows(s, full),
            { label: 'Besluit', value: MELDCODE_DECISION_LABELS_NL[s.decision] },
          ],
        },
        ...labelled('Redenen', s.reasons),
      ];
    }
    default: {
      const never: never = step;
      throw new Error(`unknown step ${String(never)}`);
    }
  }
}

function reportBlocks(track: MeldcodeTrack, full: boolean): Block[] {
  const besluit = track.steps.besluit;
  if (besluit === undefined || !decisionReports(besluit.decision)) return [];
  const report = track.report;
  const heading: Block = { kind: 'heading', level: 2, text: 'Melding bij Veilig Thuis' };
  if (report === undefined)
    return [heading, { kind: 'paragraph', text: 'De melding is nog niet gedaan.' }];
  const answer: Block[] = !full
    ? []
    : report.answer === undefined
      ? [
          {
            kind: 'paragraph',
            text: `Nog geen antwoord van Veilig Thuis; verwacht uiterlijk ${formatDutchDate(answerDueDate(report.date))}.`,
          },
        ]
      : [
          {
            kind: 'paragraph',
            bold: true,
            text: `Antwoord van Veilig Thuis, ${formatDutchDate(report.answer.date)}`,
          },
          { kind: 'paragraph', text: report.answer.summary },
        ];
  return [
    heading,
    {
      kind: 'fields',
      rows: [
        { label: 'Datum melding', value: formatDutchDate(report.date) },
        { label: 'Gemeld door', value: report.by },
        { label: 'Contactpersoon', value: report.contact },
      ],
    },
    ...answer,
  ];
}

/** The verslag's blocks, or why this variant cannot be made (exported for tests and previews). */
export function meldcodeVerslagBlocks(
  input: MeldcodeVerslagInput,
): Result<Block[], MeldcodeVerslagError> {
  const { track, variant } = input;
  const full = variant === 'dossier';
  const besluit = track.steps.besluit;
  if (!full && (besluit === undefined || !decisionReports(besluit.decision)))
    return err({ code: 'meldcode-verslag.not-reported' });
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 1,
      text: full ? 'Meldcodeverslag' : 'Meldcodeverslag: deel voor Veilig Thuis',
    },
    {
      kind: 'fields',
      rows: [
        ...subjectRows(input.subject),
        { label: 'School', value: input.schoolName },
        { label: 'Datum signaal', value: formatDutchDate(track.signalDate) },
        ...(full ? [{ label: 'Traject gestart door', value: track.startedBy }] : []),
        { label: 'Afgedrukt op', value: formatDutchDate(input.onDate) },
      ],
    },
    ...MELDCODE_STEPS.flatMap((step, index) => [
      stepHeading(step, index + 1),
      ...stepBlocks(track, step, full),
    ]),
    ...reportBlocks(track, full),
  ];
  if (full && track.closed !== undefined)
    blocks.push(
      { kind: 'heading', level: 2, text: 'Afsluiting' },
      {
        kind: 'fields',
        rows: [
          { label: 'Datum', value: formatDutchDate(track.closed.date) },
          { label: 'Door', value: track.closed.by },
        ],
      },
      ...labelled('Reden', track.closed.reason),
    );
  blocks.push(
    { kind: 'spacer', height: 12 },
    {
      kind: 'paragraph',
      size: 9,
      text: full
        ? 'Dit verslag hoort bij het dossier van de school en wordt niet gedeeld. Persoonlijke werkaantekeningen staan hier niet in.'
        : 'Dit deel bevat wat Veilig Thuis nodig heeft bij de melding. Niet opgenomen: de interpretatie van de school, het collegiale overleg, wie binnen de school welke stap zette, de afsluiting en werkaantekeningen.',
    },
  );
  return ok(blocks);
}

/** Renders the verslag as a PDF; its title never holds the pupil's name. */
export async function renderMeldcodeVerslag(
  input: MeldcodeVerslagInput & { readonly fonts: DocumentFonts },
): Promise<Result<Uint8Array, MeldcodeVerslagError>> {
  const blocks = meldcodeVerslagBlocks(input);
  if (!blocks.ok) return blocks;
  return ok(
    await renderPdf({
      fonts: input.fonts,
      title: input.variant === 'dossier' ? 'Meldcodeverslag' : 'Meldcodeverslag Veilig Thuis',
      schoolName: input.schoolName,
      confidential: true,
      blocks: blocks.value,
      ...(input.documentId === undefined ? {} : { footer: { documentId: input.documentId } }),
    }),
  );
}
