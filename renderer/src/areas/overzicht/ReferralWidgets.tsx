// Runs in: renderer.
//
// Overzicht widgets for referrals: contact or feedback overdue. (Placeholder.)
export function ReferralWidgets() {
  return null;
}
