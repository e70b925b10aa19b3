// Runs in: Chromium (Vitest browser mode): real IndexedDB, WebCrypto and the sharing worker.
//
// The meldcode track never travels unless the user includes its named part in a referral
// (issue 16, point 3). A vault holds a case with a decided, reported track whose every text
// carries a marker; then each output is made the way its screen makes it and read back as
// the recipient would: the referral package (sealed in the worker, opened again), the letter
// content the PDF and the preview are drawn from, a shared meeting file of the same pupil
// (sealed and opened), the published figures and the signed figures file, and the formal
// file a print or hand-over is built from. None holds a marker or the decision. Only after the
// deliberate opt-in with a recorded basis does the package carry the part, and still no text
// of the track; without a basis the export is refused; the export is on the track's audit trail.
import { afterEach, describe, expect, it } from 'vitest';
import { toExportableCase } from '../../shared/domain/exportableCase';
import { schoolYearPeriod } from '../../shared/domain/schoolYear';
import { writeFiguresFile } from '../../shared/figures/figuresFile';
import {
  recordReport,
  recordStep,
  startTrack,
  type MeldcodeTrack,
  type StepRecord,
} from '../../shared/meldcode/meldcode';
import { openReferralPackage } from '../../shared/referrals/package';
import type { Referral } from '../../shared/referrals/referral';
import { openSharedFile, sealSharedFile } from '../../shared/sharing/container';
import {
  deelsleutelOf,
  generateSharingIdentity,
  parseDeelsleutel,
  type SharingIdentity,
} from '../../shared/sharing/identity';
import { sharedMeetingContentSchema, shareKindOfPhase } from '../../shared/sharing/meetingContent';
import { buildSharedMeeting } from '../../shared/sharing/meetingShare';
import { APP_RECORD_REGISTRY } from '../../shared/records/catalog';
import { figuresInput, publishedComparison } from '../../renderer/src/areas/cijfers/figuresData';
import { exportReferralPackage } from '../../renderer/src/areas/verwijzingen/exportLetter';
import {
  letterContentFor,
  readReferralSources,
} from '../../renderer/src/areas/verwijzingen/referralSources';
import { BrowserHost } from '../../renderer/src/host/BrowserHost';
import type { SaveFileOutcome, SaveFileRequest } from '../../renderer/src/host/Host';
import type { AppSession } from '../../renderer/src/security/VaultProvider';
import { answers } from '../unit/meldcode/tracks';
import { entry, organisation, zorgdossier } from '../unit/domain/builders';
import { threeCaseZorgteam } from '../unit/meetings/builders';
import { pupil, referConsent, referral, WIJKTEAM } from '../unit/referrals/builders';
import { harness, PASSPHRASE, PROFILE, unwrap, type Harness } from './helpers';

/** In every text of the track, and nowhere else in the vault. */
const MARKER = 'kwetsuurspoor';
/** The letter's day: the consent (10 January to 31 July 2026) holds. */
const ON = '2026-03-20';
const NOW = '2026-03-20T10:00:00.000Z';
const BY = `Ineke ${MARKER}`;

let h: Harness;
afterEach(async () => {
  await h.dispose();
});

/** Keeps what is saved instead of downloading it. */
class CapturingHost extends BrowserHost {
  readonly saved: Uint8Array[] = [];
  override saveFile(request: SaveFileRequest): Promise<SaveFileOutcome> {
    this.saved.push(request.bytes);
    return Promise.resolve({ saved: true, name: request.suggestedName });
  }
}

/** A track decided 'melden-en-hulp' and reported, with the marker in every text it holds. */
function markedTrack(): MeldcodeTrack {
  const steps: StepRecord[] = [
    {
      step: 'signalen',
      data: {
        date: '2026-03-03',
        by: BY,
        observations: `Observatie ${MARKER}`,
        interpretation: `Interpretatie ${MARKER}`,
        entryIds: ['e-1'],
      },
    },
    {
      step: 'overleg',
      data: {
        date: '2026-03-04',
        by: BY,
        colleague: `Collega ${MARKER}`,
        advice: `Advies ${MARKER}`,
        veiligThuis: {
          date: '2026-03-04',
          person: `Consulent ${MARKER}`,
          anonymous: true,
          advice: `VT-advies ${MARKER}`,
        },
      },
    },
    {
      step: 'gesprek',
      data: {
        date: '2026-03-05',
        by: BY,
        held: true,
        withParents: true,
        withChild: false,
        summary: `Gesprek ${MARKER}`,
      },
    },
    {
      step: 'afweging',
      data: {
        date: '2026-03-06',
        by: BY,
        answers: answers().map((a) => ({ ...a, motivation: `Motivatie ${MARKER}` })),
      },
    },
    {
      step: 'besluit',
      data: { date: '2026-03-09', by: BY, decision: 'melden-en-hulp', reasons: `Reden ${MARKER}` },
    },
  ];
  let track = unwrap(
    startTrack({
      id: 'mc-1',
      caseId: 'c-1',
      signalDate: '2026-03-02',
      sourceEntryId: 'e-1',
      startedBy: BY,
      now: NOW,
    }),
  );
  for (const step of steps) track = unwrap(recordStep(track, step, ON, NOW));
  return unwrap(
    recordReport(track, { date: '2026-03-10', by: BY, contact: `Contact ${MARKER}` }, ON, NOW),
  );
}

/** The referral without what its letter would have to resolve (actions, betrokkenen). */
const plainReferral = (overrides: Partial<Referral> = {}): Referral =>
  referral({
    composition: {
      ...referral().composition,
      alreadyDone: { refIds: [], text: 'Gesprekken met moeder.' },
      involvementIds: [],
    },
    ...overrides,
  });

async function seededVault(): Promise<AppSession> {
  h = harness();
  const { session } = await h
    .serviceWith(APP_RECORD_REGISTRY)
    .createVault({ passphrase: PASSPHRASE, profile: PROFILE });
  await session.records.put('pupil', pupil());
  await session.records.put('case', zorgdossier());
  await session.records.put('case.entry', entry({ id: 'e-1' }));
  await session.records.put('case.consent', referConsent());
  await session.records.put(
    'directory.organisation',
    organisation({ id: WIJKTEAM, name: 'Wijkteam Enschede-Centrum' }),
  );
  await session.records.put('case.referral', plainReferral());
  await session.records.put('meeting', threeCaseZorgteam());
  await session.records.put('case.meldcode', markedTrack());
  return session;
}

/** The package exported through the referral screen's own path, opened by its recipient. */
async function exportedPackage(
  session: AppSession,
  recipient: SharingIdentity,
): Promise<{ outcome: string; opened: string | undefined }> {
  const host = new CapturingHost();
  const to = { recipients: [unwrap(parseDeelsleutel(deelsleutelOf(recipient)))] };
  const outcome = await exportReferralPackage(session, host, 'v-1', to, ON);
  const bytes = host.saved[0];
  if (bytes === undefined) return { outcome: JSON.stringify(outcome), opened: undefined };
  const opened = unwrap(
    await openReferralPackage(bytes, { identity: recipient }, { now: new Date(), maxBytes: 1e7 }),
  );
  return { outcome: outcome.kind, opened: JSON.stringify(opened.package) };
}

const track = (text: string | undefined) => ({
  hasMarker: text?.includes(MARKER),
  hasDecision: text?.includes('Melden bij Veilig Thuis'),
});

describe('the meldcode track never travels', () => {
  it('is in no referral package, letter, shared meeting file, figures or formal file by default', async () => {
    const session = await seededVault();
    const recipient = await generateSharingIdentity();

    // Referral: the package as its recipient opens it, and the content the PDF is drawn from.
    const sent = await exportedPackage(session, recipient);
    expect(sent.outcome).toBe('saved');
    expect(track(sent.opened)).toEqual({ hasMarker: false, hasDecision: false });
    expect(sent.opened).not.toContain('meldcode');
    const sources = readReferralSources(session, 'v-1');
    if (sources === undefined) throw new Error('referral sources missing');
    expect(track(JSON.stringify(letterContentFor(session, sources, ON)))).toEqual({
      hasMarker: false,
      hasDecision: false,
    });

    // A shared meeting file of the same pupil, built as the share dialog builds it.
    const meeting = session.records.get('meeting', threeCaseZorgteam().id);
    if (meeting === undefined) throw new Error('meeting missing');
    const built = unwrap(
      buildSharedMeeting({
        meeting,
        phase: 'agenda',
        pupils: session.records.list('pupil'),
        consents: session.records.list('case.consent'),
        organisationIds: [WIJKTEAM],
        onDate: ON,
        schoolName: PROFILE.schoolName,
      }),
    );
    const school = await generateSharingIdentity();
    const sealed = await sealSharedFile({
      kind: shareKindOfPhase('agenda'),
      content: built.content,
      sender: school,
      to: { recipients: [unwrap(parseDeelsleutel(deelsleutelOf(recipient)))] },
      createdAt: new Date(),
    });
    const meetingFile = unwrap(
      await openSharedFile(
        sealed,
        { identity: recipient },
        { now: new Date(), maxBytes: 1e7, schema: sharedMeetingContentSchema },
      ),
    );
    expect(track(JSON.stringify(meetingFile.content))).toEqual({
      hasMarker: false,
      hasDecision: false,
    });

    // Figures: what the screen publishes and the signed file a school sends on.
    const published = publishedComparison(figuresInput(session, ON), schoolYearPeriod(2025));
    const figuresFile = await writeFiguresFile(school, {
      school: PROFILE.schoolName,
      createdOn: ON,
      current: published.current,
      previous: published.previous,
    });
    expect(track(JSON.stringify(published)).hasMarker).toBe(false);
    expect(track(figuresFile).hasMarker).toBe(false);

    // The formal file every print, parents' copy and hand-over is built from.
    const formal = toExportableCase({
      pupil: pupil(),
      case: zorgdossier(),
      entries: session.records.list('case.entry'),
      consents: session.records.list('case.consent'),
      involvements: session.records.list('case.involvement'),
    });
    expect(track(JSON.stringify(formal))).toEqual({ hasMarker: false, hasDecision: false });
  });

  it('goes in a referral only as its named part, after the opt-in with a recorded basis, and is audited on the track', async () => {
    const session = await seededVault();
    const recipient = await generateSharingIdentity();

    // Opted in without a basis: refused, nothing saved, nothing audited as an export.
    await session.records.put(
      'case.referral',
      plainReferral({ meldcodePart: { trackId: 'mc-1' } }),
    );
    const refused = await exportedPackage(session, recipient);
    expect(refused.opened).toBeUndefined();
    expect(JSON.parse(refused.outcome)).toEqual({
      kind: 'letter-problem',
      problem: { code: 'meldcode-part.no-basis' },
    });

    // With the parents' consent named: the part goes, and no text of the track.
    await session.records.put(
      'case.referral',
      plainReferral({
        meldcodePart: { trackId: 'mc-1', basis: { kind: 'toestemming', consentId: 'k-refer' } },
      }),
    );
    const sent = await exportedPackage(session, recipient);
    expect(sent.outcome).toBe('saved');
    const letter = (JSON.parse(sent.opened ?? '{}') as { letter: { meldcode?: unknown } }).letter;
    expect(letter.meldcode).toEqual({
      decision: 'Melden bij Veilig Thuis én hulp organiseren',
      decisionDate: '2026-03-09',
      reportDate: '2026-03-10',
      basis: 'Gedeeld met toestemming van ouders (toestemming van 10 januari 2026).',
    });
    expect(track(sent.opened).hasMarker).toBe(false);

    const trail = (await session.audit.list({ limit: 500 })).items.flatMap((i) =>
      i.entry?.action === 'export' ? [i.entry] : [],
    );
    // The log lists the newest first.
    expect(trail.map((e) => [e.recordType, e.recordId, e.detail]).reverse()).toEqual([
      ['case.referral', 'v-1', 'referral-package'],
      ['case.meldcode', 'mc-1', 'referral-package;basis=toestemming'],
    ]);
  });
});
