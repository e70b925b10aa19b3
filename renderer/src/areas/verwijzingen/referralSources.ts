// Runs in: renderer.
//
// Reads, from the unlocked vault, everything a referral screen needs: the referral, its
// pupil, case, consents, recipient, the case's actieplan, meetings and betrokkenen, the
// school's letterhead and leefgebieden, and turns them into the letter content the preview
// and the PDF both use (one source, so the preview is exactly what leaves). The case's
// meldcode tracks are read for one reason only: the named part the user deliberately
// included (referral.meldcodePart), checked against its basis here, so nothing of a track
// reaches a letter, a preview or a package any other way (issue 16, point 3).
import { CARE_SETTINGS_RECORD_ID } from '../../../../shared/domain/careSettings';
import type { Consent } from '../../../../shared/domain/consent';
import type { IsoDate } from '../../../../shared/domain/dates';
import type { Organisation } from '../../../../shared/domain/directory';
import type { Involvement } from '../../../../shared/domain/involvement';
import { DEFAULT_LEEFGEBIEDEN, type Leefgebied } from '../../../../shared/domain/leefgebieden';
import type { Pupil } from '../../../../shared/domain/pupil';
import type { Zorgdossier } from '../../../../shared/domain/case';
import type { Voice } from '../../../../shared/domain/voice';
import { actieplanIdFor, type Actieplan } from '../../../../shared/meetings/actieplan';
import type { MeldcodeTrack } from '../../../../shared/meldcode/meldcode';
import {
  meldcodeLetterPart,
  type MeldcodePartProblem,
} from '../../../../shared/meldcode/namedPart';
import type { Meeting } from '../../../../shared/meetings/meeting';
import type { ProfileRole } from '../../../../shared/records/profile';
import type { AttachmentCandidate } from '../../../../shared/referrals/consentGate';
import {
  buildLetterContent,
  type LetterContentError,
  type ReferralLetterContent,
} from '../../../../shared/referrals/letterContent';
import type { Letterhead } from '../../../../shared/referrals/letterhead';
import type { Referral } from '../../../../shared/referrals/referral';
import {
  attachmentCandidates,
  doneCandidates,
  involvementText,
  type DoneCandidate,
} from '../../../../shared/referrals/sources';
import type { AppRecordMap } from '../../../../shared/records/catalog';
import { readLetterhead } from '../../referrals/letterhead';
import type { AppSession } from '../../security/VaultProvider';

/** The record types a referral screen depends on; a change to any of them re-reads. */
export const REFERRAL_WATCHED_TYPES: readonly Extract<keyof AppRecordMap, string>[] = [
  'case.referral',
  'pupil',
  'case',
  'case.consent',
  'case.involvement',
  'case.voice',
  'case.actieplan',
  'case.meldcode',
  'meeting',
  'directory.organisation',
  'school.letterhead',
  'school.care-settings',
];

/** The user's role as it is written on a Dutch letter. */
const ROLE_ON_LETTER: Readonly<Record<ProfileRole, string>> = {
  ib: 'intern begeleider',
  zorgcoordinator: 'zorgcoördinator',
  smw: 'schoolmaatschappelijk werker',
  swv: 'coördinator samenwerkingsverband',
  other: 'contactpersoon zorg',
};

export interface ReferralSources {
  readonly referral: Referral;
  readonly pupil: Pupil;
  readonly zorgdossier: Zorgdossier;
  /** Every consent of this pupil (the gate looks for the right one). */
  readonly consents: readonly Consent[];
  readonly organisations: readonly Organisation[];
  readonly recipient: Organisation | undefined;
  readonly involvements: readonly Involvement[];
  /** What the parents and the pupil think (the letter's own section). */
  readonly voices: readonly Voice[];
  readonly leefgebieden: readonly Leefgebied[];
  readonly letterhead: Letterhead;
  readonly done: readonly DoneCandidate[];
  readonly attachments: readonly AttachmentCandidate[];
  readonly actieplan: Actieplan | undefined;
  readonly meetings: readonly Meeting[];
  /** The case's meldcode tracks: only for the part the user deliberately includes. */
  readonly meldcodeTracks: readonly MeldcodeTrack[];
}

/** Everything for one referral, or undefined when the referral, its pupil or its case is gone. */
export function readReferralSources(
  session: AppSession,
  referralId: string,
): ReferralSources | undefined {
  const { records } = session;
  const referral = records.get('case.referral', referralId);
  if (referral === undefined) return undefined;
  const pupil = records.get('pupil', referral.pupilId);
  const zorgdossier = records.get('case', referral.caseId);
  if (pupil === undefined || zorgdossier === undefined || zorgdossier.pupilId !== pupil.id)
    return undefined;
  const organisations = records.list('directory.organisation');
  const actieplan = records.get('case.actieplan', actieplanIdFor(referral.caseId));
  const meetings = records.list('meeting');
  return {
    referral,
    pupil,
    zorgdossier,
    consents: records.list('case.consent').filter((c) => c.pupilId === pupil.id),
    organisations,
    recipient: organisations.find((o) => o.id === referral.recipientOrganisationId),
    involvements: records.list('case.involvement').filter((i) => i.caseId === referral.caseId),
    voices: records.list('case.voice').filter((v) => v.caseId === referral.caseId),
    leefgebieden:
      records.get('school.care-settings', CARE_SETTINGS_RECORD_ID)?.leefgebieden ??
      DEFAULT_LEEFGEBIEDEN,
    letterhead: readLetterhead(session),
    done: doneCandidates(referral.caseId, actieplan, meetings),
    attachments: attachmentCandidates(referral.caseId, actieplan, meetings),
    actieplan,
    meetings,
    meldcodeTracks: records.list('case.meldcode').filter((t) => t.caseId === referral.caseId),
  };
}

export type LetterProblem =
  LetterContentError | MeldcodePartProblem | { readonly code: 'letter.no-recipient' };

/** The letter exactly as it would leave on `date`. */
export function letterContentFor(
  session: AppSession,
  sources: ReferralSources,
  date: IsoDate,
): { ok: true; value: ReferralLetterContent } | { ok: false; error: LetterProblem } {
  const { referral, recipient } = sources;
  if (recipient === undefined) return { ok: false, error: { code: 'letter.no-recipient' } };
  // A selected part whose basis does not hold (none chosen, a consent withdrawn) stops the
  // letter rather than leave the part out silently: the user chose to include it.
  const meldcode = meldcodeLetterPart(referral.meldcodePart, {
    referral,
    tracks: sources.meldcodeTracks,
    pupil: sources.pupil,
    consents: sources.consents,
    onDate: date,
  });
  if (!meldcode.ok) return { ok: false, error: meldcode.error };
  const profile = session.profile;
  const texts = (
    items: readonly { readonly id: string; readonly text: string }[],
  ): Record<string, string> => Object.fromEntries(items.map((i) => [i.id, i.text]));
  return buildLetterContent(referral, {
    school: { name: profile.schoolName, address: sources.letterhead.address.trim() },
    recipient:
      recipient.address === undefined
        ? { name: recipient.name }
        : { name: recipient.name, address: recipient.address },
    pupil: sources.pupil,
    date,
    ib: { name: profile.userName, role: ROLE_ON_LETTER[profile.role] },
    actionTexts: texts(sources.done),
    involvementTexts: Object.fromEntries(
      sources.involvements.map((i) => [i.id, involvementText(i)]),
    ),
    leefgebiedLabels: Object.fromEntries(sources.leefgebieden.map((l) => [l.id, l.label])),
    attachmentLabels: Object.fromEntries(sources.attachments.map((a) => [a.refId, a.label])),
    voices: sources.voices,
    ...(meldcode.value === undefined ? {} : { meldcode: meldcode.value }),
  });
}
