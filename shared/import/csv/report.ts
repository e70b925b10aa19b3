// Runs in: any environment.
//
// After the preview the user confirms, possibly overriding per row (import a suspected
// duplicate anyway, or skip a new row). importReport turns the preview and those decisions
// into the list of pupils to store and a summary to show and keep. It stores nothing itself.
import type { PupilInput } from '../../domain/pupil';
import type { DuplicateOf } from './duplicates';
import type { ImportPreview } from './preview';

export type ImportDecision = 'import' | 'skip';

export type ImportOutcome =
  | 'imported'
  | 'imported-despite-duplicate'
  | 'skipped-duplicate'
  | 'skipped-by-user'
  | 'skipped-error';

export interface ImportReportLine {
  readonly rowNumber: number;
  readonly outcome: ImportOutcome;
  readonly duplicateOf?: DuplicateOf;
  /** Codes of the row's errors and warnings, for the summary. */
  readonly issueCodes: readonly string[];
}

export interface ImportReport {
  /** What the caller stores (createPupil each), in file order. */
  readonly toImport: readonly { readonly rowNumber: number; readonly pupil: PupilInput }[];
  readonly lines: readonly ImportReportLine[];
  readonly counts: Readonly<Record<ImportOutcome, number>> & { readonly emptyRowsSkipped: number };
}

/**
 * Applies the user's decisions (by row number) to the preview. Defaults: new rows are
 * imported, duplicates are skipped. Rows with errors are never imported, whatever the
 * decision says.
 */
export function importReport(
  preview: ImportPreview,
  decisions: ReadonlyMap<number, ImportDecision> = new Map(),
): ImportReport {
  const toImport: { rowNumber: number; pupil: PupilInput }[] = [];
  const lines: ImportReportLine[] = [];
  const counts: Record<ImportOutcome, number> = {
    imported: 0,
    'imported-despite-duplicate': 0,
    'skipped-duplicate': 0,
    'skipped-by-user': 0,
    'skipped-error': 0,
  };

  for (const row of preview.rows) {
    const decision = decisions.get(row.rowNumber);
    let outcome: ImportOutcome;
    if (row.status === 'error' || row.pupil === undefined) outcome = 'skipped-error';
    else if (row.status === 'duplicate')
      outcome = decision === 'import' ? 'imported-despite-duplicate' : 'skipped-duplicate';
    else outcome = decision === 'skip' ? 'skipped-by-user' : 'imported';
    counts[outcome] += 1;
    if (
      (outcome === 'imported' || outcome === 'imported-despite-duplicate') &&
      row.pupil !== undefined
    )
      toImport.push({ rowNumber: row.rowNumber, pupil: row.pupil });
    lines.push({
      rowNumber: row.rowNumber,
      outcome,
      ...(row.duplicateOf === undefined ? {} : { duplicateOf: row.duplicateOf }),
      issueCodes: [...row.errors.map((e) => e.code), ...row.warnings.map((w) => w.code)],
    });
  }
  return {
    toImport,
    lines,
    counts: { ...counts, emptyRowsSkipped: preview.emptyRowNumbers.length },
  };
}
