// Runs in: renderer.
//
// The case's actieplan ("één kind, één plan"): goals for school and home side by side,
// actions with owner, due date, status and outcome, and evaluation moments. (Placeholder.)
export function ActieplanTab({ caseId }: { readonly caseId: string }) {
  void caseId;
  return null;
}
