// Runs in: any environment.
//
// Cells that a spreadsheet would run as a formula ("CSV injection"): text starting with `=`,
// `+`, `-` or `@`, or with a tab or carriage return before one of them (OWASP's list).
// `=HYPERLINK("https://…","Klik")` in a name column is harmless inside Zorgtafel (everything
// is stored and shown as plain text), but it becomes active again the moment someone opens a
// CSV that contains it in Excel. So the import flags such cells and keeps them as text, and
// every CSV Zorgtafel writes neutralises them the standard way: a leading `'` and quotes.
//
// Realistic values start with these characters too (`+31 6 …` phone numbers, a "-" for
// "unknown"): that is why a formula-looking cell is flagged, never refused.

/** The first character(s) that make a spreadsheet treat a cell as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet could read `cell` as a formula. */
export function looksLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell);
}
