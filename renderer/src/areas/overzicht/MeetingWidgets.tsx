// Runs in: renderer.
//
// Overzicht widgets for meetings and actions: upcoming meetings, actions overdue and due
// this week, parents' feedback tasks still open. (Placeholder.)
export function MeetingWidgets() {
  return null;
}
