// Runs in: renderer.
//
// After an unlock, brings the user back to a meeting that was running when the window closed
// or the app crashed. (Placeholder: renders nothing until meeting mode is built.)
export function ResumeMeeting() {
  return null;
}
