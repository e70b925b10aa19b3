// Runs in: renderer.
//
// A row problem of the import in the user's language: the field's name, the value read and,
// for a row with another number of columns, both counts. Used by the preview, the list of
// rows not imported and the reason column of the CSV of those rows.
import type { TFunction } from 'i18next';
import type { RowIssue } from '../../../../../shared/import/csv/rows';

export function issueText(t: TFunction, issue: RowIssue): string {
  const field =
    issue.field !== undefined ? t(`pupils.import.fields.${issue.field}`) : (issue.header ?? '');
  return t(`pupils.import.issues.${issue.code}`, {
    field,
    value: issue.value ?? '',
    cellCount: issue.cellCount ?? 0,
    headerCount: issue.headerCount ?? 0,
  });
}
