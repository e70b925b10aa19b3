// Runs in: renderer.
//
// After an unlock, brings the user back to a meeting that was running when the window closed,
// the app crashed or the vault locked: the meeting mode of the most recently used open run
// state (meeting mode itself then restores the item and the field). Once per unlock, and
// only when the user is not already there.
import { useEffect, useRef } from 'react';
import { meetingToResume } from '../../../../../shared/meetings/runState';
import { useHashRoute } from '../../../app/router';
import { useSession } from '../../../security/VaultProvider';
import { meetingRunRoute, RUN_SEGMENT } from '../../../app/routes';

export function ResumeMeeting() {
  const session = useSession();
  const [route, navigate] = useHashRoute();
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current) return;
    checked.current = true;
    const meetingId = meetingToResume(
      session.records.list('meeting.run-state'),
      session.records.list('meeting'),
    );
    if (meetingId === undefined) return;
    if (route.area === 'overleggen' && route.path[0] === meetingId && route.path[1] === RUN_SEGMENT)
      return;
    navigate(meetingRunRoute(meetingId));
  }, [session, route, navigate]);
  return null;
}
