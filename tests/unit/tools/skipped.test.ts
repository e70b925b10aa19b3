// Runs in: Node (test tooling).
//
// A test that cannot run here says so, and why, in the output: the reason for a missing
// reference tool (tests/helpers/referenceTools.ts) and the list printed after the summary
// (tests/tools/skippedReporter.ts).
import { describe, expect, it } from 'vitest';
import { AGE_CLI, missingToolReason } from '../../helpers/referenceTools';
import { describeSkipped } from '../../tools/skippedReporter';

describe('skipped tests', () => {
  it('a missing reference tool gives a reason that says how to install it', () => {
    const reason = missingToolReason({ ...AGE_CLI, command: 'zorgtafel-no-such-tool' });
    expect(reason).toBe(
      'the reference `zorgtafel-no-such-tool` tool is not installed on this machine (sudo apt-get install age)',
    );
  });

  it('are listed after the summary with their reasons, and nothing is printed when none was skipped', () => {
    expect(describeSkipped([])).toBe('');
    expect(
      describeSkipped([
        {
          file: 'tests/unit/sharing/ageCli.test.ts',
          name: 'reference age CLI > decrypts',
          reason:
            'the reference `age` tool is not installed on this machine (sudo apt-get install age)',
        },
        {
          file: 'tests/unit/documents/layout.test.ts',
          name: 'is a valid PDF for qpdf',
          reason: 'qpdf is not installed',
        },
      ]),
    ).toBe(
      '\nSkipped, not run (2):\n' +
        '  ↓ tests/unit/sharing/ageCli.test.ts > reference age CLI > decrypts: the reference `age` tool is not installed on this machine (sudo apt-get install age)\n' +
        '  ↓ tests/unit/documents/layout.test.ts > is a valid PDF for qpdf: qpdf is not installed\n',
    );
  });
});
