// Runs in: renderer.
//
// The message key for a change meeting mode could not make (editMinutes refused it).
import type { MeetingProblem } from '../../../../../shared/meetings/problems';

export type RunErrorKey = 'minutes-approved' | 'anonymous-partner-action' | 'invalid' | 'stale';

export function runErrorKey(problem: MeetingProblem): RunErrorKey {
  if (problem.code === 'minutes-approved' || problem.code === 'anonymous-partner-action')
    return problem.code;
  const stale: readonly MeetingProblem['code'][] = [
    'item-not-found',
    'action-not-found',
    'decision-not-found',
    'attendee-not-found',
  ];
  return stale.includes(problem.code) ? 'stale' : 'invalid';
}
