// Runs in: Node (Playwright test runner and Vitest, as their global setup).
//
// The first step of every browser test command (`globalSetup` of the storage tests, the
// end-to-end tests and the benchmark): it says which Chromium the run uses and, on a machine
// with neither Debian's Chromium nor ZORGTAFEL_CHROMIUM, installs Playwright's own Chromium
// (`npx playwright install chromium`, a download), so that `npm ci && npm test` is enough on a
// fresh machine with internet. The choice itself is chooseChromium in ./browser.
import { spawnSync } from 'node:child_process';
import {
  currentChromiumChoice,
  DEBIAN_CHROMIUM,
  describeChromiumChoice,
  PLAYWRIGHT_INSTALL_COMMAND,
} from './browser';

/** Set once done: Vitest runs the global setup once per project (the root and the browser instance). */
const DONE = 'ZORGTAFEL_CHROMIUM_CHECKED';

export default function ensureChromium(): void {
  if (process.env[DONE] === '1') return;
  const choice = currentChromiumChoice();
  const line = describeChromiumChoice(choice);
  if (choice.source === 'env-missing') throw new Error(line);
  process.stdout.write(`${line}\n`);
  process.env[DONE] = '1';
  if (choice.source !== 'playwright' || choice.installed) return;
  const [command = 'npx', ...args] = PLAYWRIGHT_INSTALL_COMMAND.split(' ');
  const install = spawnSync(command, args, { stdio: 'inherit' });
  if (install.status !== 0) {
    throw new Error(
      `\`${PLAYWRIGHT_INSTALL_COMMAND}\` failed (it needs internet). Install Debian's Chromium instead ` +
        `(sudo apt-get install chromium, used from ${DEBIAN_CHROMIUM}) or set ZORGTAFEL_CHROMIUM to a Chromium binary.`,
    );
  }
}
