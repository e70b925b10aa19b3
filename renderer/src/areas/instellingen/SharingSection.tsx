// Runs in: renderer.
//
// The user's own deelsleutel (public sharing key) to give to an IB, as text and QR code.
// (Placeholder.)
export function SharingSection() {
  return null;
}
