// Runs in: renderer.
//
// Leerlingen: the pupils with a care question. This module only picks the screen for the
// path inside the area: the list, the import, one pupil, or one of its case files, and moves
// focus to the new heading when the user goes from one to another within the area.
import { useHashRoute } from '../../app/router';
import { useFocusHeadingOnPathChange } from '../../app/useFocusHeadingOnPathChange';
import { IMPORT_SEGMENT } from '../../app/routes';
import { CaseScreen } from './case/CaseScreen';
import { ImportScreen } from './import/ImportScreen';
import { NotFound } from './NotFound';
import { PupilListScreen } from './PupilListScreen';
import { PupilScreen } from './PupilScreen';

export function LeerlingenArea() {
  const [route] = useHashRoute();
  const rootRef = useFocusHeadingOnPathChange(route.path);

  return <div ref={rootRef}>{screenFor(route.path)}</div>;
}

function screenFor(path: readonly string[]) {
  const [first, second, third, ...rest] = path;
  if (first === undefined) return <PupilListScreen />;
  if (first === IMPORT_SEGMENT && second === undefined) return <ImportScreen />;
  if (second === undefined) return <PupilScreen key={first} pupilId={first} />;
  if (second === 'dossier' && third !== undefined && rest.length === 0)
    return <CaseRoute pupilId={first} caseId={third} />;
  return <NotFound />;
}

function CaseRoute({ pupilId, caseId }: { readonly pupilId: string; readonly caseId: string }) {
  return <CaseScreen key={caseId} pupilId={pupilId} caseId={caseId} />;
}
