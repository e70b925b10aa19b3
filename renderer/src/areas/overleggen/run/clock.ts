// Runs in: renderer.
//
// Timestamps for records written from meeting mode and afronden: the local time with its
// UTC offset ("2026-12-01T15:04:05+01:00"), so the calendar date in it (approval date,
// addendum check) is the school's date, not UTC's.

/** `now` as an ISO timestamp in local time with offset. */
export function localTimestamp(now: Date = new Date()): string {
  const pad = (n: number): string => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` +
    `T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}
