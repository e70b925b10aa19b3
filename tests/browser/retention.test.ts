// Runs in: Chromium (Vitest browser mode): real IndexedDB and WebCrypto.
//
// A retention deletion of a case with every kind of child record (every type the registry
// hangs under a case, asserted against the registry: entries, working note, involvement,
// consent, actieplan, referral, meldcode track, text draft; plus the case's agenda item in a meeting and the
// meeting-mode entry row typed for it) leaves nothing of it: not in the records, not in
// search, not in the working-set snapshot the next unlock reads, not in a backup made
// afterwards. The meeting stays, with the item as a pseudonym without text; the other
// case and its item are untouched.
import { afterEach, describe, expect, it } from 'vitest';
import { emptyActieplan } from '../../shared/meetings/actieplan';
import { EMPTY_ENTRY_DRAFT, runStateIdFor } from '../../shared/meetings/runState';
import { APP_RECORD_REGISTRY, APP_RECORD_TYPES } from '../../shared/records/catalog';
import { caseDeletionPlan, deleteCaseForReal } from '../../renderer/src/directory/caseDeletion';
import { recordTypesUnderACase } from '../helpers/schemaFields';
import type { AppSession } from '../../renderer/src/security/VaultProvider';
import { consent, entry, involvement, pupil, zorgdossier } from '../unit/domain/builders';
import { noor, threeCaseZorgteam } from '../unit/meetings/builders';
import { referral } from '../unit/referrals/builders';
import { harness, PASSPHRASE, PROFILE, unwrap, type Harness } from './helpers';

/** A word only the deleted case's texts contain. */
const MARKER = 'zwemdiploma';
const T = '2026-01-10T10:00:00.000+01:00';

let h: Harness;
let h2: Harness | undefined;
afterEach(async () => {
  await h.dispose();
  await h2?.dispose();
});

/** Every record of the session as text, for "nothing of it anywhere" checks. */
function everything(session: AppSession): string {
  return JSON.stringify(APP_RECORD_TYPES.map((def) => session.records.list(def.type)));
}

async function seed(session: AppSession): Promise<void> {
  await session.records.put('pupil', pupil());
  await session.records.put('pupil', noor);
  await session.records.put('case', zorgdossier());
  await session.records.put('case', zorgdossier({ id: 'c-noor', pupilId: noor.id }));
  await session.records.put(
    'case.entry',
    entry({ id: 'e-1', body: `Zoë haalde haar ${MARKER} niet.` }),
  );
  await session.records.put('case.working-note', {
    id: 'w-1',
    caseId: 'c-1',
    authorId: 'owner',
    body: `Werkaantekening ${MARKER}`,
    date: '2026-01-11',
    createdAt: T,
    updatedAt: T,
  });
  await session.records.put('case.voice', {
    id: 'voice-1',
    caseId: 'c-1',
    kind: 'ouders',
    date: '2026-01-10',
    text: `Moeder vindt ${MARKER} belangrijk.`,
    createdAt: T,
    updatedAt: T,
  });
  await session.records.put('case.involvement', involvement({ id: 'i-1' }));
  await session.records.put('case.consent', consent());
  await session.records.put('case.actieplan', { ...emptyActieplan('c-1', T), goals: [] });
  await session.records.put(
    'case.referral',
    referral({ composition: { ...referral().composition, strengths: `Zoë wil haar ${MARKER}.` } }),
  );
  await session.records.put('case.meldcode', {
    id: 'mc-1',
    caseId: 'c-1',
    signalDate: '2026-01-09',
    startedBy: 'Ingrid Bakker',
    steps: {},
    createdAt: T,
    updatedAt: T,
  });
  await session.records.put('text.draft', {
    id: 'd-1',
    kind: 'case.working-note',
    caseId: 'c-1',
    values: { body: `Half getypt over het ${MARKER}` },
    updatedAt: T,
  });
  const meeting = threeCaseZorgteam();
  await session.records.put('meeting', {
    ...meeting,
    agenda: meeting.agenda.map((i) => ({
      ...i,
      situation: i.caseId === 'c-1' ? `Zoë en het ${MARKER}` : 'Vader werkt als bakker.',
    })),
  });
  await session.records.put('meeting.run-state', {
    id: runStateIdFor(meeting.id),
    meetingId: meeting.id,
    timers: {},
    entryDrafts: {
      'i-zoe': { ...EMPTY_ENTRY_DRAFT, decision: `Besluit over het ${MARKER}` },
      'i-noor': { ...EMPTY_ENTRY_DRAFT, decision: 'Noor blijft' },
    },
    open: true,
    updatedAt: T,
  });
}

describe('retention deletion of a case', () => {
  it('leaves nothing of the case in the records, search, the snapshot or a new backup; the meeting keeps a pseudonym', async () => {
    h = harness();
    const service = h.serviceWith(APP_RECORD_REGISTRY);
    const { session } = await service.createVault({ passphrase: PASSPHRASE, profile: PROFILE });
    await seed(session);
    await session.whenBackgroundWorkDone();
    expect(session.search(MARKER).length).toBeGreaterThan(0);
    expect(everything(session)).toContain(MARKER);

    // The seed has a record of every type the registry hangs under a case.
    const plan = caseDeletionPlan(session, 'c-1');
    expect(plan.counts.map((c) => c.type).sort()).toEqual(
      [...recordTypesUnderACase(), 'case'].sort(),
    );
    const deleted = await deleteCaseForReal(session, 'c-1');
    // case, entry, working note, voice, involvement, consent, actieplan, referral, meldcode track,
    // text draft
    expect(deleted).toBe(10);
    const check = (s: AppSession): void => {
      const all = everything(s);
      expect(all).not.toContain(MARKER);
      expect(all).not.toContain('"c-1"');
      expect(s.search(MARKER)).toEqual([]);
      const meeting = s.records.get('meeting', 'm-1');
      const item = meeting?.agenda.find((i) => i.id === 'i-zoe');
      expect(item).toMatchObject({
        mode: 'anonymous',
        situation: '',
        question: '',
        decisions: [],
        actions: [],
      });
      expect(item?.pupilId).not.toBe('p-zoe');
      expect(JSON.stringify(meeting)).not.toMatch(/Zoë|p-zoe/);
      expect(meeting?.agenda.find((i) => i.id === 'i-noor')?.situation).toBe(
        'Vader werkt als bakker.',
      );
      expect(s.records.get('meeting.run-state', runStateIdFor('m-1'))?.entryDrafts).toEqual({
        'i-noor': { ...EMPTY_ENTRY_DRAFT, decision: 'Noor blijft' },
      });
      expect(s.records.get('case', 'c-noor')).toBeDefined();
      expect(s.records.get('pupil', 'p-zoe')).toBeDefined();
    };
    check(session);
    const actions = (await session.audit.list({ limit: 3 })).items.map((i) => i.entry?.action);
    expect(actions[0]).toBe('retention.delete');
    const backup = await session.exportBackup();
    await session.lock();

    // The next unlock reads the snapshot written after the deletion, not an older one.
    const again = unwrap(await h.serviceWith(APP_RECORD_REGISTRY).unlockWithPassphrase(PASSPHRASE));
    expect(again.loadedFrom).toBe('snapshot');
    expect(again.snapshotHoldsDeleted).toBe(false);
    await again.whenBackgroundWorkDone();
    check(again);
    await again.lock();

    // A backup made after the deletion holds nothing of it either.
    h2 = harness();
    const restoring = h2.serviceWith(APP_RECORD_REGISTRY);
    unwrap(await restoring.restoreBackup(backup, { passphrase: PASSPHRASE }));
    const restored = unwrap(await restoring.unlockWithPassphrase(PASSPHRASE));
    await restored.whenBackgroundWorkDone();
    check(restored);
    await restored.lock();
  });
});
