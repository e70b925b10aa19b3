// Runs in: Node (test tooling).
//
// A Vitest reporter that lists every skipped test with its reason after the summary. Vitest's
// default reporter only counts skipped tests; a check that could not run here (a reference
// tool is missing, see tests/helpers/referenceTools.ts) must say so, and why, in the output.
import type { Reporter, TestModule } from 'vitest/node';

export interface SkippedTest {
  readonly file: string;
  readonly name: string;
  readonly reason: string | undefined;
}

export function describeSkipped(skipped: readonly SkippedTest[]): string {
  if (skipped.length === 0) return '';
  const lines = skipped.map((test) => `  ↓ ${test.file} > ${test.name}: ${test.reason ?? 'no reason given'}`);
  return `\nSkipped, not run (${String(skipped.length)}):\n${lines.join('\n')}\n`;
}

export class SkippedReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const skipped = testModules.flatMap((module) =>
      [...module.children.allTests('skipped')].map((test) => {
        const result = test.result();
        return { file: module.relativeModuleId, name: test.fullName, reason: result.state === 'skipped' ? result.note : undefined };
      }),
    );
    process.stdout.write(describeSkipped(skipped));
  }
}
