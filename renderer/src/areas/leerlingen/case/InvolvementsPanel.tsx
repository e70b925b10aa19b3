// Runs in: renderer.
//
// Betrokkenen of one case (placeholder until it is built).
export interface InvolvementsPanelProps {
  readonly caseId: string;
  readonly pupilId: string;
}

export function InvolvementsPanel(_props: InvolvementsPanelProps) {
  return null;
}
