// Runs in: Node (test tooling).
//
// The Cijfers year report PDF (issue 17 point 3) read back: its layout holds on a school with
// many organisations (a table running over pages repeats its heading row), every table and
// chart is there, and qpdf and pdftotext accept the file where they are installed. That it
// holds no name and no count under 5 is checked with the other outputs (outputs.test.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yearBefore } from '../../../shared/domain/schoolYear';
import { computeFigures } from '../../../shared/figures/compute';
import { FIGURE_TABLE_IDS } from '../../../shared/figures/model';
import { publishFigures } from '../../../shared/figures/suppression';
import { renderYearReport } from '../../../shared/figures/yearReport';
import { layoutProblems, readTextBoxes } from '../../helpers/pdfGeometry';
import { loadDocumentFonts } from '../../helpers/pdfText';
import { action, caseOn, emptyInput, reportLabels, times, YEAR } from './generate';

const ORGANISATIONS = times(40, (i) => `Jeugdhulp ${String.fromCharCode(65 + (i % 26))}${i}`);

async function bigSchoolReport(): Promise<Uint8Array> {
  const input = emptyInput({
    cases: times(30, () => caseOn('2025-10-01')),
    plans: [
      {
        actions: ORGANISATIONS.flatMap((organisation) =>
          times(6, () =>
            action({
              ownerKind: 'partner',
              ownerOrganisation: organisation,
              status: 'gedaan',
              doneOn: '2025-10-15',
            }),
          ),
        ),
      },
    ],
  });
  return renderYearReport({
    fonts: loadDocumentFonts(),
    schoolName: 'Basisschool De Klimop',
    current: publishFigures(computeFigures(input, YEAR)),
    previous: publishFigures(computeFigures(input, yearBefore(YEAR))),
    labels: reportLabels(),
  });
}

describe('the year report PDF', () => {
  it('lays out every table without overlap or text outside the margins, the heading row again on each page of a long table', async () => {
    const bytes = await bigSchoolReport();
    const layout = await readTextBoxes(bytes);
    expect(layoutProblems(layout)).toEqual([]);
    const strings = layout.boxes.map((b) => b.str);
    for (const id of FIGURE_TABLE_IDS) expect(strings, id).toContain(id);
    for (const organisation of ORGANISATIONS) expect(strings).toContain(organisation);
    const actionPages = new Set(
      layout.boxes.filter((b) => ORGANISATIONS.includes(b.str)).map((b) => b.page),
    );
    expect(actionPages.size).toBeGreaterThan(1);
    // On every page the table runs onto, its heading row ("Aantal", the first column's
    // heading) stands above its first row there.
    for (const page of actionPages) {
      const rows = layout.boxes.filter((b) => b.page === page && ORGANISATIONS.includes(b.str));
      const firstRow = Math.max(...rows.map((b) => b.y));
      const heading = layout.boxes.filter(
        (b) => b.page === page && b.str === 'Aantal' && b.y > firstRow && b.y < firstRow + 80,
      );
      expect(heading, `page ${page}`).toHaveLength(1);
    }
  });

  it('is a valid PDF for qpdf and pdftotext reads its tables', async (context) => {
    const bytes = await bigSchoolReport();
    const dir = mkdtempSync(join(tmpdir(), 'zt-report-'));
    try {
      const file = join(dir, 'report.pdf');
      writeFileSync(file, bytes);
      let text: string;
      try {
        execFileSync('qpdf', ['--check', file], { stdio: 'pipe' });
        text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          context.skip('qpdf or pdftotext (poppler-utils) is not installed on this machine');
          return;
        }
        throw error;
      }
      expect(text).toContain('actions-by-organisation');
      expect(text).toContain('Jeugdhulp A0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
