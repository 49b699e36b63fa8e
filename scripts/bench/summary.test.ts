// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  buildSummary,
  dataLabel,
  format,
  growth,
  interactionGoal,
  rendersText,
  verdict,
  type Comparison,
  type InteractionConfig,
} from './summary.mjs';

describe('growth', () => {
  it.each([
    { small: 40, large: 400, expected: 10 },
    { small: 40, large: 120, expected: 3 },
    { small: 33, large: 100, expected: 3 },
    { small: 0, large: 100, expected: null },
    { small: Number.NaN, large: 100, expected: null },
    { small: 40, large: Number.NaN, expected: null },
  ])('$small ms -> $large ms: $expected', ({ small, large, expected }) => {
    expect(growth(small, large)).toBe(expected);
  });
});

describe('verdict', () => {
  it.each([
    { value: 49.9, limit: 50, expected: 'PASS' },
    { value: 50, limit: 50, expected: 'PASS' },
    { value: 50.1, limit: 50, expected: 'FAIL' },
    { value: Number.NaN, limit: 50, expected: 'FAIL' },
    { value: null, limit: 1.2, expected: 'FAIL' },
  ])('$value against $limit -> $expected', ({ value, limit, expected }) => {
    expect(verdict(value, limit)).toBe(expected);
  });
});

describe('interactionGoal and dataLabel', () => {
  it.each([
    { rows: 10_000, synthetic: true, cpuSlowdown: 4, onScreen: 1.7 },
    { rows: 100_000, synthetic: true, cpuSlowdown: 4, onScreen: 2 },
    { rows: 10_000, synthetic: true, cpuSlowdown: 1, onScreen: null },
    { rows: 52, synthetic: false, cpuSlowdown: 4, onScreen: 1.5 },
    { rows: 52, synthetic: false, cpuSlowdown: 1, onScreen: null },
    { rows: 50_000, synthetic: true, cpuSlowdown: 4, onScreen: null },
  ])(
    '$rows rows, CPU $cpuSlowdown x -> on screen ≤ $onScreen x the baseline',
    ({ rows, synthetic, cpuSlowdown, onScreen }) => {
      expect(interactionGoal({ rows, synthetic, cpuSlowdown })?.onScreen ?? null).toBe(onScreen);
    },
  );

  it('sets no goal for the baseline itself, and 4x for every chart', () => {
    expect(interactionGoal({ rows: 10, synthetic: false, cpuSlowdown: 4, baseline: true })).toBe(
      null,
    );
    expect(interactionGoal({ rows: 100_000, synthetic: true, cpuSlowdown: 4 })?.everyChart).toBe(4);
  });

  it('writes the commits and components per change', () => {
    expect(rendersText({ medianCommits: 3, medianComponents: 1234 })).toBe(
      '3 commits, 1,234 components',
    );
    expect(rendersText({})).toBe('–');
    expect(rendersText(undefined)).toBe('–');
  });

  it('names real and synthetic data', () => {
    expect(dataLabel({ rows: 52, synthetic: false })).toBe('real data (52 rows)');
    expect(dataLabel({ rows: 100_000, synthetic: true })).toBe('100,000 rows');
    expect(dataLabel({ rows: 10, synthetic: false, baseline: true })).toBe(
      'baseline (one chart, 10 bars)',
    );
  });
});

describe('format', () => {
  it('rounds and marks missing values', () => {
    expect(format.ms(1234.5)).toBe('1,235 ms');
    expect(format.kB(240_149)).toBe('240.1 kB');
    expect(format.MB(12_340_000)).toBe('12.3 MB');
    expect(format.times(1.2)).toBe('1.20x');
    expect(format.times(null)).toBe('–');
    expect(format.ms(Number.NaN)).toBe('–');
  });
});

const comparison: Comparison = {
  runs: 5,
  slowRuns: 10,
  cpuSlowdown: 4,
  app: { initialGzipBytes: 250_000, firstChartMs: 400, firstChartSlowMs: 900, heapUsedBytes: 9e6 },
  baseline: {
    initialGzipBytes: 200_000,
    firstChartMs: 300,
    firstChartSlowMs: 800,
    heapUsedBytes: 5e6,
  },
};

const config = (
  rows: number,
  synthetic: boolean,
  cpuSlowdown: number,
  medianMs: number,
): InteractionConfig => ({ rows, synthetic, cpuSlowdown, medianMs, pledgesChartMs: medianMs * 20 });
const floor = (cpuSlowdown: number, medianMs: number): InteractionConfig => ({
  ...config(10, false, cpuSlowdown, medianMs),
  baseline: true,
});

describe('buildSummary', () => {
  const interactions = [
    config(52, false, 4, 140),
    config(10_000, true, 1, 20),
    config(10_000, true, 4, 170),
    config(100_000, true, 1, 100),
    config(100_000, true, 4, 600),
    floor(1, 25),
    floor(4, 100),
  ];
  const summary = buildSummary({ comparison, interactions, changes: 6 });

  it('has one row per metric, configuration, growth and large load', () => {
    expect(summary.table).toEqual([
      ['metric', 'measured', 'baseline', 'app/baseline', 'goal', 'result'],
      ['initial JS+CSS, gzip', '250.0 kB', '200.0 kB', '1.25x', '≤ 1.20x baseline', 'FAIL'],
      ['first chart (median of 5 loads)', '400 ms', '300 ms', '1.33x', '–', '–'],
      [
        'first chart, CPU 4x (median of 10 loads)',
        '900 ms',
        '800 ms',
        '1.13x',
        '≤ 1.20x baseline',
        'PASS',
      ],
      ['JS heap after load', '9.0 MB', '5.0 MB', '1.80x', '–', '–'],
      [
        'filter change, real data (52 rows), CPU 4x, on screen (median of 6)',
        '140 ms',
        '100 ms',
        '1.40x',
        '≤ 1.50x baseline',
        'PASS',
      ],
      [
        'filter change, 10,000 rows, CPU 1x, on screen (median of 6)',
        '20 ms',
        '25 ms',
        '0.80x',
        '–',
        '–',
      ],
      [
        'filter change, 10,000 rows, CPU 4x, on screen (median of 6)',
        '170 ms',
        '100 ms',
        '1.70x',
        '≤ 1.70x baseline',
        'PASS',
      ],
      [
        'filter change, 100,000 rows, CPU 1x, on screen (median of 6)',
        '100 ms',
        '25 ms',
        '4.00x',
        '–',
        '–',
      ],
      [
        'filter change, 100,000 rows, CPU 4x, on screen (median of 6)',
        '600 ms',
        '100 ms',
        '6.00x',
        '≤ 2.00x baseline',
        'FAIL',
      ],
      ['growth 10,000 -> 100,000 rows, CPU 4x', '3.5x', '–', '–', 'linear = 10x', '–'],
      ['growth 10,000 -> 100,000 rows, CPU 1x', '5.0x', '–', '–', 'linear = 10x', '–'],
      ['pledge chart on load, 100,000 rows, CPU 1x', '2,000 ms', '–', '–', 'reported only', '–'],
      ['pledge chart on load, 100,000 rows, CPU 4x', '12,000 ms', '–', '–', 'reported only', '–'],
    ]);
  });

  it('lists every goal with its verdict', () => {
    expect(summary.checks.map((check) => [check.goal, check.pass])).toEqual([
      ['≤ 1.20x baseline', false],
      ['≤ 1.20x baseline', true],
      ['≤ 1.50x baseline', true],
      ['≤ 1.70x baseline', true],
      ['≤ 2.00x baseline', false],
    ]);
    expect(summary.passed).toBe(false);
  });

  it('does not claim the first-chart goal from fewer than 10 slowed loads', () => {
    const few = buildSummary({
      comparison: { ...comparison, slowRuns: 4 },
      interactions: [],
      changes: 3,
    });
    expect(few.table[3]).toEqual([
      'first chart, CPU 4x (median of 4 loads)',
      '900 ms',
      '–',
      '–',
      '≤ 1.20x baseline',
      'FAIL',
    ]);
  });

  it('fails a filter-change goal when the baseline was not measured', () => {
    const alone = buildSummary({
      comparison: null,
      interactions: [config(10_000, true, 4, 10)],
      changes: 3,
    });
    expect(alone.checks).toEqual([
      expect.objectContaining({ measured: null, goal: '≤ 1.70x baseline', pass: false }),
    ]);
  });

  it('checks every chart, off screen too, against 4x the baseline, and shows the renders', () => {
    const both = buildSummary({
      comparison: null,
      interactions: [
        {
          ...config(100_000, true, 4, 190),
          allMedianMs: 500,
          medianCommits: 3,
          medianComponents: 900,
        },
        { ...floor(4, 100), allMedianMs: 120, medianCommits: 3, medianComponents: 211 },
      ],
      changes: 6,
    });
    expect(both.table.slice(1, 4)).toEqual([
      [
        'filter change, 100,000 rows, CPU 4x, on screen (median of 6)',
        '190 ms',
        '100 ms',
        '1.90x',
        '≤ 2.00x baseline',
        'PASS',
      ],
      [
        '  ... every chart updated, off screen too',
        '500 ms',
        '120 ms',
        '4.17x',
        '≤ 4.00x baseline',
        'FAIL',
      ],
      [
        '  ... React commits, components rendered per change (median)',
        '3 commits, 900 components',
        '3 commits, 211 components',
        '–',
        'reported only',
        '–',
      ],
    ]);
    expect(both.checks.map((check) => [check.measured, check.pass])).toEqual([
      [1.9, true],
      [4.17, false],
    ]);
  });

  it('passes when every goal is met', () => {
    const fast = buildSummary({
      comparison: null,
      interactions: [
        config(52, false, 4, 140),
        config(10_000, true, 4, 160),
        config(100_000, true, 4, 200),
        floor(4, 100),
      ],
      changes: 3,
    });
    expect(fast.passed).toBe(true);
  });
});
