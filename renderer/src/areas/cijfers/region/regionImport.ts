// Runs in: renderer.
//
// The SWV coordinator's "Cijferbestanden inlezen…" (issue 17, point 4; docs/figures.md
// "Region"): choose many figures files at once, verify each, and store the ones that may be
// added. The rules of what is added, refused or offered for replacement are in
// shared/figures/regionImport.ts; this module only reads the files and writes the records.
import type { IsoDate } from '../../../../../shared/domain/dates';
import type { FiguresFileBody } from '../../../../../shared/figures/figuresFile';
import { readFiguresFileBytes } from '../../../../../shared/figures/figuresFile';
import { planFiguresImport, type ImportDecision } from '../../../../../shared/figures/regionImport';
import type { SchoolFigures } from '../../../../../shared/figures/regionRecord';
import { newRecordId } from '../../../../../shared/records/ids';
import { openedFiles, type Host } from '../../../host/Host';
import type { AppSession } from '../../../security/VaultProvider';

/** Far above a real figures file (a few hundred kB); the reader refuses larger text anyway. */
const MAX_FIGURES_FILE_BYTES = 5_000_000;

/** Lets the coordinator choose figures files and decides what each would do. */
export async function chooseFiguresFiles(
  host: Host,
  session: AppSession,
  filterName: string,
): Promise<readonly ImportDecision[]> {
  const files = openedFiles(
    await host.openFile({
      filters: [{ name: filterName, extensions: ['json'] }],
      maxBytes: MAX_FIGURES_FILE_BYTES,
      multiple: true,
    }),
  );
  const read = await Promise.all(
    files.map(async (f) => ({ name: f.name, read: await readFiguresFileBytes(f.bytes) })),
  );
  return planFiguresImport(session.records.list('swv.school-figures'), read);
}

function recordOf(id: string, file: FiguresFileBody, today: IsoDate): SchoolFigures {
  return {
    id,
    school: file.school,
    ...(file.municipality !== undefined ? { municipality: file.municipality } : {}),
    deelsleutel: file.deelsleutel,
    createdOn: file.createdOn,
    importedOn: today,
    current: file.current,
    previous: file.previous,
  };
}

/** Stores every file the plan adds, in one transaction; refused and newer files change nothing. */
export async function storeAddedFigures(
  session: AppSession,
  decisions: readonly ImportDecision[],
  today: IsoDate,
): Promise<number> {
  const added = decisions.flatMap((d) =>
    d.kind === 'add' ? [recordOf(newRecordId(), d.file, today)] : [],
  );
  if (added.length === 0) return 0;
  await session.records.putMany('swv.school-figures', added);
  await session.audit.append('import', {
    recordType: 'swv.school-figures',
    detail: `figures-files=${added.length}`,
  });
  return added.length;
}

/** Replaces the stored file of the same school and year by the newer one the coordinator chose. */
export async function replaceSchoolFigures(
  session: AppSession,
  decision: Extract<ImportDecision, { kind: 'newer' }>,
  today: IsoDate,
): Promise<void> {
  const id = decision.replaces.id;
  await session.records.put('swv.school-figures', recordOf(id, decision.file, today));
  await session.audit.append('import', {
    recordType: 'swv.school-figures',
    recordId: id,
    detail: 'figures-file-replaced',
  });
}
