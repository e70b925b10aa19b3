// Runs in: renderer.
//
// Ontvangen bestanden: the place in the navigation where a member opens what they received
// ("Bestand openen…", or a file dropped anywhere) and finds the files they kept. Only picks the
// screen for the path and moves focus to the new heading within the area.
import { useHashRoute } from '../../app/router';
import { useFocusHeadingOnPathChange } from '../../app/useFocusHeadingOnPathChange';
import { SharedFilesScreen } from '../../sharing/SharedFilesScreen';

export function OntvangenArea() {
  const [route] = useHashRoute();
  const rootRef = useFocusHeadingOnPathChange(route.path);
  const [id, ...rest] = route.path;
  return (
    <div ref={rootRef}>
      {id === undefined || rest.length > 0 ? (
        <SharedFilesScreen />
      ) : (
        <SharedFilesScreen key={id} sharedId={id} />
      )}
    </div>
  );
}
