// Runs in: renderer.
//
// Verwijzingen: the list of all referrals (#/verwijzingen) and one referral
// (#/verwijzingen/<referralId>): its wizard while a concept, its follow-up once sent. Moves
// focus to the new heading when the user goes from one to the other within the area.
import { useHashRoute } from '../../app/router';
import { useFocusHeadingOnPathChange } from '../../app/useFocusHeadingOnPathChange';
import { ReferralListScreen } from './ReferralListScreen';
import { ReferralScreen } from './ReferralScreen';

export function VerwijzingenArea() {
  const [route] = useHashRoute();
  const rootRef = useFocusHeadingOnPathChange(route.path);

  const [first, ...rest] = route.path;
  return (
    <div ref={rootRef}>
      {first === undefined || rest.length > 0 ? (
        <ReferralListScreen />
      ) : (
        <ReferralScreen key={first} referralId={first} />
      )}
    </div>
  );
}
