// Runs in: Node (Playwright test runner), driving Chromium.
//
// Timing probes that run INSIDE the benchmarked page, so Playwright's polling and protocol
// round trips add nothing to a figure. A probe is armed with a start (the next real click,
// the next keydown of a key, or "now" together with a hash change) and an end (the first
// frame painted after an element appears, after a status text returns, or the moment a file
// is handed to the host as a download link). "Painted" is a message posted from
// requestAnimationFrame: it arrives right after that frame.
//
// Clock: the app runs with its Date shifted to the benchmark's "today" (benchClock.ts), and
// performance.now is left alone, so these timings keep the page's 0.1 ms resolution.
import type { Page } from '@playwright/test';

/** One thing to wait for: an element matching `selector`, with exactly `text` (trimmed) when given. */
export interface Sight {
  readonly selector: string;
  readonly text?: string;
}

export type ProbeStart =
  | { readonly kind: 'click' }
  | { readonly kind: 'keydown'; readonly key: string }
  | { readonly kind: 'hash'; readonly hash: string };

export type ProbeEnd =
  /** Any of the sights, painted. */
  | { readonly kind: 'paint'; readonly anyOf: readonly Sight[] }
  /** The sight shows something else first and then `text` again (a save status going round), painted. */
  | { readonly kind: 'return'; readonly sight: Sight & { readonly text: string } }
  /** A download link clicked by the app: the file handed to the browser host. */
  | { readonly kind: 'download' };

interface ProbeState {
  startAt: number;
  endAt: number;
  detail: string;
}
type ProbeWindow = Window & { __benchProbe?: ProbeState };

/** Arms the probe; with a 'hash' start the hash is set at once and the clock starts. */
export async function armProbe(page: Page, start: ProbeStart, end: ProbeEnd): Promise<void> {
  await page.evaluate(
    ([s, e]) => {
      const now = (): number => performance.now();
      const probe: ProbeState = { startAt: -1, endAt: -1, detail: '' };
      (window as ProbeWindow).__benchProbe = probe;
      const painted = (): void => {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            if (probe.endAt < 0) probe.endAt = now();
          };
          channel.port2.postMessage(null);
        });
      };
      const matches = (sight: { selector: string; text?: string }): boolean =>
        [...document.querySelectorAll(sight.selector)].some(
          (el) => sight.text === undefined || el.textContent.trim() === sight.text,
        );
      if (e.kind === 'download') {
        const onClick = (event: MouseEvent): void => {
          const target = event.target;
          if (
            probe.startAt < 0 ||
            event.isTrusted ||
            !(target instanceof HTMLAnchorElement) ||
            !target.hasAttribute('download')
          )
            return;
          probe.endAt = now();
          probe.detail = target.download;
          window.removeEventListener('click', onClick, true);
        };
        window.addEventListener('click', onClick, true);
      } else {
        let seenOther = false;
        let fired = false;
        const check = (): void => {
          if (probe.startAt < 0 || fired) return;
          if (e.kind === 'paint') {
            if (!e.anyOf.some(matches)) return;
          } else {
            if (!matches(e.sight)) {
              seenOther = true;
              return;
            }
            if (!seenOther) return;
          }
          fired = true;
          observer.disconnect();
          painted();
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
        // A start by click or key: check once right after it too (the screen may not change at all).
        window.addEventListener('bench-started', check);
      }
      const begin = (): void => {
        probe.startAt = now();
        window.dispatchEvent(new Event('bench-started'));
      };
      if (s.kind === 'hash') {
        begin();
        window.location.hash = s.hash;
      } else if (s.kind === 'click') {
        window.addEventListener('click', (event) => (event.isTrusted ? begin() : undefined), {
          capture: true,
          once: true,
        });
      } else {
        const onKey = (event: KeyboardEvent): void => {
          if (event.key !== s.key) return;
          window.removeEventListener('keydown', onKey, true);
          begin();
        };
        window.addEventListener('keydown', onKey, true);
      }
    },
    [start, end] as const,
  );
}

/** Waits for the armed probe to finish; returns the milliseconds from start to end and the probe's detail (a download's file name). */
export async function probeResult(
  page: Page,
  timeoutMs = 120_000,
): Promise<{ readonly ms: number; readonly detail: string }> {
  const handle = await page.waitForFunction(
    () => {
      const probe = (window as ProbeWindow).__benchProbe;
      return probe !== undefined && probe.startAt >= 0 && probe.endAt >= 0
        ? { ms: probe.endAt - probe.startAt, detail: probe.detail }
        : null;
    },
    undefined,
    { timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as { ms: number; detail: string };
}

/** Arms a probe, runs `act` (the click or key press that starts it; nothing for a hash start) and returns the probe's time. */
export async function timed(
  page: Page,
  start: ProbeStart,
  end: ProbeEnd,
  act?: () => Promise<void>,
): Promise<{ readonly ms: number; readonly detail: string }> {
  await armProbe(page, start, end);
  if (act !== undefined) await act();
  return probeResult(page);
}

interface KeystrokeState {
  keyAt: number;
  samples: number[];
}
type KeystrokeWindow = Window & { __benchKeys?: KeystrokeState };

/**
 * Records, for every keystroke typed from now on, the time from its keydown (or, for text
 * typed without one, its input event) to the next frame painted after its input event (the
 * character on screen).
 */
export async function armKeystrokes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const now = (): number => performance.now();
    const state: KeystrokeState = { keyAt: -1, samples: [] };
    (window as KeystrokeWindow).__benchKeys = state;
    window.addEventListener('keydown', () => (state.keyAt = now()), true);
    window.addEventListener(
      'input',
      () => {
        // Characters off the keyboard layout (ë, ï) arrive as text input without a keydown: they count from the input event.
        const keyAt = state.keyAt < 0 ? now() : state.keyAt;
        state.keyAt = -1;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => state.samples.push(now() - keyAt);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
}

export async function keystrokeSamples(page: Page, expected: number): Promise<number[]> {
  const handle = await page.waitForFunction((n) => {
    const state = (window as KeystrokeWindow).__benchKeys;
    return state !== undefined && state.samples.length >= n ? state.samples : null;
  }, expected);
  return (await handle.jsonValue()) as number[];
}

export interface ScrollResult {
  /** Whether the list scrolled is the virtualised one (data-testid="virtual-list"). */
  readonly virtual: boolean;
  /** Intervals between animation frames while scrolling to the end, in ms. */
  readonly frameMs: readonly number[];
  /** Most rows (links to a pupil) in the DOM at any frame. */
  readonly maxRowsInDom: number;
  readonly scrolledPx: number;
  readonly stepPx: number;
}

/**
 * Scrolls the list (the virtual list, else the page) to its end, a fixed step per animation
 * frame (at most about 600 frames), and records the frame intervals and the rows in the DOM.
 */
export async function scrollToEnd(page: Page, rowSelector: string): Promise<ScrollResult> {
  return page.evaluate(
    (rows) =>
      new Promise<ScrollResult>((resolve) => {
        const now = (): number => performance.now();
        const list = document.querySelector<HTMLElement>('[data-testid="virtual-list"]');
        const scroller = list ?? document.scrollingElement ?? document.documentElement;
        const distance = scroller.scrollHeight - scroller.clientHeight;
        const stepPx = Math.max(100, Math.ceil(distance / 600));
        const frameMs: number[] = [];
        let maxRowsInDom = document.querySelectorAll(rows).length;
        let last = now();
        let still = 0;
        const frame = (): void => {
          const at = now();
          frameMs.push(at - last);
          last = at;
          maxRowsInDom = Math.max(maxRowsInDom, document.querySelectorAll(rows).length);
          const before = scroller.scrollTop;
          scroller.scrollTop = before + stepPx;
          still = scroller.scrollTop === before ? still + 1 : 0;
          if (still >= 3 || frameMs.length > 2000) {
            resolve({
              virtual: list !== null,
              frameMs: frameMs.slice(1),
              maxRowsInDom,
              scrolledPx: scroller.scrollTop,
              stepPx,
            });
            return;
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    rowSelector,
  );
}
