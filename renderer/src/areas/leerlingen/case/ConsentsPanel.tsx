// Runs in: renderer.
//
// The consent register of one case (placeholder until it is built).
export interface ConsentsPanelProps {
  readonly caseId: string;
  readonly pupilId: string;
}

export function ConsentsPanel(_props: ConsentsPanelProps) {
  return null;
}
