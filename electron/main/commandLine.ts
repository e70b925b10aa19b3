// Runs in: Electron main process.
//
// The packaged app refuses to start with switches that open a debugger into it or switch off
// a security layer. No fuse covers Chromium's `--remote-debugging-port` / `--remote-debugging-pipe`:
// someone who edits the shortcut on a shared OS account would get DevTools over an unlocked
// vault. main.ts runs this check before anything else (before `ready`) and quits when it finds
// one. Development builds (`npm run dev`) are not checked.

/**
 * Switch names (lower case, without dashes) that the packaged app refuses. Debuggers: Chromium's
 * remote debugging (DevTools protocol over a port or a pipe), Node's inspector (the
 * enableNodeCliInspectArguments fuse ignores these already; refusing them too is cheap),
 * V8 flags. Security layers: the sandbox, web security, site isolation, certificate checks.
 * Logging that could write page messages or network traffic to a file.
 */
export const REFUSED_SWITCHES: ReadonlySet<string> = new Set([
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-debugging-io-pipes',
  'remote-debugging-targets',
  'remote-allow-origins',
  'auto-open-devtools-for-tabs',
  'wait-for-debugger',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-wait',
  'inspect-brk-node',
  'inspect-publish-uid',
  'debug',
  'debug-brk',
  'debug-port',
  'js-flags',
  'no-sandbox',
  'disable-web-security',
  'disable-site-isolation-trials',
  'allow-file-access-from-files',
  'ignore-certificate-errors',
  'enable-logging',
  'log-net-log',
]);

/**
 * The switch name of one argument, or null when it is not a switch. Chromium accepts `--x`
 * and `-x` everywhere and `/x` on Windows, with an optional `=value`; on Windows it compares
 * switch names case-insensitively.
 */
export function switchName(arg: string, platform: NodeJS.Platform): string | null {
  const prefix = /^(--|-|\/)/.exec(arg)?.[0];
  if (prefix === undefined || (prefix === '/' && platform !== 'win32')) return null;
  const name = arg.slice(prefix.length).split('=', 1)[0] ?? '';
  return name.length > 0 ? name.toLowerCase() : null;
}

/**
 * The refused switches present in `argv` (up to a bare `--`, after which Chromium reads no
 * switches) or reported by `hasSwitch` (Electron's `app.commandLine`, which also sees switches
 * added in other ways). Empty when the app may start.
 */
export function refusedSwitches(
  argv: readonly string[],
  platform: NodeJS.Platform,
  hasSwitch: (name: string) => boolean = () => false,
): string[] {
  const found = new Set<string>();
  for (const arg of argv) {
    if (arg === '--') break;
    const name = switchName(arg, platform);
    if (name !== null && REFUSED_SWITCHES.has(name)) found.add(name);
  }
  for (const name of REFUSED_SWITCHES) {
    if (hasSwitch(name)) found.add(name);
  }
  return [...found];
}

/** What the user sees (a dialog on Windows and macOS, stderr on Linux before `ready`). */
export const REFUSED_START_MESSAGE = {
  title: 'Zorgtafel',
  body:
    'Zorgtafel start niet met foutopsporings- of beveiligingsopties op de opdrachtregel. ' +
    'Start Zorgtafel via de gewone snelkoppeling, of vraag de ICT-beheerder de snelkoppeling te herstellen.\n\n' +
    'Zorgtafel does not start with debugging or security switches on its command line. ' +
    'Start it from the normal shortcut, or ask IT support to restore the shortcut.',
} as const;
