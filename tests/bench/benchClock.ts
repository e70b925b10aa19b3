// Runs in: Node (Playwright test runner), driving Chromium.
//
// The benchmark's "today" for the app. The seeded targets are dated relative to a fixed day
// (renderer/bench/records.ts: BENCH_TODAY): the bench meeting is upcoming on it, the referral's
// consent valid on it. So the app must run on that day, whatever the machine's date.
//
// Not page.clock.setFixedTime: Playwright's clock also replaces performance.now (and with it
// Event.timeStamp and requestAnimationFrame's time) by whole milliseconds, too coarse for
// keystroke and search latencies. This shifts Date only: it starts at the given moment and
// advances in real time (meeting timers keep running), and leaves every timer and
// performance.now real. Workers keep the real date; what they are given as "now" comes from
// the page.
import type { Page } from '@playwright/test';

/** From the next navigation on, the page's Date reads `moment` (an ISO date-time) plus the real time elapsed since. */
export async function shiftDateTo(page: Page, moment: string): Promise<void> {
  await page.addInitScript((targetMs: number) => {
    const RealDate = Date;
    const shift = targetMs - RealDate.now();
    class ShiftedDate extends RealDate {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length === 0) super(RealDate.now() + shift);
        else super(...args);
      }

      static override now(): number {
        return RealDate.now() + shift;
      }

      // Dates made before the shift (or by other realms' code) still count as dates.
      static override [Symbol.hasInstance](value: unknown): boolean {
        return value instanceof RealDate;
      }
    }
    globalThis.Date = ShiftedDate as DateConstructor;
  }, Date.parse(moment));
}
