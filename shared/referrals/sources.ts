// Runs in: any environment.
//
// What the referral wizard may pick from the case (issue 6): the actions of the case's
// actieplan and the decisions meetings took about this case ("what school already did"),
// and the documents that may go along as attachments (approved minutes of meetings where the
// case was discussed by name, and the actieplan). Working notes are not a source of either:
// they are the author's own and never leave school. Texts are Dutch, as the letter is.
import type { MeetingKind } from '../domain/consent';
import { formatDutchDate } from '../domain/dates';
import type { Involvement } from '../domain/involvement';
import type { Actieplan } from '../meetings/actieplan';
import type { Meeting } from '../meetings/meeting';
import type { AttachmentCandidate } from './consentGate';

const MEETING_NAMES_NL: Readonly<Record<MeetingKind, string>> = {
  zorgteam: 'zorgteam',
  zat: 'ZAT',
  driehoeksoverleg: 'driehoeksoverleg',
};

const ACTION_STATUS_NL = {
  open: 'loopt nog',
  gedaan: 'gedaan',
  'niet-meer-nodig': 'niet meer nodig',
} as const;

/** One thing the school already did, as the letter will say it. */
export interface DoneCandidate {
  readonly id: string;
  readonly kind: 'action' | 'decision';
  readonly text: string;
}

/**
 * The actieplan's actions (with who did it and how far it is) and every non-empty decision
 * about this case in named agenda items, oldest meeting first. Anonymous items are left out:
 * their minutes do not name the child, so they cannot be tied to the referral.
 */
export function doneCandidates(
  caseId: string,
  actieplan: Actieplan | undefined,
  meetings: readonly Meeting[],
): DoneCandidate[] {
  const actions: DoneCandidate[] = (actieplan?.caseId === caseId ? actieplan.actions : [])
    .filter((a) => a.description.trim() !== '')
    .map((a) => {
      const who =
        a.ownerName.trim() === ''
          ? ''
          : `, ${a.ownerName.trim()}${a.ownerOrganisation.trim() === '' ? '' : ` (${a.ownerOrganisation.trim()})`}`;
      const outcome = a.outcome.trim() === '' ? '' : `: ${a.outcome.trim()}`;
      return {
        id: a.id,
        kind: 'action' as const,
        text: `${a.description.trim()}${who} – ${ACTION_STATUS_NL[a.status]}${outcome}`,
      };
    });
  const decisions: DoneCandidate[] = [...meetings]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .flatMap((m) =>
      m.agenda
        .filter((item) => item.caseId === caseId && item.mode === 'named')
        .flatMap((item) =>
          item.decisions
            .filter((d) => d.text.trim() !== '')
            .map((d) => ({
              id: d.id,
              kind: 'decision' as const,
              text: `Besluit ${MEETING_NAMES_NL[m.kind]} ${formatDutchDate(m.date)}: ${d.text.trim()}`,
            })),
        ),
    );
  return [...actions, ...decisions];
}

/**
 * Documents that could go along: the approved minutes of each meeting that discussed the
 * case by name, and the case's actieplan when it has content. Whether consent allows each
 * one is decided by allowedAttachments (consentGate.ts).
 */
export function attachmentCandidates(
  caseId: string,
  actieplan: Actieplan | undefined,
  meetings: readonly Meeting[],
): AttachmentCandidate[] {
  const minutes: AttachmentCandidate[] = [...meetings]
    .filter(
      (m) =>
        m.status === 'vastgesteld' &&
        m.agenda.some((item) => item.caseId === caseId && item.mode === 'named'),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((m) => ({
      kind: 'minutes' as const,
      refId: m.id,
      label: `Verslag ${MEETING_NAMES_NL[m.kind]} van ${formatDutchDate(m.date)}`,
    }));
  const plan: AttachmentCandidate[] =
    actieplan !== undefined &&
    actieplan.caseId === caseId &&
    (actieplan.goals.length > 0 || actieplan.actions.length > 0)
      ? [{ kind: 'actieplan', refId: actieplan.id, label: 'Actieplan' }]
      : [];
  return [...minutes, ...plan];
}

/** "Sanne Bakker, wijkcoach (Wijkteam Noord)": how the letter names someone involved. */
export function involvementText(
  involvement: Pick<Involvement, 'name' | 'role' | 'organisationName'>,
): string {
  return `${involvement.name}, ${involvement.role}${involvement.organisationName === undefined ? '' : ` (${involvement.organisationName})`}`;
}
