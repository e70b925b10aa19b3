// Runs in: renderer.
//
// The zorgdossier screen of one case (placeholder until the case screen is built).
export interface CaseScreenProps {
  readonly pupilId: string;
  readonly caseId: string;
}

export function CaseScreen(_props: CaseScreenProps) {
  return null;
}
