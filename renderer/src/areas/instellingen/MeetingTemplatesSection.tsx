// Runs in: renderer.
//
// The school's meeting templates per kind: attendee roles, agenda parts, durations.
// (Placeholder.)
export function MeetingTemplatesSection() {
  return null;
}
