// Runs in: renderer.
//
// Storing one meeting kind's template in the singleton 'school.meeting-templates' record (made
// from the defaults on first use), with an audit line naming the kind.
import type { MeetingKind } from '../../../../shared/domain/consent';
import {
  defaultMeetingTemplates,
  MEETING_TEMPLATES_RECORD_ID,
  meetingTemplatesSchema,
  type MeetingTemplate,
  type MeetingTemplates,
} from '../../../../shared/meetings/templates';
import type { AppSession } from '../../security/VaultProvider';

/** The write in progress: one kind's write starts after the previous one is stored. */
let writing: Promise<void> = Promise.resolve();

/**
 * Stores `template` for `kind`. Writes are queued, because each reads the record and writes
 * it whole: a lock saves every kind's unsaved form at once (unsavedForms.ts), and two
 * interleaved writes would lose one kind's change.
 */
export function storeTemplate(
  session: AppSession,
  kind: MeetingKind,
  template: MeetingTemplate,
  detail: string,
): Promise<void> {
  const run = writing.then(() => write(session, kind, template, detail));
  writing = run.catch(() => undefined);
  return run;
}

async function write(
  session: AppSession,
  kind: MeetingKind,
  template: MeetingTemplate,
  detail: string,
): Promise<void> {
  const now = new Date().toISOString();
  const current: MeetingTemplates =
    session.records.get('school.meeting-templates', MEETING_TEMPLATES_RECORD_ID) ??
    defaultMeetingTemplates(now);
  const next = meetingTemplatesSchema.parse({
    ...current,
    templates: { ...current.templates, [kind]: template },
    updatedAt: now,
  });
  await session.records.put('school.meeting-templates', next);
  await session.audit.append('settings.change', {
    recordType: 'school.meeting-templates',
    recordId: MEETING_TEMPLATES_RECORD_ID,
    detail: `${detail}=${kind}`,
  });
}
