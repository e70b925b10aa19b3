// Runs in: Node (test tooling).
//
// A Vitest reporter that lists every test skipped with a reason (`context.skip(reason)`) after
// the summary. Vitest's default reporter only counts skipped tests; a check that could not run
// here (a reference tool is missing, see tests/helpers/referenceTools.ts) must say so, and why,
// in the output. Tests without a reason (left out by `-t`, or `it.skip`) are only counted.
import type { Reporter, TestModule } from 'vitest/node';

export interface SkippedTest {
  readonly file: string;
  readonly name: string;
  readonly reason: string;
}

export function describeSkipped(skipped: readonly SkippedTest[]): string {
  if (skipped.length === 0) return '';
  const lines = skipped.map((test) => `  ↓ ${test.file} > ${test.name}: ${test.reason}`);
  return `\nSkipped, not run (${String(skipped.length)}):\n${lines.join('\n')}\n`;
}

export class SkippedReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const skipped = testModules.flatMap((module) =>
      [...module.children.allTests('skipped')].flatMap((test) => {
        const result = test.result();
        const reason = result.state === 'skipped' ? result.note : undefined;
        return reason === undefined
          ? []
          : [{ file: module.relativeModuleId, name: test.fullName, reason }];
      }),
    );
    process.stdout.write(describeSkipped(skipped));
  }
}
