// Runs in: Node (test tooling).
// Unit tests for the benchmark's report (tests/bench/report.ts): figures against their floors
// (issue 22) and the budgets relative to them; goals are reported but never fail the run.
import { describe, expect, it } from 'vitest';
import {
  budgetsFileSchema,
  checkBudgets,
  failingChecks,
  floorRatio,
  formatFloorTable,
  type SizeResult,
} from '../../bench/report';

const result: SizeResult = {
  size: '10k',
  measuredAt: '2026-12-07T00:00:00.000Z',
  values: {
    'unlock.ui.netMs': 500,
    'floor.unlockMs': 200,
    'meeting.keystroke.p95Ms': 21,
    'control.keystroke.p95Ms': 17,
    'unlock.api.backgroundLongestTaskMs': 0,
  },
  errors: {},
  details: {},
};

describe('bench report: floors and relative budgets', () => {
  it('prints figure, floor, ratio and the difference for every figure with a floor', () => {
    const table = formatFloorTable([result]);
    expect(table).toContain('| unlock.ui.netMs');
    expect(table).toContain('2.50×');
    expect(table).toContain('300.0 ms');
    expect(floorRatio(21, 17)).toBeCloseTo(1.235, 3);
    expect(floorRatio(21, undefined)).toBeNaN();
  });

  it('checks ratio and margin budgets; a missed goal is reported but does not fail, a missed budget does', () => {
    const file = budgetsFileSchema.parse({
      budgets: { '10k': { 'unlock.api.backgroundLongestTaskMs': 50 } },
      relative: {
        '10k': {
          'unlock.ui.netMs': { maxRatio: 2, goal: true },
          'meeting.keystroke.p95Ms': { maxOverMs: 3 },
        },
      },
    });
    const checks = checkBudgets([result], file);
    expect(checks.map((c) => [c.metric, c.relative ?? 'absolute', c.value, c.ok])).toEqual([
      ['unlock.api.backgroundLongestTaskMs', 'absolute', 0, true],
      ['unlock.ui.netMs', 'ratio', 2.5, false],
      ['meeting.keystroke.p95Ms', 'over', 4, false],
    ]);
    expect(failingChecks(checks).map((c) => c.metric)).toEqual(['meeting.keystroke.p95Ms']);
  });

  it('refuses a relative budget without a limit', () => {
    expect(() =>
      budgetsFileSchema.parse({
        budgets: {},
        relative: { '10k': { 'unlock.ui.netMs': { goal: true } } },
      }),
    ).toThrow();
  });
});
