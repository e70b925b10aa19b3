// Runs in: renderer.
//
// The referrals of this case: consent, lifecycle, contact and feedback. (Placeholder.)
export function CaseReferralsTab({ pupilId, caseId }: { readonly pupilId: string; readonly caseId: string }) {
  void pupilId;
  void caseId;
  return null;
}
