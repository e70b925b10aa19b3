// Runs in: Node (test tooling).
//
// Command-line tools that some unit tests check our output against (the reference `age`
// implementation). .ci/run installs them; on a machine without them those tests are skipped
// with the reason as the skip note, which tests/tools/skippedReporter.ts prints at the end of
// the run, so a skipped check is never mistaken for a passed one.
import { spawnSync } from 'node:child_process';
import type { TestContext } from 'vitest';

export interface ReferenceTool {
  readonly command: string;
  /** Arguments that make the tool print its version and exit 0. */
  readonly versionArgs: readonly string[];
  /** How to install it on Debian or Ubuntu. */
  readonly install: string;
}

export const AGE_CLI: ReferenceTool = {
  command: 'age',
  versionArgs: ['--version'],
  install: 'sudo apt-get install age',
};

/** Why the tool cannot be used here, or undefined when it runs. */
export function missingToolReason(tool: ReferenceTool): string | undefined {
  const run = spawnSync(tool.command, [...tool.versionArgs], { encoding: 'utf8' });
  if (run.status === 0) return undefined;
  return `the reference \`${tool.command}\` tool is not installed on this machine (${tool.install})`;
}

/** A `beforeEach` hook that skips every test of the suite, with the reason, when `tool` is missing. */
export function skipWithout(tool: ReferenceTool): (context: TestContext) => void {
  const reason = missingToolReason(tool);
  return (context) => {
    if (reason !== undefined) context.skip(reason);
  };
}
