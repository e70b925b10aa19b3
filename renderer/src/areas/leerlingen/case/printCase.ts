// Runs in: renderer.
//
// "Dossier afdrukken": builds the formal file (toExportableCase: no working notes, by
// construction), renders it as a Dutch PDF and offers it through the host's save dialog
// under a name without personal data. A saved print is recorded in the audit trail.
import type { Zorgdossier } from '../../../../../shared/domain/case';
import type { CaseEntry } from '../../../../../shared/domain/caseEntry';
import type { Consent } from '../../../../../shared/domain/consent';
import type { IsoDate } from '../../../../../shared/domain/dates';
import { toExportableCase } from '../../../../../shared/domain/exportableCase';
import type { Involvement } from '../../../../../shared/domain/involvement';
import type { Leefgebied } from '../../../../../shared/domain/leefgebieden';
import type { Pupil } from '../../../../../shared/domain/pupil';
import { renderCaseSummary } from '../../../../../shared/documents/caseSummary';
import type { Host, SaveFileOutcome } from '../../../host/Host';
import { loadDocumentFonts } from '../../../security/documentFonts';
import type { AppSession } from '../../../security/VaultProvider';

export interface PrintCaseInput {
  readonly pupil: Pupil;
  readonly zorgdossier: Zorgdossier;
  readonly entries: readonly CaseEntry[];
  readonly consents: readonly Consent[];
  readonly involvements: readonly Involvement[];
  readonly leefgebieden: readonly Leefgebied[];
  readonly today: IsoDate;
}

/** The suggested file name: the kind of document and the day, never a name. */
export function caseSummaryFileName(today: IsoDate): string {
  return `zorgdossier-${today}.pdf`;
}

export async function printCase(
  session: AppSession,
  host: Host,
  input: PrintCaseInput,
): Promise<SaveFileOutcome> {
  // Only formal records go in; working notes are not even passed.
  const file = toExportableCase({
    pupil: input.pupil,
    case: input.zorgdossier,
    entries: input.entries,
    consents: input.consents,
    involvements: input.involvements,
  });
  const bytes = await renderCaseSummary({
    fonts: await loadDocumentFonts(),
    schoolName: session.profile.schoolName,
    file,
    leefgebieden: input.leefgebieden,
    onDate: input.today,
  });
  const outcome = await host.saveFile({
    suggestedName: caseSummaryFileName(input.today),
    bytes,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (outcome.saved)
    await session.audit.append('print', {
      recordType: 'case',
      recordId: input.zorgdossier.id,
      detail: 'case-summary',
    });
  return outcome;
}
