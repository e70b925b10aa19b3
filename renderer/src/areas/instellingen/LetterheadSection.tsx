// Runs in: renderer.
//
// The school's letterhead for referral letters: address and logo. (Placeholder.)
export function LetterheadSection() {
  return null;
}
