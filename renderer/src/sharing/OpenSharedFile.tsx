// Runs in: renderer.
//
// Receives `.zorgtafel` files however they arrive (double-click hand-over, drag and drop,
// the open menu) and leads the user through opening them. Rendered once while unlocked.
// (Placeholder.)
export function OpenSharedFile() {
  return null;
}
