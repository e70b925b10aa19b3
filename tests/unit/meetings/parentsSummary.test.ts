// Tests for the parents' summary after a meeting (issue 18 point 3): one page per child
// discussed by name, from the approved minutes only, read back from the real PDF. It holds
// what was discussed, agreed, who does what by when, the contact person and the complaints
// route, and nothing else: not the team's situation text (where medical and home details
// live), not the question, not other children's items, not the attendees, the process
// evaluation or the addenda. Working notes are not part of a meeting at all.
import { describe, expect, it } from 'vitest';
import {
  parentsSummaryBlocks,
  renderParentsSummaryPdf,
  type ParentsSummaryInput,
} from '../../../shared/documents/meetings/parentsSummary';
import { approveMinutes, editMinutes, type MinutesChange } from '../../../shared/meetings/minutes';
import type { Meeting } from '../../../shared/meetings/meeting';
import { extractPdfText, loadDocumentFonts } from '../../helpers/pdfText';
import {
  action,
  consents,
  NOW,
  noor,
  pupils,
  T0,
  threeCaseZorgteam,
  unwrap,
  zoe,
} from './builders';

const fonts = loadDocumentFonts();
const SCHOOL = 'OBS De Tweemaster';
const MEDICAL = 'ADHD-diagnose en medicatie (methylfenidaat)';
const HOME = 'vader is zijn baan kwijt en drinkt';
const QUESTION = 'Hoe pakken we de spanning thuis aan?';
const NOOR_DECISION = 'Noor aanmelden bij het wijkteam Ĳsselstein.';
const ROUTE =
  'Vertrouwenspersoon: mevrouw S. Yıldız, 053-1234567. Klachtenregeling: www.tweemaster.nl/klachten.';

function approved(): Meeting {
  const changes: MinutesChange[] = [
    { kind: 'presence', attendeeId: 'a-jgz', presence: 'afgemeld' },
    {
      kind: 'item-fields',
      itemId: 'i-zoe',
      patch: {
        question: QUESTION,
        situation: `Zoë is stil; ${MEDICAL}; ${HOME}.`,
        discussed: 'Zoë is moe op maandag en haalt haar leesdoelen niet.',
        nextEvaluationDate: '2026-04-14',
      },
    },
    {
      kind: 'add-decision',
      itemId: 'i-zoe',
      decision: { id: 'd-1', text: 'Zoë krijgt een vaste plek vooraan.' },
    },
    { kind: 'add-decision', itemId: 'i-noor', decision: { id: 'd-2', text: NOOR_DECISION } },
    {
      kind: 'add-action',
      itemId: 'i-zoe',
      action: action({
        id: 'x-1',
        description: 'Gesprek met ouders over de ochtend',
        ownerName: 'Joost Kamphuis',
        ownerOrganisation: 'SMW Twente',
        ownerKind: 'partner',
      }),
    },
    {
      kind: 'item-fields',
      itemId: 'i-daan',
      patch: { parentsFeedback: { given: false, reasonIfNot: 'Eerst observeren.' } },
    },
  ];
  const edited = changes.reduce(
    (m, change) => unwrap(editMinutes(m, change, T0)),
    threeCaseZorgteam(),
  );
  return unwrap(
    approveMinutes(edited, {
      by: 'Anouk de Wit',
      at: NOW,
      pupils,
      consents,
      feedback: {
        defaultOwner: { name: 'Anouk de Wit', organisation: SCHOOL, kind: 'school' },
        dueDays: 7,
      },
    }),
  );
}

function input(overrides: Partial<ParentsSummaryInput> = {}): ParentsSummaryInput {
  return {
    schoolName: SCHOOL,
    meeting: approved(),
    itemId: 'i-zoe',
    pupil: zoe,
    defaultContact: { name: 'Anouk de Wit', organisation: SCHOOL },
    complaintsRoute: ROUTE,
    ...overrides,
  };
}

describe('parents summary', () => {
  it('reads back what was discussed, agreed, who does what by when, the contact and the complaints route', async () => {
    const bytes = unwrap(await renderParentsSummaryPdf({ ...input(), fonts }));
    const pdf = await extractPdfText(bytes);
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.title).toBe('Samenvatting voor ouders');
    for (const part of [
      'Samenvatting voor ouders',
      'Zoë van der Berg',
      'Zorgteam',
      '10 maart 2026',
      'Zoë is moe op maandag en haalt haar leesdoelen niet.',
      'Zoë krijgt een vaste plek vooraan.',
      'Gesprek met ouders over de ochtend - Joost Kamphuis, SMW Twente - uiterlijk 24 maart 2026',
      '14 april 2026',
      'Neem contact op met Anouk de Wit, OBS De Tweemaster.',
      ROUTE,
    ])
      expect(text).toContain(part);
  });

  it('holds no situation (medical, home), no question, nothing of other children, no attendees or feedback task', async () => {
    const text = (
      await extractPdfText(unwrap(await renderParentsSummaryPdf({ ...input(), fonts })))
    ).text.replace(/\s+/g, ' ');
    for (const absent of [
      MEDICAL,
      'methylfenidaat',
      HOME,
      QUESTION,
      NOOR_DECISION,
      'Noor',
      'Leerling A',
      'Priya Ramdin',
      'GGD',
      'Terugkoppeling aan ouders over de bespreking',
    ])
      expect(text).not.toContain(absent);
    // The blocks, too, carry nothing but the item's own shared fields.
    const blocks = JSON.stringify(unwrap(parentsSummaryBlocks(input())));
    for (const absent of [MEDICAL, HOME, QUESTION, NOOR_DECISION])
      expect(blocks).not.toContain(absent);
  });

  it('names the owner of the feedback task as contact, and says to ask the school when no route is set', () => {
    const meeting = approved();
    const withGiver: Meeting = {
      ...meeting,
      agenda: meeting.agenda.map((i) =>
        i.id === 'i-noor'
          ? {
              ...i,
              actions: i.actions.map((a) =>
                a.kind === 'terugkoppeling-ouders'
                  ? { ...a, ownerName: 'Joost Kamphuis', ownerOrganisation: 'SMW Twente' }
                  : a,
              ),
            }
          : i,
      ),
    };
    const blocks = JSON.stringify(
      unwrap(
        parentsSummaryBlocks(
          input({ meeting: withGiver, itemId: 'i-noor', pupil: noor, complaintsRoute: '  ' }),
        ),
      ),
    );
    expect(blocks).toContain('Neem contact op met Joost Kamphuis, SMW Twente.');
    expect(blocks).toContain('Vraag de school naar de vertrouwenspersoon en de klachtenregeling.');
    expect(blocks).toContain(NOOR_DECISION);
    expect(blocks).not.toContain('Zoë');
  });

  it('refuses minutes not approved, an anonymous item, another pupil and an item without feedback', () => {
    const code = (i: ParentsSummaryInput): string | undefined => {
      const result = parentsSummaryBlocks(i);
      return result.ok ? undefined : result.error.code;
    };
    expect(code(input({ meeting: threeCaseZorgteam() }))).toBe('minutes-not-approved');
    expect(code(input({ itemId: 'i-x' }))).toBe('item-not-found');
    expect(code(input({ itemId: 'i-daan' }))).toBe('item-anonymous');
    expect(code(input({ pupil: noor }))).toBe('pupil-mismatch');
    const meeting = approved();
    const noFeedback: Meeting = {
      ...meeting,
      agenda: meeting.agenda.map((i) =>
        i.id === 'i-zoe' ? { ...i, parentsFeedback: { given: false, reasonIfNot: 'Later.' } } : i,
      ),
    };
    expect(code(input({ meeting: noFeedback }))).toBe('no-feedback-agreed');
  });
});
