// Runs in: renderer.
//
// Ontvangen bestanden: the place in the navigation where a member opens what they received
// ("Bestand openen…", or a file dropped anywhere) and finds the files they kept, and where a
// team keeps the referrals it received (`#/ontvangen/verwijzing/<id>`). Only picks the screen
// for the path and moves focus to the new heading within the area.
import { useHashRoute } from '../../app/router';
import { RECEIVED_REFERRAL_SEGMENT } from '../../app/routes';
import { useFocusHeadingOnPathChange } from '../../app/useFocusHeadingOnPathChange';
import { SharedFilesScreen } from '../../sharing/SharedFilesScreen';
import { ReceivedReferralScreen } from './ReceivedReferralScreen';

export function OntvangenArea() {
  const [route] = useHashRoute();
  const rootRef = useFocusHeadingOnPathChange(route.path);
  const [id, ...rest] = route.path;
  const referralId = id === RECEIVED_REFERRAL_SEGMENT && rest.length === 1 ? rest[0] : undefined;
  return (
    <div ref={rootRef}>
      {referralId !== undefined ? (
        <ReceivedReferralScreen key={referralId} id={referralId} />
      ) : id === undefined || rest.length > 0 ? (
        <SharedFilesScreen />
      ) : (
        <SharedFilesScreen key={id} sharedId={id} />
      )}
    </div>
  );
}
