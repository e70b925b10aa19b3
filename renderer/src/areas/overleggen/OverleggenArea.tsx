// Runs in: renderer.
//
// Overleggen: zorgteam, ZAT and driehoeksoverleg. This module only picks the screen for the
// path inside the area (list, actions, one meeting's planning,
// meeting mode, minutes) and moves focus to the new heading when the user goes from one to
// another within the area.
import { useHashRoute } from '../../app/router';
import { useFocusHeadingOnPathChange } from '../../app/useFocusHeadingOnPathChange';
import { ActionsScreen } from './actions/ActionsScreen';
import { MinutesScreen } from './minutes/MinutesScreen';
import { MeetingListScreen } from './plan/MeetingListScreen';
import { MeetingNotFound } from './MeetingNotFound';
import { MeetingScreen } from './plan/MeetingScreen';
import { ACTIONS_SEGMENT, MINUTES_SEGMENT, RUN_SEGMENT } from '../../app/routes';
import { MeetingModeScreen } from './run/MeetingModeScreen';

export function OverleggenArea() {
  const [route] = useHashRoute();
  const rootRef = useFocusHeadingOnPathChange(route.path);

  return <div ref={rootRef}>{screenFor(route.path)}</div>;
}

function screenFor(path: readonly string[]) {
  const [first, second, ...rest] = path;
  if (first === undefined) return <MeetingListScreen />;
  if (first === ACTIONS_SEGMENT && second === undefined) return <ActionsScreen />;
  if (rest.length > 0) return <MeetingNotFound />;
  if (second === undefined) return <MeetingScreen key={first} meetingId={first} />;
  if (second === RUN_SEGMENT) return <MeetingModeScreen key={first} meetingId={first} />;
  if (second === MINUTES_SEGMENT) return <MinutesScreen key={first} meetingId={first} />;
  return <MeetingNotFound />;
}
