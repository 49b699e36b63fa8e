// The benchmark's goals and its single summary table (pure: numbers in, rows of text out).
import { ratio } from './stats.mjs';

/** Goals of the "Quality gates" issue. Interaction goals apply with the CPU slowed 4x. */
export const GOALS = {
  /** initial JS+CSS gzip, app / baseline */
  initialGzipRatio: 1.2,
  /** first chart with the CPU slowed, app / baseline */
  firstChartSlowRatio: 1.2,
  /** median filter change, by number of synthetic rows and CPU slowdown */
  interactionMs: [
    { rows: 10_000, cpuSlowdown: 4, maxMs: 50 },
    { rows: 100_000, cpuSlowdown: 4, maxMs: 250 },
  ],
};

const DASH = '–';
const number = (value, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const finite = (value) => typeof value === 'number' && Number.isFinite(value);

export const format = {
  ms: (value) => (finite(value) ? `${number(Math.round(value))} ms` : DASH),
  kB: (bytes) => (finite(bytes) ? `${number(bytes / 1000, 1)} kB` : DASH),
  MB: (bytes) => (finite(bytes) ? `${number(bytes / 1e6, 1)} MB` : DASH),
  times: (value) => (finite(value) ? `${number(value, 2)}x` : DASH),
};

/** "real data (52 rows)", "10,000 rows", or "baseline (one chart, 10 bars)". */
export function dataLabel(config) {
  if (config.baseline) return `baseline (one chart, ${number(config.rows)} bars)`;
  return config.synthetic
    ? `${number(config.rows)} rows`
    : `real data (${number(config.rows)} rows)`;
}

/** Median at 100k rows / median at 10k rows (10x more rows: 10 = linear), 1 decimal, or null. */
export function growth(msAt10k, msAt100k) {
  if (!finite(msAt10k) || !finite(msAt100k) || msAt10k <= 0) return null;
  return Math.round((msAt100k / msAt10k) * 10) / 10;
}

/** PASS when `value <= limit`; FAIL when above it or when nothing was measured. */
export function verdict(value, limit) {
  return finite(value) && value <= limit ? 'PASS' : 'FAIL';
}

/** The interaction goal for a configuration, or null. */
export function interactionGoal(config) {
  if (!config.synthetic) return null;
  return (
    GOALS.interactionMs.find(
      (goal) => goal.rows === config.rows && goal.cpuSlowdown === config.cpuSlowdown,
    ) ?? null
  );
}

function comparisonRows(comparison, checks) {
  const { app, baseline, runs, cpuSlowdown } = comparison;
  const rows = [];
  const add = (metric, unit, appValue, baseValue, limit) => {
    const value = ratio(appValue, baseValue);
    let goal = DASH;
    let result = DASH;
    if (limit !== null) {
      goal = `≤ ${number(limit, 2)}x baseline`;
      result = verdict(value, limit);
      checks.push({ metric, measured: value, goal, pass: result === 'PASS' });
    }
    rows.push([
      metric,
      format[unit](appValue),
      format[unit](baseValue),
      format.times(value),
      goal,
      result,
    ]);
  };
  add(
    'initial JS+CSS, gzip',
    'kB',
    app.initialGzipBytes,
    baseline.initialGzipBytes,
    GOALS.initialGzipRatio,
  );
  add(`first chart (median of ${runs} loads)`, 'ms', app.firstChartMs, baseline.firstChartMs, null);
  add(
    `first chart, CPU ${cpuSlowdown}x`,
    'ms',
    app.firstChartSlowMs,
    baseline.firstChartSlowMs,
    GOALS.firstChartSlowRatio,
  );
  add('JS heap after load', 'MB', app.heapUsedBytes, baseline.heapUsedBytes, null);
  return rows;
}

function interactionRows(allInteractions, changes, checks) {
  const rows = [];
  // The baseline's redraw is not a row of its own: it is the baseline column of every filter change.
  const floorOf = (cpu) => allInteractions.find((c) => c.baseline && c.cpuSlowdown === cpu);
  const floor = (cpu) => floorOf(cpu)?.medianMs ?? null;
  const interactions = allInteractions.filter((c) => !c.baseline);
  for (const config of interactions) {
    const metric = `filter change, ${dataLabel(config)}, CPU ${config.cpuSlowdown}x, on screen (median of ${changes})`;
    const base = floor(config.cpuSlowdown);
    const goal = interactionGoal(config);
    let goalText = DASH;
    let result = DASH;
    if (goal) {
      goalText = `≤ ${number(goal.maxMs)} ms`;
      result = verdict(config.medianMs, goal.maxMs);
      checks.push({ metric, measured: config.medianMs, goal: goalText, pass: result === 'PASS' });
    }
    rows.push([
      metric,
      format.ms(config.medianMs),
      format.ms(base),
      format.times(ratio(config.medianMs, base)),
      goalText,
      result,
    ]);
    // Every chart, off screen too (they catch up when the browser is idle): reported only.
    if (config.allMedianMs !== undefined) {
      const allBase = floorOf(config.cpuSlowdown)?.allMedianMs ?? null;
      rows.push([
        `  ... every chart updated, off screen too`,
        format.ms(config.allMedianMs),
        format.ms(allBase),
        format.times(ratio(config.allMedianMs, allBase)),
        'reported only',
        DASH,
      ]);
    }
  }
  const at = (rows_, cpu) =>
    interactions.find((c) => c.synthetic && c.rows === rows_ && c.cpuSlowdown === cpu);
  const speeds = [...new Set(interactions.map((c) => c.cpuSlowdown))];
  for (const cpu of speeds) {
    const small = at(10_000, cpu);
    const large = at(100_000, cpu);
    if (!small || !large) continue;
    const value = growth(small.medianMs, large.medianMs);
    rows.push([
      `growth 10,000 -> 100,000 rows, CPU ${cpu}x`,
      value === null ? DASH : `${number(value, 1)}x`,
      DASH,
      DASH,
      'linear = 10x',
      DASH,
    ]);
  }
  for (const config of interactions.filter((c) => c.synthetic && c.rows === 100_000)) {
    rows.push([
      `pledge chart on load, ${dataLabel(config)}, CPU ${config.cpuSlowdown}x`,
      format.ms(config.pledgesChartMs),
      DASH,
      DASH,
      'reported only',
      DASH,
    ]);
  }
  return rows;
}

/**
 * The summary table (header + rows for formatTable) and the goal checks.
 * `comparison`: { runs, cpuSlowdown, app, baseline } with initialGzipBytes, firstChartMs,
 * firstChartSlowMs, heapUsedBytes (medians); `interactions`: [{ rows, synthetic, cpuSlowdown,
 * medianMs, pledgesChartMs }].
 */
export function buildSummary({ comparison, interactions, changes }) {
  const checks = [];
  const table = [
    ['metric', 'measured', 'baseline', 'app/baseline', 'goal', 'result'],
    ...(comparison ? comparisonRows(comparison, checks) : []),
    ...interactionRows(interactions, changes, checks),
  ];
  return { table, checks, passed: checks.every((check) => check.pass) };
}
