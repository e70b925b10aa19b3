// Runs in: renderer.
//
// Everything the case screen shows, read from the unlocked vault's working set and read
// again whenever one of the record types it shows changes (whoever changed it: this screen,
// the betrokkenen or toestemming panels, another window section).
import { useMemo, useSyncExternalStore } from 'react';
import type { Zorgdossier } from '../../../../../shared/domain/case';
import type { CaseEntry } from '../../../../../shared/domain/caseEntry';
import type { ExternalChronologyEvent } from '../../../../../shared/domain/chronology';
import {
  CARE_SETTINGS_RECORD_ID,
  pupilVoiceFromAge,
} from '../../../../../shared/domain/careSettings';
import type { Consent } from '../../../../../shared/domain/consent';
import type { Involvement } from '../../../../../shared/domain/involvement';
import { DEFAULT_LEEFGEBIEDEN, type Leefgebied } from '../../../../../shared/domain/leefgebieden';
import type { Pupil } from '../../../../../shared/domain/pupil';
import type { Voice } from '../../../../../shared/domain/voice';
import { ownWorkingNotes, type WorkingNote } from '../../../../../shared/domain/workingNote';
import { meetingChronologyEvents } from '../../../../../shared/meetings/minutes';
import type { AppSession } from '../../../security/VaultProvider';

/**
 * The author id of working notes made in this vault. A vault belongs to one user (its
 * profile), so "the current user" is always the owner; the id is a fixed word, not a name.
 */
export const OWNER_ID = 'owner';

const WATCHED_TYPES: ReadonlySet<string> = new Set([
  'pupil',
  'case',
  'case.entry',
  'case.working-note',
  'case.involvement',
  'case.consent',
  'case.voice',
  'school.care-settings',
]);

export interface CaseData {
  readonly pupil: Pupil | undefined;
  readonly zorgdossier: Zorgdossier | undefined;
  readonly entries: readonly CaseEntry[];
  readonly consents: readonly Consent[];
  readonly involvements: readonly Involvement[];
  /** The current user's own working notes of this case, newest first. */
  readonly workingNotes: readonly WorkingNote[];
  /** The school's leefgebieden (the care settings' list, or the defaults). */
  readonly leefgebieden: readonly Leefgebied[];
  /** What the parents and the pupil think, every entry of this case. */
  readonly voices: readonly Voice[];
  /** The age from which the school asks the pupil's own view. */
  readonly pupilVoiceFromAge: number;
}

function read(session: AppSession, pupilId: string, caseId: string): CaseData {
  const { records } = session;
  const zorgdossier = records.get('case', caseId);
  const settings = records.get('school.care-settings', CARE_SETTINGS_RECORD_ID);
  return {
    pupil: records.get('pupil', pupilId),
    // A case id with another pupil's id in the address is not this pupil's case.
    zorgdossier: zorgdossier?.pupilId === pupilId ? zorgdossier : undefined,
    entries: records.list('case.entry').filter((e) => e.caseId === caseId),
    consents: records.list('case.consent').filter((c) => c.caseId === caseId),
    involvements: records.list('case.involvement').filter((i) => i.caseId === caseId),
    workingNotes: ownWorkingNotes(records.list('case.working-note'), caseId, OWNER_ID),
    leefgebieden: settings?.leefgebieden ?? DEFAULT_LEEFGEBIEDEN,
    voices: records.list('case.voice').filter((v) => v.caseId === caseId),
    pupilVoiceFromAge: pupilVoiceFromAge(settings),
  };
}

/** A snapshot store over the vault for useSyncExternalStore: re-read only on relevant changes. */
function createCaseStore(
  session: AppSession,
  pupilId: string,
  caseId: string,
): { subscribe: (onChange: () => void) => () => void; getSnapshot: () => CaseData } {
  let snapshot = read(session, pupilId, caseId);
  return {
    subscribe: (onChange) => {
      const unsubscribe = session.records.subscribe((changes) => {
        if (!changes.some((c) => WATCHED_TYPES.has(c.type))) return;
        snapshot = read(session, pupilId, caseId);
        onChange();
      });
      // Anything written between the first read and now is picked up here.
      snapshot = read(session, pupilId, caseId);
      onChange();
      return unsubscribe;
    },
    getSnapshot: () => snapshot,
  };
}

export function useCaseData(session: AppSession, pupilId: string, caseId: string): CaseData {
  const store = useMemo(
    () => createCaseStore(session, pupilId, caseId),
    [session, pupilId, caseId],
  );
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Meetings that were held (bezig or vastgesteld) contribute to the chronology; planned ones have not happened yet. */
const HELD_STATUSES: ReadonlySet<string> = new Set(['bezig', 'vastgesteld']);

function readMeetingEvents(
  session: AppSession,
  caseId: string,
): readonly ExternalChronologyEvent[] {
  return (
    session.records
      .list('meeting')
      .filter((meeting) => HELD_STATUSES.has(meeting.status))
      .flatMap((meeting) => meetingChronologyEvents(meeting))
      .filter((e) => e.caseId === caseId)
      .map((e) => e.event)
      // An action row still being typed in meeting mode has no description yet: nothing to show.
      .filter((event) => !(event.kind === 'actie' && event.title.trim() === 'Actie:'))
  );
}

/**
 * The case's meeting events for the chronology: "Besproken in het zorgteam" per held meeting
 * that discussed the case, and one event per action agreed there (docs/meetings.md:
 * meetingChronologyEvents). The stored meeting has the case id on every item, anonymous
 * ones included, so an anonymous discussion is in the case's own chronology too.
 */
function createMeetingEventsStore(
  session: AppSession,
  caseId: string,
): {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => readonly ExternalChronologyEvent[];
} {
  let snapshot = readMeetingEvents(session, caseId);
  return {
    subscribe: (onChange) => {
      const unsubscribe = session.records.subscribe((changes) => {
        if (!changes.some((c) => c.type === 'meeting')) return;
        snapshot = readMeetingEvents(session, caseId);
        onChange();
      });
      snapshot = readMeetingEvents(session, caseId);
      onChange();
      return unsubscribe;
    },
    getSnapshot: () => snapshot,
  };
}

export function useMeetingChronology(
  session: AppSession,
  caseId: string,
): readonly ExternalChronologyEvent[] {
  const store = useMemo(() => createMeetingEventsStore(session, caseId), [session, caseId]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
