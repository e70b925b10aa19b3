// Runs in: renderer.
//
// The records the planning screens read, live from the unlocked vault: the meetings, the
// school's templates, and for the agenda the pupils, their cases and consents, the
// actieplannen (for carry-over) and the directory (for attendees).
import { useMemo } from 'react';
import {
  MEETING_TEMPLATES_RECORD_ID,
  templateFor,
  type MeetingTemplate,
} from '../../../../../shared/meetings/templates';
import type { Meeting, MeetingKind } from '../../../../../shared/meetings/meeting';
import { useRecord, useRecordList } from '../../../records/useRecords';
import type { AppSession } from '../../../security/VaultProvider';

/** The template for a kind, from the school's record or the defaults; kept current. */
export function useTemplates(session: AppSession): (kind: MeetingKind) => MeetingTemplate {
  const record = useRecord(session, 'school.meeting-templates', MEETING_TEMPLATES_RECORD_ID);
  return useMemo(() => (kind: MeetingKind) => templateFor(kind, record), [record]);
}

export function useMeetings(session: AppSession): readonly Meeting[] {
  return useRecordList(session, 'meeting');
}

/** Everything the meeting screen needs next to the meeting itself. */
export function useAgendaContext(session: AppSession) {
  const pupils = useRecordList(session, 'pupil');
  const cases = useRecordList(session, 'case');
  const consents = useRecordList(session, 'case.consent');
  const plans = useRecordList(session, 'case.actieplan');
  const contacts = useRecordList(session, 'directory.contact');
  const organisations = useRecordList(session, 'directory.organisation');
  const meetings = useMeetings(session);
  return { pupils, cases, consents, plans, contacts, organisations, meetings };
}

export type AgendaContext = ReturnType<typeof useAgendaContext>;
