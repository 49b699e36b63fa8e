// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  buildSummary,
  dataLabel,
  format,
  growth,
  interactionGoal,
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
    { rows: 10_000, synthetic: true, cpuSlowdown: 4, maxMs: 50 },
    { rows: 100_000, synthetic: true, cpuSlowdown: 4, maxMs: 250 },
    { rows: 10_000, synthetic: true, cpuSlowdown: 1, maxMs: null },
    { rows: 52, synthetic: false, cpuSlowdown: 4, maxMs: null },
  ])('$rows rows, CPU $cpuSlowdown x -> $maxMs', ({ rows, synthetic, cpuSlowdown, maxMs }) => {
    expect(interactionGoal({ rows, synthetic, cpuSlowdown })?.maxMs ?? null).toBe(maxMs);
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

describe('buildSummary', () => {
  const interactions = [
    config(52, false, 1, 30),
    config(10_000, true, 1, 20),
    config(10_000, true, 4, 45),
    config(100_000, true, 1, 100),
    config(100_000, true, 4, 600),
  ];
  const summary = buildSummary({ comparison, interactions, changes: 6 });

  it('has one row per metric, configuration, growth and large load', () => {
    expect(summary.table).toEqual([
      ['metric', 'measured', 'baseline', 'app/baseline', 'goal', 'result'],
      ['initial JS+CSS, gzip', '250.0 kB', '200.0 kB', '1.25x', '≤ 1.20x baseline', 'FAIL'],
      ['first chart (median of 5 loads)', '400 ms', '300 ms', '1.33x', '–', '–'],
      ['first chart, CPU 4x', '900 ms', '800 ms', '1.13x', '≤ 1.20x baseline', 'PASS'],
      ['JS heap after load', '9.0 MB', '5.0 MB', '1.80x', '–', '–'],
      [
        'filter change, real data (52 rows), CPU 1x, on screen (median of 6)',
        '30 ms',
        '–',
        '–',
        '–',
        '–',
      ],
      ['filter change, 10,000 rows, CPU 1x, on screen (median of 6)', '20 ms', '–', '–', '–', '–'],
      [
        'filter change, 10,000 rows, CPU 4x, on screen (median of 6)',
        '45 ms',
        '–',
        '–',
        '≤ 50 ms',
        'PASS',
      ],
      [
        'filter change, 100,000 rows, CPU 1x, on screen (median of 6)',
        '100 ms',
        '–',
        '–',
        '–',
        '–',
      ],
      [
        'filter change, 100,000 rows, CPU 4x, on screen (median of 6)',
        '600 ms',
        '–',
        '–',
        '≤ 250 ms',
        'FAIL',
      ],
      ['growth 10,000 -> 100,000 rows, CPU 1x', '5.0x', '–', '–', 'linear = 10x', '–'],
      ['growth 10,000 -> 100,000 rows, CPU 4x', '13.3x', '–', '–', 'linear = 10x', '–'],
      ['pledge chart on load, 100,000 rows, CPU 1x', '2,000 ms', '–', '–', 'reported only', '–'],
      ['pledge chart on load, 100,000 rows, CPU 4x', '12,000 ms', '–', '–', 'reported only', '–'],
    ]);
  });

  it('lists every goal with its verdict', () => {
    expect(summary.checks.map((check) => [check.goal, check.pass])).toEqual([
      ['≤ 1.20x baseline', false],
      ['≤ 1.20x baseline', true],
      ['≤ 50 ms', true],
      ['≤ 250 ms', false],
    ]);
    expect(summary.passed).toBe(false);
  });

  it("shows the baseline's redraw at the same CPU speed as the floor of every filter change", () => {
    const withFloor = buildSummary({
      comparison: null,
      interactions: [
        config(52, false, 4, 300),
        config(10_000, true, 4, 450),
        config(10_000, true, 1, 90),
        { ...config(10, false, 4, 100), baseline: true },
      ],
      changes: 6,
    });
    expect(withFloor.table.slice(1, 4)).toEqual([
      [
        'filter change, real data (52 rows), CPU 4x, on screen (median of 6)',
        '300 ms',
        '100 ms',
        '3.00x',
        '–',
        '–',
      ],
      [
        'filter change, 10,000 rows, CPU 4x, on screen (median of 6)',
        '450 ms',
        '100 ms',
        '4.50x',
        '≤ 50 ms',
        'FAIL',
      ],
      ['filter change, 10,000 rows, CPU 1x, on screen (median of 6)', '90 ms', '–', '–', '–', '–'],
    ]);
    expect(withFloor.table).toHaveLength(4);
  });

  it('adds, under each filter change, the time until every chart has changed, off screen too', () => {
    const both = buildSummary({
      comparison: null,
      interactions: [
        { ...config(100_000, true, 4, 240), allMedianMs: 900 },
        { ...config(10, false, 4, 100), baseline: true, allMedianMs: 120 },
      ],
      changes: 6,
    });
    expect(both.table.slice(1, 3)).toEqual([
      [
        'filter change, 100,000 rows, CPU 4x, on screen (median of 6)',
        '240 ms',
        '100 ms',
        '2.40x',
        '≤ 250 ms',
        'PASS',
      ],
      [
        '  ... every chart updated, off screen too',
        '900 ms',
        '120 ms',
        '7.50x',
        'reported only',
        '–',
      ],
    ]);
    // Only the on-screen figure is checked against the goal.
    expect(both.checks.map((check) => check.measured)).toEqual([240]);
  });

  it('passes when every goal is met, and works without the baseline comparison', () => {
    const fast = buildSummary({
      comparison: null,
      interactions: [config(10_000, true, 4, 40), config(100_000, true, 4, 200)],
      changes: 3,
    });
    expect(fast.passed).toBe(true);
    expect(fast.table).toHaveLength(1 + 2 + 1 + 1);
  });
});
