// Runs in: renderer.
//
// The output of a planned meeting, each saved through the host's save dialog under a name
// without personal data ("agenda-zorgteam-2026-12-01.pdf") and recorded in the audit trail
// once saved: the agenda as PDF and .docx (built from the anonymised view, so anonymous items
// carry only their pseudonym), a preparation sheet per item (the formal case file only —
// working notes are never passed), and the invitation as .ics and e-mail text (meeting, time
// and place only).
import { CARE_SETTINGS_RECORD_ID } from '../../../../../shared/domain/careSettings';
import { toExportableCase } from '../../../../../shared/domain/exportableCase';
import { DEFAULT_LEEFGEBIEDEN } from '../../../../../shared/domain/leefgebieden';
import type { Pupil } from '../../../../../shared/domain/pupil';
import { renderAgendaDocx, renderAgendaPdf } from '../../../../../shared/documents/meetings/agenda';
import {
  renderPreparationSheetPdf,
  type PreparationSheetProblem,
} from '../../../../../shared/documents/meetings/preparationSheet';
import {
  meetingInvitationEmail,
  meetingInvitationIcs,
  type InvitationProblem,
} from '../../../../../shared/meetings/invitation';
import type { AgendaItem, Meeting } from '../../../../../shared/meetings/meeting';
import type { MeetingTemplate } from '../../../../../shared/meetings/templates';
import { err, ok, type Result } from '../../../../../shared/result';
import type { FileFilter } from '../../../../../shared/ipc/contract';
import type { Host, SaveFileOutcome } from '../../../host/Host';
import { loadDocumentFonts } from '../../../security/documentFonts';
import type { AppSession } from '../../../security/VaultProvider';
import { meetingFileName } from './planScreenRules';

/** The right-hand side of the calendar UID: a fixed, reserved name, nothing about the school. */
export const INVITATION_UID_DOMAIN = 'zorgtafel.invalid';

const PDF = [{ name: 'PDF', extensions: ['pdf'] }];
const DOCX = [{ name: 'Word', extensions: ['docx'] }];

/** The pupils of the meeting's items (named items get their name, anonymous ones are only scrubbed). */
export function meetingPupils(session: AppSession, meeting: Meeting): Pupil[] {
  const ids = new Set(meeting.agenda.map((i) => i.pupilId));
  return session.records.list('pupil').filter((p) => ids.has(p.id));
}

async function saveAndAudit(
  session: AppSession,
  host: Host,
  meeting: Meeting,
  name: string,
  bytes: Uint8Array,
  filters: readonly FileFilter[],
  detail: string,
  action: 'export' | 'print' = 'export',
): Promise<SaveFileOutcome> {
  const outcome = await host.saveFile({ suggestedName: name, bytes, filters });
  if (outcome.saved)
    await session.audit.append(action, { recordType: 'meeting', recordId: meeting.id, detail });
  return outcome;
}

export async function saveAgendaPdf(
  session: AppSession,
  host: Host,
  meeting: Meeting,
  template: MeetingTemplate,
): Promise<SaveFileOutcome> {
  const bytes = await renderAgendaPdf({
    fonts: await loadDocumentFonts(),
    schoolName: session.profile.schoolName,
    meeting,
    pupils: meetingPupils(session, meeting),
    template,
  });
  return saveAndAudit(
    session,
    host,
    meeting,
    meetingFileName('agenda', meeting, 'pdf'),
    bytes,
    PDF,
    'agenda-pdf',
  );
}

export async function saveAgendaDocx(
  session: AppSession,
  host: Host,
  meeting: Meeting,
  template: MeetingTemplate,
): Promise<SaveFileOutcome> {
  const bytes = await renderAgendaDocx({
    schoolName: session.profile.schoolName,
    meeting,
    pupils: meetingPupils(session, meeting),
    template,
  });
  return saveAndAudit(
    session,
    host,
    meeting,
    meetingFileName('agenda', meeting, 'docx'),
    bytes,
    DOCX,
    'agenda-docx',
  );
}

/** The preparation sheet of one item: the formal case file for a named item, nothing of the case for an anonymous one. */
export async function savePreparationSheet(
  session: AppSession,
  host: Host,
  meeting: Meeting,
  item: AgendaItem,
  number: number,
): Promise<Result<SaveFileOutcome, PreparationSheetProblem>> {
  const { records } = session;
  const pupil = records.get('pupil', item.pupilId);
  const zorgdossier = records.get('case', item.caseId);
  const exportable =
    item.mode === 'named' && pupil !== undefined && zorgdossier !== undefined
      ? toExportableCase({
          pupil,
          case: zorgdossier,
          // Formal records only: working notes are not even read here.
          entries: records.list('case.entry').filter((e) => e.caseId === item.caseId),
          consents: records.list('case.consent').filter((c) => c.caseId === item.caseId),
          involvements: records.list('case.involvement').filter((i) => i.caseId === item.caseId),
        })
      : undefined;
  const rendered = await renderPreparationSheetPdf({
    fonts: await loadDocumentFonts(),
    schoolName: session.profile.schoolName,
    meeting,
    itemId: item.id,
    ...(exportable !== undefined
      ? {
          exportable,
          voices: records.list('case.voice').filter((v) => v.caseId === item.caseId),
        }
      : {}),
    leefgebieden:
      records.get('school.care-settings', CARE_SETTINGS_RECORD_ID)?.leefgebieden ??
      DEFAULT_LEEFGEBIEDEN,
    pupils: meetingPupils(session, meeting),
  });
  if (!rendered.ok) return err(rendered.error);
  return ok(
    await saveAndAudit(
      session,
      host,
      meeting,
      meetingFileName('voorbereiding', meeting, 'pdf', number),
      rendered.value,
      PDF,
      'preparation-sheet-pdf',
    ),
  );
}

export async function saveInvitationIcs(
  session: AppSession,
  host: Host,
  meeting: Meeting,
): Promise<Result<SaveFileOutcome, InvitationProblem>> {
  const ics = meetingInvitationIcs(meeting, {
    uidDomain: INVITATION_UID_DOMAIN,
    now: new Date().toISOString(),
    pupils: meetingPupils(session, meeting),
  });
  if (!ics.ok) return ics;
  const bytes = new TextEncoder().encode(ics.value);
  return ok(
    await saveAndAudit(
      session,
      host,
      meeting,
      meetingFileName('uitnodiging', meeting, 'ics'),
      bytes,
      [{ name: 'iCalendar', extensions: ['ics'] }],
      'invitation-ics',
    ),
  );
}

export function invitationEmail(
  session: AppSession,
  meeting: Meeting,
): Result<{ readonly subject: string; readonly body: string }, InvitationProblem> {
  return meetingInvitationEmail(meeting, {
    schoolName: session.profile.schoolName,
    pupils: meetingPupils(session, meeting),
  });
}

export async function saveInvitationText(
  session: AppSession,
  host: Host,
  meeting: Meeting,
  email: { readonly subject: string; readonly body: string },
): Promise<SaveFileOutcome> {
  const bytes = new TextEncoder().encode(
    `${email.subject}\r\n\r\n${email.body.replace(/\n/g, '\r\n')}\r\n`,
  );
  return saveAndAudit(
    session,
    host,
    meeting,
    meetingFileName('uitnodiging', meeting, 'txt'),
    bytes,
    [{ name: 'Tekst', extensions: ['txt'] }],
    'invitation-text',
  );
}

/** Records a print of the agenda (the host prints the screen's print view). */
export async function auditPrint(session: AppSession, meeting: Meeting): Promise<void> {
  await session.audit.append('print', {
    recordType: 'meeting',
    recordId: meeting.id,
    detail: 'agenda-print',
  });
}
