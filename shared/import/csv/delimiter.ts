// Runs in: any environment.
//
// Which character separates the columns. Dutch Excel and most Dutch school systems write
// ';' (the comma is the decimal separator here), others ',' and "Unicode text" exports a tab.
// The header line decides, checked against the next lines: the right delimiter gives the
// same number of columns on every line.

export const CSV_DELIMITERS = [';', ',', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Number of `delimiter` characters outside double-quoted parts of `line`. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count += 1;
  }
  return count;
}

/**
 * Detects the delimiter from the first non-empty lines of `text`: the candidate that splits
 * the header into the most columns wins among those that split the most lines the same way.
 * Falls back to ';' for a single-column file.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '')
    .slice(0, 10);
  const header = lines[0] ?? '';
  let best: { delimiter: CsvDelimiter; consistent: number; columns: number } | undefined;
  for (const delimiter of CSV_DELIMITERS) {
    const columns = countOutsideQuotes(header, delimiter);
    if (columns === 0) continue;
    const consistent = lines.filter(
      (line) => countOutsideQuotes(line, delimiter) === columns,
    ).length;
    if (
      best === undefined ||
      consistent > best.consistent ||
      (consistent === best.consistent && columns > best.columns)
    )
      best = { delimiter, consistent, columns };
  }
  return best?.delimiter ?? ';';
}
